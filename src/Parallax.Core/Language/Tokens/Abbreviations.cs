using System.Collections.Frozen;

namespace Parallax.Language.Tokens;

/// <summary>How an abbreviation that keeps its period behaves at a possible sentence end.</summary>
internal enum AbbreviationKind
{
    /// <summary>Not a known abbreviation.</summary>
    None,

    /// <summary>A title before a name ("Mr.", "Gen.", "Sen."): never ends a sentence.</summary>
    Title,

    /// <summary>Only an abbreviation before a number ("No. 1", "Vol. 3"); the tokenizer keeps the period only then.</summary>
    BeforeNumber,

    /// <summary>May end a sentence ("Inc.", "etc.", "Aug.", "Calif.", "U.S.", initials).</summary>
    Ordinary,
}

/// <summary>
/// Built-in English abbreviations (without their final period) and the capitalized words that typically start
/// a sentence. Lookups take spans and allocate nothing. Thread-safe (frozen tables).
/// </summary>
internal static class Abbreviations
{
    private static readonly string[] TitleWords =
    [
        "Mr", "Mrs", "Ms", "Mx", "Messrs", "Mmes", "Mme", "Mlle", "Dr", "Drs", "Prof", "Profs",
        "Gen", "Gens", "Lt", "Lieut", "Col", "Maj", "Capt", "Cmdr", "Cdr", "Adm", "Brig", "Sgt", "Cpl", "Pvt", "Pfc",
        "Gov", "Govs", "Sen", "Sens", "Rep", "Reps", "Rev", "Revd", "Hon", "Pres", "Supt", "Amb", "Atty", "Insp", "Det",
        "Fr", "Msgr", "Rt", "Sra", "Srta",
    ];

    private static readonly string[] BeforeNumberWords =
    [
        "No", "Nos", "Vol", "Vols", "Fig", "Figs", "Art", "Ch", "Sec", "Para", "Nr", "pp", "p", "no", "nos", "vol",
    ];

    private static readonly string[] OrdinaryWords =
    [
        // Months and days.
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat",

        // U.S. states (AP style) and a few places.
        "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Kans", "Ky",
        "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nebr", "Nev", "Okla", "Ore", "Oreg", "Pa",
        "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wisc", "Wyo",

        // Companies, names, addresses.
        "Inc", "Corp", "Ltd", "Co", "Cos", "Bros", "Jr", "Sr", "Snr", "Jnr", "Assn", "Dept", "Univ", "Gov't",
        "St", "Ste", "Mt", "Ft", "Ave", "Blvd", "Rd", "Hwy", "Sq", "Pl", "Ln", "Apt",

        // Latin and common lower-case abbreviations.
        "etc", "vs", "v", "cf", "al", "approx", "esp", "incl", "viz", "ca", "est", "dept", "govt", "jr", "sr",
        "Etc", "Vs", "Cf", "Approx", "Ibid", "ibid", "misc", "min", "max", "yr", "yrs", "hr", "hrs", "mo", "mos",
        "Wk", "wk", "ft", "oz", "lb", "lbs", "mi", "sq", "Av", "Gr",
    ];

    private static readonly string[] SentenceStarterWords =
    [
        "The", "A", "An", "This", "That", "These", "Those", "It", "Its", "He", "She", "They", "We", "I", "You",
        "His", "Her", "Their", "Our", "My", "Your", "There", "Here", "But", "And", "Or", "So", "Yet", "If", "When",
        "While", "After", "Before", "Although", "Though", "As", "In", "On", "At", "For", "From", "With", "Without",
        "By", "Of", "To", "Under", "Over", "During", "Since", "Until", "Meanwhile", "However", "Still", "Also",
        "Then", "Now", "Some", "Many", "Most", "All", "None", "Both", "Each", "Every", "Other", "Another",
        "What", "Which", "Who", "Why", "How", "Where", "Such", "Officials", "Police", "Earlier", "Later", "Last",
        "According", "Nevertheless", "Instead", "Despite", "Because", "Thus", "Therefore", "Moreover", "Yesterday",
        "Today", "Tomorrow", "Not", "No", "Only", "Even", "Neither", "Few", "Several", "Asked",
    ];

    private static readonly string[] LineJoiningWords =
    [
        "the", "a", "an", "of", "to", "in", "on", "at", "for", "with", "and", "or", "but", "by", "from", "said",
        "that", "as", "his", "her", "their", "its", "is", "was", "were", "are", "be", "has", "have", "had", "than",
    ];

    private static readonly FrozenDictionary<string, AbbreviationKind> Table = BuildTable();

    private static readonly FrozenDictionary<string, AbbreviationKind>.AlternateLookup<ReadOnlySpan<char>> TableLookup =
        Table.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Starters =
        SentenceStarterWords.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Joiners =
        LineJoiningWords.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The kind of <paramref name="word"/> (without its period), matching case exactly, or in title case for an
    /// all-capital word ("GEN" as "Gen").
    /// </summary>
    public static AbbreviationKind Classify(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || word.Length > 16)
        {
            return AbbreviationKind.None;
        }

        if (TableLookup.TryGetValue(word, out var kind))
        {
            return kind;
        }

        if (word.Length < 2 || !IsAllUpper(word))
        {
            return AbbreviationKind.None;
        }

        Span<char> titleCase = stackalloc char[word.Length];
        titleCase[0] = word[0];
        for (var i = 1; i < word.Length; i++)
        {
            titleCase[i] = char.ToLowerInvariant(word[i]);
        }

        return TableLookup.TryGetValue(titleCase, out kind) ? kind : AbbreviationKind.None;
    }

    /// <summary>True for capitalized closed-class words that usually begin a sentence ("The", "He", "However").</summary>
    public static bool IsSentenceStarter(ReadOnlySpan<char> word) => Starters.Contains(word);

    /// <summary>True for lower-case words a sentence cannot end on, so a line ending with one is hard-wrapped.</summary>
    public static bool IsLineJoining(ReadOnlySpan<char> word) => Joiners.Contains(word);

    private static bool IsAllUpper(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    private static FrozenDictionary<string, AbbreviationKind> BuildTable()
    {
        var table = new Dictionary<string, AbbreviationKind>(StringComparer.Ordinal);
        foreach (var word in OrdinaryWords)
        {
            table[word] = AbbreviationKind.Ordinary;
        }

        foreach (var word in BeforeNumberWords)
        {
            table[word] = AbbreviationKind.BeforeNumber;
        }

        foreach (var word in TitleWords)
        {
            table[word] = AbbreviationKind.Title;
        }

        return table.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
