using System.Collections.Frozen;

namespace Parallax.Comparison.Stories;

/// <summary>
/// English function words and the verbs and nouns of news reporting itself ("said", "reported", "according"),
/// which say nothing about which event an article covers. Thread-safe.
/// </summary>
internal static class StopWords
{
    private static readonly FrozenSet<string> Words = FrozenSet.ToFrozenSet(
    [
        "a", "about", "above", "across", "after", "afterwards", "again", "against", "all", "almost", "alone", "along",
        "already", "also", "although", "always", "am", "among", "amongst", "an", "and", "another", "any", "anyone",
        "anything", "anyway", "anywhere", "are", "around", "as", "at", "back", "be", "became", "because", "become",
        "becomes", "been", "before", "behind", "being", "below", "beside", "besides", "between", "beyond", "both", "but",
        "by", "can", "cannot", "could", "did", "do", "does", "doing", "done", "down", "due", "during", "each", "either",
        "else", "elsewhere", "enough", "even", "ever", "every", "everyone", "everything", "everywhere", "except", "few",
        "for", "former", "formerly", "from", "further", "get", "gets", "getting", "give", "given", "go", "goes", "going",
        "gone", "got", "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his",
        "how", "however", "i", "if", "in", "including", "indeed", "into", "is", "it", "its", "itself", "just", "last",
        "later", "least", "less", "let", "like", "made", "make", "makes", "many", "may", "me", "meanwhile", "might",
        "mine", "more", "moreover", "most", "mostly", "much", "must", "my", "myself", "near", "nearly", "neither",
        "never", "nevertheless", "new", "next", "no", "nobody", "none", "nor", "not", "nothing", "now", "nowhere", "of",
        "off", "often", "on", "once", "one", "only", "onto", "or", "other", "others", "otherwise", "our", "ours",
        "ourselves", "out", "over", "own", "per", "perhaps", "put", "quite", "rather", "really", "same", "see", "seem",
        "seemed", "seems", "several", "she", "should", "since", "so", "some", "someone", "something", "sometimes",
        "somewhere", "still", "such", "take", "taken", "than", "that", "the", "their", "theirs", "them", "themselves",
        "then", "there", "thereby", "therefore", "these", "they", "this", "those", "though", "through", "throughout",
        "thus", "to", "together", "too", "toward", "towards", "two", "under", "until", "up", "upon", "us", "use", "used",
        "very", "via", "want", "was", "way", "we", "well", "were", "what", "whatever", "when", "whenever", "where",
        "whereas", "wherever", "whether", "which", "while", "who", "whoever", "whole", "whom", "whose", "why", "will",
        "with", "within", "without", "would", "yet", "you", "your", "yours", "yourself", "yourselves", "three", "four",
        "five", "six", "seven", "eight", "nine", "ten", "first", "second", "third", "year", "years", "day", "days",
        "week", "weeks", "month", "months", "time", "times", "today", "yesterday", "tomorrow", "tonight", "monday",
        "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april",
        "june", "july", "august", "september", "october", "november", "december", "said", "says", "say", "saying",
        "told", "tell", "tells", "according", "reported", "reports", "report", "reporting", "reporter", "reporters",
        "news", "story", "stories", "article", "statement", "added", "asked", "noted", "stated", "announced", "confirmed",
        "published", "updated", "posted", "comment", "comments", "share", "click", "read", "photo", "photos", "video",
        "image", "images", "copyright", "rights", "reserved", "page", "home", "people", "thing", "things", "lot", "part",
        "came", "come", "comes", "went", "know", "known", "think", "thought", "look", "looks", "looking", "good",
        "great", "big", "small", "long", "little", "old", "high", "low", "early", "recent", "recently", "late", "likely",
        "able", "away", "clear", "far", "around", "edt", "est", "gmt", "pst", "pdt", "cst", "cdt", "utc", "http", "https",
        "www", "com", "html", "htm", "mr", "mrs", "ms", "dr",
    ], StringComparer.Ordinal);

    /// <summary>True when <paramref name="word"/> (lower case) carries no topical information.</summary>
    public static bool Contains(string word) => Words.Contains(word);
}
