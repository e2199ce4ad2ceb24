using System.Collections.Frozen;

namespace Parallax.Language.Entities;

/// <summary>
/// Small hand-written word lists (part of Parallax, not derived data): titles and roles, the words that end or begin
/// organization and place names, name particles and words that are capitalised without being names.
/// All lookups are case-insensitive and allocation-free.
/// </summary>
internal static class EntityLexicon
{
    /// <summary>Nouns that name a role or title a person holds ("minister", "envoy", "General").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RoleNouns = Set(
        "president", "vice-president", "minister", "secretary", "general", "senator", "governor", "ambassador",
        "chancellor", "envoy", "representative", "rep", "rep.", "sen", "sen.", "gov", "gov.", "gen", "gen.", "mr", "mr.",
        "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof", "prof.", "professor", "king", "queen", "pope", "prince", "princess",
        "judge", "justice", "chairman", "chairwoman", "chair", "ceo", "director", "administrator", "spokesman",
        "spokeswoman", "spokesperson", "commissioner", "mayor", "major", "colonel", "col.", "lieutenant", "lt.", "captain",
        "capt.", "sergeant", "sgt.", "admiral", "adm.", "commander", "marshal", "premier", "leader", "chief", "speaker",
        "adviser", "advisor", "aide", "diplomat", "negotiator", "officer", "official", "deputy", "head", "founder",
        "coach", "manager", "editor", "correspondent", "reporter", "analyst", "economist", "lawyer", "attorney",
        "prosecutor", "sheriff", "bishop", "archbishop", "cardinal", "rabbi", "imam", "reverend", "rev.", "father",
        "sister", "brother", "emperor", "president-elect", "candidate", "nominee", "lawmaker", "congressman",
        "congresswoman", "councillor", "councilman", "councilwoman", "mp", "dictator", "ruler", "monarch", "sultan",
        "emir", "sheikh", "ayatollah", "patriarch", "czar", "tsar", "counterpart", "host", "owner", "executive",
        "strongman", "commentator", "author", "writer", "poet", "artist", "actor", "actress", "singer", "player",
        "striker", "goalkeeper", "midfielder", "defender", "pitcher", "astronaut", "scientist", "researcher",
        "mp", "ombudsman", "treasurer", "comptroller", "auditor", "inspector", "superintendent", "principal", "dean",
        "provost", "rector", "pastor", "priest", "minister-president", "governor-general", "attorney-general",
        "secretary-general", "director-general", "chief-of-staff", "whip", "delegate", "consul", "attaché", "attache",
        "press", "correspondent", "colonel-general", "brigadier", "corporal", "private", "field", "businessman",
        "businesswoman", "billionaire", "tycoon", "oligarch");

    /// <summary>Modifiers that occur inside role phrases ("special", "retired", "foreign", "Army").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RoleModifiers = Set(
        "special", "retired", "former", "senior", "top", "chief", "deputy", "acting", "vice", "foreign", "defense",
        "defence", "interior", "finance", "justice", "national", "security", "state", "prime", "assistant", "associate",
        "executive", "managing", "general", "major", "lieutenant", "first", "second", "late", "then", "incoming",
        "outgoing", "interim", "new", "current", "longtime", "long-time", "veteran", "army", "navy", "air", "force",
        "marine", "presidential", "white", "house", "kremlin", "press", "economic", "trade", "health", "education",
        "energy", "agriculture", "transport", "transportation", "labor", "labour", "treasury", "home", "commerce",
        "homeland", "intelligence", "military", "opposition", "party", "union", "supreme", "high", "grand", "peace",
        "u.s.", "us", "u.n.", "un", "eu", "nato", "russian", "american", "ukrainian", "european", "british", "chinese",
        "german", "french", "israeli", "iranian", "senate", "house", "majority", "minority", "republican",
        "democratic", "democrat", "conservative", "liberal", "labour", "of", "the", "and", "for", "affairs", "staff",
        "joint", "chiefs", "council", "committee", "department", "ministry", "office", "secretary", "envoy", "middle",
        "east", "west", "north", "south", "team", "campaign", "communications", "policy", "director", "adviser",
        "advisor", "spokesman", "spokeswoman", "representative", "minister", "general", "president", "sen.", "gen.");

    /// <summary>Last words that make a name an organization ("Ministry", "Party", "Inc.").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OrganizationEnds = Set(
        "ministry", "department", "party", "inc", "inc.", "corp", "corp.", "corporation", "company", "co.", "ltd", "ltd.",
        "llc", "plc", "group", "council", "committee", "commission", "agency", "association", "bank", "university",
        "college", "school", "academy", "institute", "institution", "foundation", "trust", "fund", "society", "union",
        "federation", "league", "club", "army", "navy", "forces", "force", "guard", "police", "court", "parliament",
        "congress", "senate", "assembly", "cabinet", "government", "administration", "office", "bureau", "service",
        "services", "authority", "board", "network", "news", "times", "post", "journal", "herald", "tribune", "press",
        "telegraph", "guardian", "gazette", "magazine", "radio", "television", "tv", "channel", "airlines", "airways",
        "motors", "systems", "technologies", "industries", "holdings", "partners", "organization", "organisation",
        "alliance", "coalition", "movement", "front", "brigade", "battalion", "regiment", "division", "corps",
        "command", "unit", "team", "fc", "church", "mission", "labs",
        "laboratory", "laboratories", "studios", "records", "pictures", "media",
        "communications", "reuters", "council", "secretariat", "directorate", "kremlin", "pentagon", "nations",
        "conference", "caucus", "tribunal", "chamber", "exchange", "reserve", "mint", "embassy", "consulate");

    /// <summary>First words that make a name an organization when followed by "of" ("University of …").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OrganizationStarts = Set(
        "university", "bank", "ministry", "department", "institute", "academy", "college", "school", "council",
        "commission", "committee", "office", "bureau", "church", "league", "federation", "association", "society",
        "house", "board", "court", "party", "order", "museum", "library", "union", "organization", "organisation",
        "government", "secretary", "chamber", "agency");

    /// <summary>Last words that make a name a place ("County", "River", "Base").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PlaceEnds = Set(
        "city", "county", "province", "state", "region", "district", "river", "lake", "mountain", "mountains", "mount",
        "island", "islands", "isles", "peninsula", "sea", "ocean", "bay", "gulf", "strait", "straits", "valley",
        "desert", "forest", "park", "street", "st.", "avenue", "ave.", "road", "rd.", "boulevard", "square", "bridge",
        "airport", "base", "station", "harbor", "harbour", "port", "beach", "coast", "canyon", "hill", "hills",
        "heights", "plaza", "stadium", "arena", "hall", "tower", "palace", "cathedral", "temple", "mosque",
        "village", "town", "township", "territory", "oblast", "krai", "prefecture", "canton", "municipality",
        "borough", "creek", "falls", "reservoir", "canal", "pass", "plain", "plains", "highlands", "strip", "bank",
        "zone", "peninsula", "glacier", "volcano", "crater", "building", "field", "kingdom", "republic", "emirates",
        "states", "lane", "drive", "way", "circle", "center", "centre", "museum", "hospital", "library", "complex",
        "memorial", "monument", "gallery", "prison", "camp", "shelf");

    /// <summary>First words that make a name a place ("Mount …", "Lake …", "Fort …").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PlaceStarts = Set(
        "mount", "mt.", "lake", "fort", "ft.", "port", "cape", "isle", "gulf", "bay", "republic", "kingdom", "province",
        "county", "river", "sea", "strait", "island", "islands", "camp", "san", "santa", "saint", "st.", "los", "las",
        "rio", "lake", "mount");

    /// <summary>Direction words that may start a place name made of a known place ("North Korea", "Southern Indiana").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Directions = Set(
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "upper", "lower",
        "greater", "new", "northeast", "northwest", "southeast", "southwest", "north-east", "north-west", "south-east",
        "south-west", "inner", "outer", "old");

    /// <summary>Words right before a name that make it a place ("in", "near").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PlaceCues = Set(
        "in", "near", "outside", "across", "throughout", "towards", "toward", "into", "around", "from");

    /// <summary>Speech verbs right after a name that make it a person ("said", "told").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PersonCues = Set(
        "said", "says", "told", "added", "explained", "wrote", "argued", "stated", "insisted", "noted", "recalled",
        "asked", "replied", "answered", "testified", "tweeted", "warned", "claimed", "admitted", "who", "himself",
        "herself");

    /// <summary>Lower-case particles inside person names ("de", "van", "bin").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NameParticles = Set(
        "de", "da", "das", "dos", "del", "della", "der", "den", "di", "du", "van", "von", "bin", "ibn", "al", "el", "la",
        "le", "ter", "ten", "bint", "abu", "y");

    /// <summary>Lower-case words that may join the parts of an organization or place name ("of", "for", "the").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NameConnectors = Set(
        "of", "for", "on", "the", "and", "&", "de", "del", "des", "du", "la", "le", "upon", "in");

    /// <summary>Capitalised words that are not names on their own (months, days, pronouns, determiners, interjections).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotNames = Set(
        "i", "a", "an", "the", "this", "that", "these", "those", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
        "tomorrow", "ok", "okay", "yes", "no", "oh", "hello", "hi", "thanks", "please", "update", "updated", "breaking",
        "exclusive", "analysis", "opinion", "editorial", "read", "more", "photo", "video", "watch", "live", "advertisement",
        "god", "he", "she", "it", "we", "they", "you", "his", "her", "its", "our", "their", "my", "your", "but", "and",
        "or", "so", "if", "when", "while", "after", "before", "as", "in", "on", "at", "for", "with", "by", "from", "to",
        "of", "not", "all", "some", "many", "most", "there", "here", "what", "who", "how", "why", "where", "which",
        "also", "meanwhile", "however", "still", "even", "just", "now", "then", "once", "since", "until", "although",
        "though", "because", "said", "says", "according", "speaking", "asked", "one", "two", "three", "both",
        "each", "every", "no.", "mr.", "de", "la", "le", "el", "al", "von", "van", "interviewer", "interviewee", "q",
        "question", "answer");

    /// <summary>Honorifics and abbreviations that keep their period ("Mr.", "Gen.", "Inc.").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Abbreviations = Set(
        "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt", "adm", "maj", "rev",
        "st", "mt", "ft", "jr", "sr", "inc", "corp", "co", "ltd", "no", "vs", "jan", "feb", "mar", "apr", "jun", "jul",
        "aug", "sep", "sept", "oct", "nov", "dec", "pres", "gov", "ave", "rd", "blvd", "dept", "univ", "assn", "bros");

    /// <summary>
    /// Organizations that general word lists miss or file under another reading (WordNet's "Kremlin" is the citadel):
    /// seats of power used for governments, and companies, agencies and news outlets that news mentions most.
    /// </summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> KnownOrganizations = Set(
        "Kremlin", "Pentagon", "White House", "Downing Street", "Elysee", "Élysée", "Congress", "Senate", "Parliament",
        "Duma", "State Duma", "Knesset", "Bundestag", "Politburo", "Vatican", "Holy See", "Supreme Court", "Google",
        "Microsoft", "Apple", "Twitter", "Facebook", "Meta", "Amazon", "YouTube", "Instagram", "TikTok", "WhatsApp",
        "Telegram", "OpenAI", "Tesla", "SpaceX", "Wikipedia", "Wikinews", "Wikimedia", "Reuters", "AP", "AFP", "BBC",
        "CNN", "Fox News", "NBC", "CBS", "ABC", "NPR", "Al Jazeera", "Bloomberg", "Xinhua", "TASS", "RIA Novosti",
        "Interfax", "Kyiv Independent", "New York Times", "Washington Post", "Wall Street Journal", "Guardian",
        "Financial Times", "Associated Press", "Agence France-Presse", "Politico", "Axios", "Gazprom", "Rosneft",
        "Boeing", "Airbus", "Lockheed Martin", "Samsung", "Sony", "Toyota", "Volkswagen", "Huawei", "Alibaba",
        "Tencent", "Nvidia", "Intel", "IBM", "Netflix", "Uber", "PayPal", "Visa", "Mastercard", "Goldman Sachs",
        "JPMorgan", "Morgan Stanley", "Citigroup", "BlackRock", "Hamas", "Hezbollah", "Taliban", "al-Qaeda",
        "Al Qaeda", "Islamic State", "ISIS", "Wagner", "FSB", "KGB", "GRU", "CIA", "FBI", "NSA", "Mossad", "MI6",
        "Interpol", "Europol", "Frontex", "OPEC", "OSCE", "IAEA", "WHO", "UNESCO", "UNICEF", "IMF", "World Bank",
        "European Commission", "European Union", "EU", "UN", "U.N.", "United Nations", "NATO", "G7", "G20", "BRICS",
        "Red Cross", "Amnesty International", "Human Rights Watch", "Greenpeace");

    /// <summary>Country abbreviations that word lists file under the government ("U.S.").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> KnownPlaces = Set(
        "U.S.", "US", "U.S", "USA", "U.S.A.", "UK", "U.K.", "UAE", "DRC", "DPRK", "PRC", "ROK");

    /// <summary>Determiners stripped from the front of names.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Determiners = Set("the", "a", "an");

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Set(params string[] words) =>
        words.Distinct(StringComparer.OrdinalIgnoreCase).ToFrozenSet(StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();
}
