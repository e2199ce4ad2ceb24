namespace Parallax.Comparison.Stances;

/// <summary>Hand-written cue word lists for stance (refutation, hedging, confirmation, negation) and stop words; stems as <see cref="StanceText"/> makes them.</summary>
internal static class StanceWords
{
    internal static readonly HashSet<string> Refuting = Stems(
        "fake", "fakes", "faked", "fraud", "hoax", "hoaxes", "false", "falsely", "deny", "denies", "denied", "denial", "denying",
        "despite", "nope", "doubt", "doubts", "bogus", "debunk", "debunks", "debunked", "prank", "pranks", "retract",
        "retracted", "retraction", "untrue", "myth", "lie", "lies", "lied", "misleading", "incorrect", "wrong", "erroneous",
        "fabricated", "fabrication", "satire", "satirical", "baseless", "unfounded", "refute", "refutes", "refuted",
        "dismiss", "dismissed", "dismisses", "reject", "rejected", "rejects", "contrary", "rumor", "rumors", "rumour",
        "rumours", "scam", "parody", "fiction", "fictional", "nonsense", "contradict", "contradicts", "contradicted",
        "insist", "insisted", "insists", "however", "actually", "neither", "disputed", "dispute", "disputes", "invented",
        "mistaken", "mistake", "nothing", "debunking", "hoaxer", "misinformation", "disinformation", "photoshopped",
        "doctored", "spoof", "joke", "unverified", "unsubstantiated", "pretend", "pretending", "impostor", "claimed");

    internal static readonly HashSet<string> Hedging = Stems(
        "reportedly", "allegedly", "alleged", "claim", "claims", "claiming", "may", "might", "could", "unconfirmed",
        "according", "purportedly", "purported", "apparently", "supposedly", "possibly", "possible", "report", "reports",
        "suggest", "suggests", "suggested", "appears", "appear", "appeared", "believed", "believe", "speculation",
        "speculate", "seems", "seem", "whether", "perhaps", "likely", "unclear", "uncertain", "sources", "source",
        "rumored", "rumoured", "would", "if", "questions", "question", "suspected", "suspect", "thought", "expected",
        "said", "says", "told", "say", "circulating", "viral", "emerged", "surfaced", "shared");

    internal static readonly HashSet<string> Confirming = Stems(
        "confirmed", "confirms", "confirm", "confirmation", "official", "officially", "announced", "announces", "revealed",
        "reveals", "shows", "proves", "proved", "indeed", "verified", "verify", "statement", "true", "real", "fact",
        "definitely", "certainly", "evidence", "admitted", "admits", "acknowledged", "has", "have", "did", "was", "is");

    internal static readonly HashSet<string> Negating = Stems(
        "not", "no", "never", "nobody", "nothing", "none", "neither", "nor", "without", "cannot", "isn't", "wasn't",
        "aren't", "weren't", "don't", "doesn't", "didn't", "won't", "wouldn't", "can't", "couldn't", "hasn't", "haven't",
        "hadn't", "shouldn't", "nowhere", "lack", "lacks", "failed", "fails", "fail", "unable");

    internal static readonly HashSet<string> Stop = Stems(
        "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for", "from", "by", "with", "as", "is", "are",
        "was", "were", "be", "been", "being", "it", "its", "this", "that", "these", "those", "he", "she", "they", "them",
        "his", "her", "their", "we", "our", "you", "your", "i", "me", "my", "has", "have", "had", "do", "does", "did", "will",
        "would", "can", "could", "should", "may", "might", "must", "shall", "into", "about", "over", "after", "before",
        "up", "down", "out", "off", "than", "then", "so", "if", "just", "also", "more", "most", "some", "such", "only",
        "other", "any", "all", "who", "whom", "which", "what", "when", "where", "why", "how", "there", "here", "said",
        "says", "say", "new", "one", "s", "t", "not", "no", "via", "us", "him", "own", "very", "while", "through", "during",
        "against", "between", "both", "each", "few", "under", "again", "further", "once", "same", "too", "now", "get",
        "got", "like", "make", "made", "way", "us", "because", "until", "since", "around", "being", "according");

    private static HashSet<string> Stems(params string[] words)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            set.Add(StanceText.Stem(word));
        }

        return set;
    }
}
