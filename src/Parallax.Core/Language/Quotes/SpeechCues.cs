using System.Collections.Frozen;

namespace Parallax.Language.Quotes;

/// <summary>How a cue word takes its arguments.</summary>
internal enum CueKind
{
    /// <summary>A verb of saying or thinking: "X said (that) …", "…, X said", "said X".</summary>
    Verb,

    /// <summary>A verb that takes the addressee first: "X told reporters (that) …", "X urged voters to …".</summary>
    VerbWithAddressee,

    /// <summary>A verb whose content must be marked by "that", a colon or a quote ("X believes that …"); weaker evidence alone.</summary>
    VerbNeedsComplement,

    /// <summary>A phrase whose source follows it: "according to X, …", "in an interview with X".</summary>
    SourceFollows,

    /// <summary>A noun of saying or stance after its source's possessive: "Trump's claim that …", "her criticism of …".</summary>
    Noun,
}

/// <summary>
/// The words that mark speech in English news: verbs of saying (every inflection) and phrases such as
/// "according to". Word lists only; immutable and thread-safe.
/// </summary>
internal static class SpeechCues
{
    private static readonly FrozenDictionary<string, CueKind> Verbs = Build();

    /// <summary>Adverbs and auxiliaries that may stand between a speaker and the cue ("X has also said").</summary>
    public static readonly FrozenSet<string> Auxiliaries = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "also", "has", "have", "had", "was", "is", "are", "were", "would", "will", "later", "previously", "repeatedly",
        "reportedly", "then", "once", "again", "publicly", "recently", "first", "further", "never", "not", "n't", "’s", "'s",
        "just", "already", "did", "does", "do", "even", "still", "often", "simply", "quickly", "flatly", "explicitly",
        "privately", "openly", "previously", "earlier", "frequently", "separately", "subsequently", "herself", "himself",
        "themselves", "itself", "could", "should", "may", "might", "can", "must", "has", "been", "be", "being", "only",
        "always", "recently", "initially", "finally", "ultimately", "loudly", "angrily", "bluntly", "calmly", "clearly",
        "specifically", "directly", "famously", "infamously", "echoed", "essentially", "basically", "actually", "now");

    /// <summary>Words that end a speaker noun phrase when read leftwards from the cue (clause starts, conjunctions).</summary>
    public static readonly FrozenSet<string> PhraseBreakers = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "that", "which", "who", "whom", "when", "while", "because", "but", "if", "as", "after", "before", "since", "or", "so",
        "where", "than", "though", "although", "whether", "until", "what", "why", "how", "and", "nor", "yet", "to", "in", "on",
        "at", "by", "with", "from", "into", "during", "about", "for", "of", "over", "under", "against", "among", "between",
        "through", "without", "is", "was", "are", "were", "be", "been", "has", "have", "had", "not", "there",
        "once", "also", "even", "only", "just");

    /// <summary>Days and other time words that may stand between a speaker and the cue ("Beck on Wednesday called him").</summary>
    public static readonly FrozenSet<string> TimeWords = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight",
        "week", "weekend", "month", "year", "morning", "afternoon", "evening", "night");

    /// <summary>Words that open a time phrase before a cue ("on Monday", "last week", "this morning").</summary>
    public static readonly FrozenSet<string> TimePrepositions = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "on", "last", "this", "late", "early", "a", "that", "next", "over", "the");

    /// <summary>Words that end a phrase but never name a speaker ("this said", "all this suggests").</summary>
    public static readonly FrozenSet<string> NotSpeakers = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "this", "these", "those", "all", "which", "what", "real", "need", "issues", "same", "such", "other", "one");

    /// <summary>Personal pronouns that can be speakers.</summary>
    public static readonly FrozenSet<string> Pronouns = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "he", "she", "they", "it", "i", "we", "you");

    /// <summary>Words that start a time or place adverbial right after a cue ("said on Friday", "said in a statement").</summary>
    public static readonly FrozenSet<string> AdverbialStarts = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "on", "in", "at", "during", "after", "before", "late", "early", "last", "this", "yesterday", "today", "tonight",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "recently", "earlier", "later",
        "repeatedly", "publicly", "privately", "again", "also", "previously", "then", "via", "through", "while", "when",
        "over", "from", "to", "of", "about", "for", "with", "flatly", "bluntly");

    /// <summary>
    /// Verbs whose object is part of the attributed words ("called him “a disgrace”", "described the field as “all very
    /// good”"), unlike an addressee ("told reporters “…”").
    /// </summary>
    private static readonly FrozenSet<string> ObjectVerbs = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "called", "calls", "call", "calling", "described", "describes", "describing", "praised", "praises", "praising",
        "criticized", "criticised", "criticizes", "blasted", "blasts", "slammed", "slams", "accused", "accuses", "accusing",
        "labeled", "labelled", "dubbed", "branded", "blamed", "blames", "credited", "characterized", "portrayed");

    /// <summary>Nouns of saying, belief and stance that take a possessive source ("Trump's claim that …", "his call for …").</summary>
    private static readonly FrozenSet<string> CueNouns = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "claim", "claims", "assertion", "assertions", "argument", "arguments", "belief", "beliefs", "view", "views", "promise",
        "promises", "pledge", "pledges", "vow", "call", "calls", "criticism", "criticisms", "attack", "attacks", "plan", "plans",
        "proposal", "proposals", "decision", "insistence", "suggestion", "warning", "warnings", "accusation", "accusations",
        "allegation", "allegations", "denial", "demand", "demands", "praise", "opposition", "concern", "concerns",
        "complaint", "complaints", "statement", "remarks", "endorsement", "threat", "threats", "hope", "hopes",
        "fear", "fears", "desire", "refusal", "announcement", "admission", "description", "characterization", "defense");

    /// <summary>Words that open a noun cue's content ("claim that …", "call for …").</summary>
    private static readonly FrozenSet<string> NounLinks = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "that", "to", "of", "for", "about", "on", "against");

    /// <summary>True when <paramref name="word"/> is a noun of saying or stance.</summary>
    public static bool IsCueNoun(ReadOnlySpan<char> word) => CueNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>True when <paramref name="word"/> links a noun cue to its content.</summary>
    public static bool IsNounLink(ReadOnlySpan<char> word) => NounLinks.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>True when the object after <paramref name="word"/> belongs to the attributed content.</summary>
    public static bool NamesObject(ReadOnlySpan<char> word) => ObjectVerbs.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>The kind of cue <paramref name="word"/> is, when it is one.</summary>
    public static bool TryGetVerb(ReadOnlySpan<char> word, out CueKind kind)
    {
        var lookup = Verbs.GetAlternateLookup<ReadOnlySpan<char>>();
        return lookup.TryGetValue(word, out kind);
    }

    private static FrozenDictionary<string, CueKind> Build()
    {
        var table = new Dictionary<string, CueKind>(StringComparer.OrdinalIgnoreCase);
        void Add(CueKind kind, params string[] words)
        {
            foreach (var w in words)
            {
                table[w] = kind;
            }
        }

        Add(CueKind.Verb,
            "said", "says", "say", "saying", "added", "adds", "adding", "wrote", "writes", "write", "writing", "noted", "noting",
            "stressed", "stresses", "stressing", "declared", "declares", "declaring", "announced", "announces", "announcing",
            "tweeted", "tweets", "tweeting", "posted", "argued", "argues", "argue", "arguing", "explained", "explains", "explaining",
            "insisted", "insists", "insist", "insisting", "claimed", "claim", "claiming", "acknowledged", "acknowledges",
            "acknowledging", "admitted", "admits", "admitting", "replied", "replies", "replying", "responded", "responds",
            "responding", "stated", "suggested", "suggests", "suggesting", "recalled", "recalls", "recalling", "concluded",
            "concludes", "predicted", "predicts", "predicting", "confirmed", "confirms", "confirming", "denied", "denies",
            "denying", "revealed", "reveals", "asserted", "asserts", "asserting", "contended", "contends", "maintained",
            "maintains", "observed", "remarked", "commented", "comments", "emphasized", "emphasised", "emphasizes",
            "emphasizing", "cautioned", "conceded", "concedes", "boasted", "boasts", "complained", "complains", "complaining",
            "lamented", "laments", "joked", "jokes", "quipped", "mused", "shouted", "yelled", "exclaimed", "wondered",
            "wonders", "countered", "counters", "charged", "alleged", "alleges", "alleging", "reported", "reiterated",
            "reiterates", "mentioned", "pointed", "continued", "continues", "elaborated", "affirmed", "estimated",
            "estimates", "indicated", "indicates", "objected", "protested", "proclaimed", "retorted", "rejoined",
            "testified", "tells", "told", "tell", "telling", "asked", "asks", "ask", "asking", "warned", "warns", "warning",
            "blasted", "slammed", "criticized", "criticised", "accused", "accuses", "accusing", "praised", "called", "calls",
            "calling", "described", "describes", "describing", "urged", "urges", "urging", "promised", "promises", "pledged",
            "vowed", "vows", "threatened", "questioned", "demanded", "demands", "hinted", "speculated", "announced",
            "conceded", "quoted", "cited", "citing", "posits", "opined", "notes", "note", "barked", "chanted", "echoed", "echoes",
            "thanked", "yelling", "shouting", "screamed", "screaming", "quipped", "snapped", "scoffed", "sniped", "mocked", "mocking",
            "railed", "emailed", "texted", "relayed", "advised", "clarified", "reasoned", "explains", "pleaded", "begged",
            "lectured", "grumbled", "groused", "marveled", "recounted", "recounts", "predicts", "surmised", "summarized",
            "announces", "tweet", "posts", "shared", "hailed", "welcomed", "lauded", "applauded", "condemned", "denounced",
            "dismissed", "rejected", "ridiculed", "derided", "attacked", "questioned", "challenged", "disputed", "insisted",
            "conceding", "adds", "stated", "testifying", "declaring", "cautioning", "complaining", "boasting", "joking",
            "wondering", "sighed", "laughed", "whispered", "muttered", "interjected", "continued", "reads", "went", "shot", "fired", "pushed",
            "claims", "reports", "suggest", "acknowledge", "mention", "mentions", "explain", "wonder", "expressed", "expresses", "expressing",
            "voiced", "voices", "touted", "touts", "touting", "repeated", "repeats", "repeating", "discussed", "discusses", "discussing",
            "criticizing", "criticising", "denouncing", "slams", "blast", "hinted", "hints", "signaled", "signalled",
            "recommended", "recommends", "advocated", "advocates", "pressed", "challenging", "attacking", "thanking", "touted",
            "lamenting", "mocks", "complain", "predict", "deny", "denied", "admit", "stress", "emphasize", "warn");
        foreach (var w in new[] { "call", "told", "tells", "tell", "telling", "asked", "asks", "ask", "asking", "warned", "warns", "urged", "urges", "urging", "assured", "assures", "reminded", "reminds", "informed", "accused", "accuses", "accusing", "called", "calls", "calling", "described", "describes", "describing", "praised", "criticized", "criticised", "blasted", "slammed", "labeled", "labelled", "dubbed", "branded", "blamed", "blames", "credited", "characterized", "portrayed", "praises", "praising" })
        {
            table[w] = CueKind.VerbWithAddressee;
        }

        Add(CueKind.VerbNeedsComplement,
            "believes", "believe", "believed", "thinks", "think", "thought", "feels", "feel", "felt", "hopes", "hope", "hoped",
            "fears", "fear", "feared", "knows", "know", "knew", "expects", "expect", "expected", "worries", "worried",
            "agreed", "agrees", "agree", "showed", "shows", "show", "found", "finds", "concluded", "decided", "learned",
            "realized", "understands", "recognized", "recognizes", "doubt", "doubts", "doubted", "imagine", "guess",
            "guessed", "bet", "swore", "swears", "pledges", "wants", "wanted", "want", "seemed", "seems", "appears", "appeared",
            "declined", "endorsed", "endorses", "endorsing", "supported", "supports", "support", "supporting", "opposed", "opposes",
            "oppose", "opposing", "proposed", "proposes", "proposing", "sought", "seeks", "seeking", "refused", "refuses",
            "defended", "defends", "defending", "plans", "planned", "backing", "backed", "backs", "offered", "offers",
            "referring", "referred", "talking", "talked", "sees", "see", "saw", "considers", "considered", "favors", "favored",
            "prefers", "preferred", "intends", "intended", "vowing", "pledging", "promising", "threatening", "demanding",
            "insisting", "agreeing", "fearing", "hoping", "believing", "thinking", "knowing", "expecting", "showing", "finding",
            "seem", "endorse", "offering", "consider", "considering", "prefer", "favor", "favors", "worry", "worries",
            "decide", "decides", "ordered", "requested", "encouraged", "encourages", "projected", "projects", "deemed", "viewed",
            "views", "shown", "planning", "refusing",
            "voted", "named", "identified", "issued", "published", "attributed", "focused", "looking", "pushing",
            "aimed", "seeks", "eager");
        return table.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
