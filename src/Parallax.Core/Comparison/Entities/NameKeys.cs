using System.Globalization;
using System.Text;

namespace Parallax.Comparison.Entities;

/// <summary>
/// Keys and measures that compare spellings of one name: a folded form (case and diacritics), a transliteration key
/// (the spellings that romanisation systems and outlets vary on: "Zelenskyy"/"Zelenskiy"/"Zelensky", "Sergei"/"Sergey",
/// "Witkoff"/"Witkov"), a consonant-skeleton phonetic key ("Umarov"/"Umerov", "Kellegi"/"Kellogg"), Jaro-Winkler
/// similarity and edit distance. Stateless and thread-safe; inputs are names of at most a few hundred characters.
/// </summary>
internal static class NameKeys
{
    private const int MaxWordLength = 64;

    /// <summary>Lower case, diacritics removed, letters and digits only ("Zelens'kyi" → "zelenskyi").</summary>
    public static string Fold(string word)
    {
        var decomposed = word.Length > MaxWordLength ? word[..MaxWordLength] : word;
        decomposed = decomposed.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// The folded word with the usual romanisation variants collapsed: doubled letters single, "iy"/"yi"/"ij"/"ii" and a
    /// final "i" after a vowel to "y", "kh" to "h", "ph" to "f", "w" to "v", "j" before a vowel to "y", a final "off"/"ow"
    /// to "ov", "ck"/"q" to "k", "x" to "ks", "tch" to "ch", "ou" to "u".
    /// </summary>
    public static string Transliteration(string folded)
    {
        var s = folded;
        if (s.Length == 0)
        {
            return s;
        }

        var sb = new StringBuilder(s.Length + 2);
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            var next = i + 1 < s.Length ? s[i + 1] : '\0';
            switch (c)
            {
                case 'k' when next == 'h':
                    sb.Append('h');
                    i++;
                    continue;
                case 'p' when next == 'h':
                    sb.Append('f');
                    continue;
                case 'h' when i > 0 && s[i - 1] == 'p':
                    continue;
                case 'c' when next == 'k':
                    continue;
                case 'q':
                    sb.Append('k');
                    continue;
                case 'x':
                    sb.Append("ks");
                    continue;
                case 'w':
                    sb.Append('v');
                    continue;
                case 't' when next == 'c' && i + 2 < s.Length && s[i + 2] == 'h':
                    continue;
                case 'j' when IsVowel(next):
                    sb.Append('y');
                    continue;
                case 'o' when next == 'u':
                    sb.Append('u');
                    i++;
                    continue;
                case 'i' when next is 'y' or 'i' or 'j':
                    sb.Append('y');
                    i++;
                    continue;
                case 'y' when next is 'i' or 'y':
                    sb.Append('y');
                    i++;
                    continue;
                case 'i' when next == '\0' && i > 0 && IsVowel(s[i - 1]):
                    sb.Append('y');
                    continue;
                default:
                    break;
            }

            if (sb.Length > 0 && sb[^1] == c && char.IsLetter(c))
            {
                continue; // doubled letter
            }

            sb.Append(c);
        }

        var key = sb.ToString();
        if (key.Length > 4 && key.EndsWith("tre", StringComparison.Ordinal))
        {
            key = key[..^3] + "ter"; // centre/center, theatre/theater
        }

        if (key.Length > 4 && key.EndsWith("of", StringComparison.Ordinal))
        {
            key = key[..^2] + "ov";
        }
        else if (key.Length > 4 && key.EndsWith("ow", StringComparison.Ordinal))
        {
            key = key[..^2] + "ov";
        }

        return key;
    }

    /// <summary>
    /// A consonant skeleton of a transliteration key: the first letter's class, then each consonant's class with
    /// vowels, "h", "w" and "y" dropped and repeats collapsed ("umarov" → "AMRF", "whitcomb" → "VTKM").
    /// </summary>
    public static string Phonetic(string transliteration)
    {
        var s = transliteration;
        if (s.Length == 0)
        {
            return s;
        }

        var sb = new StringBuilder(s.Length);
        var last = '\0';
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            var next = i + 1 < s.Length ? s[i + 1] : '\0';
            char code;
            if (c is 'c' or 's' or 'z' && next == 'h')
            {
                code = 'X';
                i++;
            }
            else if (c == 'm' && next == 'b' && i + 2 == s.Length)
            {
                code = 'M';
                i++;
            }
            else
            {
                code = c switch
                {
                    'b' or 'p' => 'P',
                    'c' or 'g' or 'k' or 'q' => 'K',
                    'd' or 't' => 'T',
                    'f' or 'v' => 'F',
                    's' or 'z' => 'S',
                    'j' => 'J',
                    'l' => 'L',
                    'r' => 'R',
                    'm' => 'M',
                    'n' => 'N',
                    _ when char.IsDigit(c) => c,
                    _ => '\0',
                };
            }

            if (code == '\0')
            {
                if (i == 0)
                {
                    code = 'A';
                }
                else
                {
                    last = '\0';
                    continue;
                }
            }

            if (code == last && sb.Length > 0)
            {
                continue;
            }

            sb.Append(code);
            last = code;
        }

        return sb.ToString();
    }

    /// <summary>Jaro-Winkler similarity of two strings, 0 (nothing in common) to 1 (equal).</summary>
    public static double JaroWinkler(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return a.Length == b.Length ? 1 : 0;
        }

        if (a.Length > MaxWordLength * 4 || b.Length > MaxWordLength * 4)
        {
            return string.Equals(a, b, StringComparison.Ordinal) ? 1 : 0;
        }

        var window = Math.Max(0, (Math.Max(a.Length, b.Length) / 2) - 1);
        Span<bool> aMatched = stackalloc bool[a.Length];
        Span<bool> bMatched = stackalloc bool[b.Length];
        var matches = 0;
        for (var i = 0; i < a.Length; i++)
        {
            var from = Math.Max(0, i - window);
            var to = Math.Min(b.Length - 1, i + window);
            for (var j = from; j <= to; j++)
            {
                if (!bMatched[j] && a[i] == b[j])
                {
                    aMatched[i] = true;
                    bMatched[j] = true;
                    matches++;
                    break;
                }
            }
        }

        if (matches == 0)
        {
            return 0;
        }

        var transpositions = 0;
        var k = 0;
        for (var i = 0; i < a.Length; i++)
        {
            if (!aMatched[i])
            {
                continue;
            }

            while (!bMatched[k])
            {
                k++;
            }

            if (a[i] != b[k])
            {
                transpositions++;
            }

            k++;
        }

        double m = matches;
        var jaro = ((m / a.Length) + (m / b.Length) + ((m - (transpositions / 2.0)) / m)) / 3;
        var prefix = 0;
        while (prefix < 4 && prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix])
        {
            prefix++;
        }

        return jaro + (prefix * 0.1 * (1 - jaro));
    }

    /// <summary>Levenshtein edit distance (insertions, deletions, substitutions).</summary>
    public static int EditDistance(string a, string b)
    {
        if (a.Length > MaxWordLength * 4 || b.Length > MaxWordLength * 4)
        {
            return Math.Max(a.Length, b.Length);
        }

        Span<int> previous = stackalloc int[b.Length + 1];
        Span<int> current = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            current.CopyTo(previous);
        }

        return previous[b.Length];
    }

    /// <summary>The length of the common prefix of two strings.</summary>
    public static int CommonPrefix(string a, string b)
    {
        var n = 0;
        while (n < a.Length && n < b.Length && a[n] == b[n])
        {
            n++;
        }

        return n;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
}
