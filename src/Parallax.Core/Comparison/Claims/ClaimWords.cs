namespace Parallax.Comparison.Claims;

/// <summary>Hand-written word lists for claim extraction and comparison (lower-case surface words, or stems where said).</summary>
internal static class ClaimWords
{
    /// <summary>Verbs (surface forms) of events and assertions that make a sentence check-worthy.</summary>
    internal static readonly HashSet<string> EventVerbs = new(StringComparer.Ordinal)
    {
        "met", "meet", "meets", "meeting", "agreed", "agree", "agrees", "reached", "reach", "signed", "sign", "announced",
        "announce", "said", "says", "say", "declared", "declare", "confirmed", "confirm", "denied", "deny", "denies",
        "produced", "produce", "emerged", "held", "hold", "ended", "end", "killed", "won", "lost", "offered", "invited",
        "called", "described", "warned", "claimed", "claim", "claims", "stated", "told", "praised", "rejected", "accepted",
        "secured", "failed", "achieved", "gained", "demanded", "proposed", "floated", "hosted", "host", "visited",
        "arrived", "left", "lasted", "started", "began", "launched", "approved", "voted", "elected", "resigned",
        "refused", "insisted", "revealed", "reported", "stressed", "emphasized", "argued", "noted", "acknowledged",
        "admitted", "accused", "threatened", "imposed", "lifted", "attacked", "withdrew", "sent", "raised", "cut",
        "increased", "fell", "rose", "remain", "remains", "remained", "was", "were", "is", "are", "has", "have", "had",
    };

    /// <summary>Counting words that are not numbers ("hundreds of protesters").</summary>
    internal static readonly HashSet<string> Counts = new(StringComparer.Ordinal)
    {
        "dozens", "hundreds", "thousands", "millions", "billions", "several", "twice", "doubled", "tripled", "halved",
    };

    /// <summary>Words that date a statement on their own.</summary>
    internal static readonly HashSet<string> TimeWords = new(StringComparer.Ordinal)
    {
        "yesterday", "today", "tonight", "tomorrow", "overnight",
    };

    /// <summary>Units of time that date a statement after "last", "this" or "next".</summary>
    internal static readonly HashSet<string> TimeUnits = new(StringComparer.Ordinal)
    {
        "week", "month", "year", "weekend", "night", "morning", "evening", "spring", "summer", "autumn", "winter", "quarter",
    };

    /// <summary>Verbs of saying: they report an event rather than being one.</summary>
    internal static readonly HashSet<string> Reporting = new(StringComparer.Ordinal)
    {
        "said", "says", "say", "told", "stated", "reported", "noted", "added", "claimed", "described", "called",
        "stressed", "emphasized", "argued", "acknowledged", "insisted", "declared", "announced", "confirmed", "revealed",
        "warned", "praised",
    };

    /// <summary>Words that report rather than assert.</summary>
    internal static readonly HashSet<string> Hedging = new(StringComparer.Ordinal)
    {
        "claim", "claims", "claimed", "claiming", "reportedly", "allegedly", "alleged", "purportedly", "supposedly",
        "rumor", "rumors", "rumour", "rumours", "rumored", "circulating", "unconfirmed", "unverified", "speculation",
        "speculated",
    };

    /// <summary>Words that refute.</summary>
    internal static readonly HashSet<string> Refuting = new(StringComparer.Ordinal)
    {
        "denied", "deny", "denies", "false", "falsely", "baseless", "unfounded", "hoax", "fake", "debunked", "refuted",
        "untrue", "fabricated", "bogus", "nonsense", "myth",
    };

    /// <summary>Negating words.</summary>
    internal static readonly HashSet<string> Negating = new(StringComparer.Ordinal)
    {
        "no", "not", "never", "without", "none", "nothing", "cannot", "lack", "lacked", "absence",
        "isn't", "wasn't", "aren't", "weren't", "don't", "doesn't", "didn't", "won't", "wouldn't", "can't", "couldn't",
        "hasn't", "haven't", "hadn't", "failed", "fails", "refused", "declined",
    };

    /// <summary>Verbs of achieving something ("reached a consensus", "produced no agreement", "secured concessions").</summary>
    internal static readonly HashSet<string> Achieving = new(StringComparer.Ordinal)
    {
        "reached", "reach", "reaches", "reaching", "agreed", "secured", "secure", "produced", "produce", "achieved",
        "achieve", "signed", "struck", "made", "won", "emerged", "clinched", "sealed", "concluded", "forged", "delivered",
        "brought", "yielded", "got", "obtained", "offered", "gained", "marked",
    };

    /// <summary>Words that make what follows unreal: hopes, plans, conditions, futures, possibilities.</summary>
    internal static readonly HashSet<string> Irrealis = new(StringComparer.Ordinal)
    {
        "hope", "hoped", "hopes", "hoping", "might", "may", "could", "would", "will", "should", "if", "once", "unless",
        "until", "want", "wants", "wanted", "seek", "seeks", "sought", "plan", "plans", "planned", "expect", "expected",
        "likely", "unlikely", "need", "needs", "must", "whether", "chance", "chances", "possible", "possibility",
        "prospect", "aim", "aims", "try", "tried", "trying", "hopes", "wish", "toward", "towards",
    };

    /// <summary>Words after which a noun phrase ends ("no agreement had emerged", "no deal until").</summary>
    internal static readonly HashSet<string> PhraseEnds = new(StringComparer.Ordinal)
    {
        "had", "has", "have", "was", "were", "is", "are", "be", "been", "on", "for", "to", "in", "of", "with", "that",
        "until", "between", "at", "from", "by", "and", "or", "but", "as", "which", "who", "over", "about", "after",
        "before", "yet", "so", "this", "there", "while", "despite",
    };

    /// <summary>Words that split a sentence into clauses when they follow a comma or start a new thought.</summary>
    internal static readonly HashSet<string> ClauseBreaks = new(StringComparer.Ordinal)
    {
        "but", "while", "whereas", "although", "though", "yet", "however",
    };

    private static readonly HashSet<string> Weak = new(StringComparer.Ordinal)
    {
        "year", "time", "day", "week", "month", "way", "thing", "part", "point", "side", "lot", "people", "even", "still",
        "much", "many", "well", "first", "last", "two", "three", "another", "less", "least", "take", "taken", "seen",
        "see", "come", "came", "go", "went", "put", "set", "give", "given", "show", "shown", "long", "high", "clear",
        "u", "us", "it", "ha", "wa", "whether", "already", "mean", "means", "seem", "seems", "far", "back", "never",
        "per", "cent", "percent", "hour", "decade", "minute", "major", "key", "notabl", "perhap", "likely",
    };

    /// <summary>Whether a stem carries content for matching (not a stop word, number or weak word).</summary>
    internal static bool IsContent(string term) =>
        term.Length > 1 && !char.IsDigit(term[0]) && !Stances.StanceWords.Stop.Contains(term) && !Weak.Contains(term) && !Negating.Contains(term);
}
