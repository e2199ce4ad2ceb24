using System.Collections.Frozen;
using System.Text;

namespace Parallax.Comparison.Quotes;

/// <summary>One word of a quote: as written, and in the form used for comparison (lower case, no punctuation, contractions expanded).</summary>
/// <param name="Written">The word as the article writes it, with its punctuation.</param>
/// <param name="Compared">Its comparison forms ("there's" gives "there", "is").</param>
internal readonly record struct QuoteWord(string Written, string[] Compared);

/// <summary>
/// Splits quotes into words and puts them into comparable forms: typographic apostrophes and quote marks unified,
/// punctuation and case dropped, contractions expanded ("there's" = "there is", "won't" = "will not"). Stateless and
/// thread-safe.
/// </summary>
internal static class QuoteWords
{
    /// <summary>Quotes longer than this many words are compared on their first words only.</summary>
    public const int MaxWords = 400;

    private static readonly FrozenSet<string> StopWords = FrozenSet.Create(
        StringComparer.Ordinal,
        "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by", "from", "is", "are", "was",
        "were", "be", "been", "it", "its", "this", "that", "these", "those", "as", "we", "i", "you", "he", "she", "they",
        "us", "our", "my", "your", "his", "her", "their", "not", "no", "will", "would", "have", "has", "had", "do", "does",
        "did", "so", "if", "there", "what", "which", "who", "all", "am", "can");

    private static readonly FrozenDictionary<string, string[]> Irregular = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["won't"] = ["will", "not"], ["can't"] = ["can", "not"], ["cannot"] = ["can", "not"], ["shan't"] = ["shall", "not"],
        ["ain't"] = ["is", "not"], ["let's"] = ["let", "us"], ["it's"] = ["it", "is"], ["that's"] = ["that", "is"],
        ["there's"] = ["there", "is"], ["here's"] = ["here", "is"], ["what's"] = ["what", "is"], ["who's"] = ["who", "is"],
        ["he's"] = ["he", "is"], ["she's"] = ["she", "is"], ["where's"] = ["where", "is"], ["how's"] = ["how", "is"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The words of <paramref name="text"/>.</summary>
    public static List<QuoteWord> Split(string text)
    {
        var words = new List<QuoteWord>();
        foreach (var raw in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (words.Count >= MaxWords)
            {
                break;
            }

            var compared = Compare(raw);
            if (compared.Length > 0)
            {
                words.Add(new QuoteWord(raw, compared));
            }
            else if (words.Count > 0)
            {
                // A dash or a lone mark: keep it with the word before, so the written text survives.
                var last = words[^1];
                words[^1] = last with { Written = last.Written + " " + raw };
            }
        }

        return words;
    }

    /// <summary>The flat sequence of comparison forms.</summary>
    public static List<string> Flatten(List<QuoteWord> words)
    {
        var flat = new List<string>(words.Count + 4);
        foreach (var w in words)
        {
            flat.AddRange(w.Compared);
        }

        return flat;
    }

    /// <summary>True when the comparison form <paramref name="word"/> carries content (is not a stop word).</summary>
    public static bool IsContent(string word) => !StopWords.Contains(word);

    /// <summary>The comparison forms that carry content (not stop words).</summary>
    public static HashSet<string> Content(List<string> flat)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var w in flat)
        {
            if (IsContent(w))
            {
                set.Add(w);
            }
        }

        return set;
    }

    /// <summary>The text with typographic quote marks and apostrophes unified, spaces collapsed and end punctuation dropped: equal forms are verbatim.</summary>
    public static string Verbatim(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var d = c switch
            {
                '\u2018' or '\u2019' or '\u02bc' or '`' => '\'',
                '\u201c' or '\u201d' => '"',
                _ when char.IsWhiteSpace(c) => ' ',
                _ => c,
            };
            if (d == ' ' && (sb.Length == 0 || sb[^1] == ' '))
            {
                continue;
            }

            sb.Append(d);
        }

        return sb.ToString().Trim().TrimEnd('.', ',', ';', ':', '!', '?', '"', '\'', ' ').TrimStart('"', '\'', ' ');
    }

    private static string[] Compare(string raw)
    {
        var sb = new StringBuilder(raw.Length);
        foreach (var c in raw)
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
            else if (c is '\'' or '\u2019' or '\u02bc' && sb.Length > 0)
            {
                sb.Append('\'');
            }
            else if (c is '-' && sb.Length > 0)
            {
                sb.Append('-');
            }
        }

        var word = sb.ToString().TrimEnd('\'', '-');
        if (word.Length == 0)
        {
            return [];
        }

        if (Irregular.TryGetValue(word, out var expanded))
        {
            return expanded;
        }

        if (word.EndsWith("n't", StringComparison.Ordinal) && word.Length > 3)
        {
            return [word[..^3], "not"];
        }

        foreach (var (suffix, full) in (ReadOnlySpan<(string, string)>)[("'re", "are"), ("'ve", "have"), ("'ll", "will"), ("'d", "would"), ("'m", "am")])
        {
            if (word.EndsWith(suffix, StringComparison.Ordinal) && word.Length > suffix.Length)
            {
                return [word[..^suffix.Length], full];
            }
        }

        if (word.EndsWith("'s", StringComparison.Ordinal) && word.Length > 2)
        {
            return [word[..^2]]; // possessive: "Russia's" compares as "russia"
        }

        return [word.Replace("'", "", StringComparison.Ordinal)];
    }
}
