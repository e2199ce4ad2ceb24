using System.Text;

namespace Parallax.Readers.Text;

/// <summary>
/// The shape of one line of text: how long it is, how it ends, how it starts, whether it looks like a headline, a
/// URL or a domain name. These are the general signals the plain-text parser decides by. Pure functions.
/// </summary>
internal static class LineShape
{
    /// <summary>Lines longer than this are never treated as metadata, chrome or headlines.</summary>
    public const int MaxShortLineChars = 250;

    private static readonly string[] FunctionWords =
    [
        "a", "an", "the", "of", "and", "or", "to", "in", "on", "for", "with", "by", "at", "from", "as", "but", "that",
        "is", "are", "was", "were", "his", "her", "their", "its", "this", "these", "who", "which",
    ];

    private static readonly string[] FileExtensions = [".txt", ".html", ".htm", ".md", ".doc", ".docx", ".pdf", ".text"];

    /// <summary>
    /// Number of words: whitespace-separated tokens, where a run of Chinese or Japanese characters counts one word
    /// per two characters.
    /// </summary>
    public static int WordCount(ReadOnlySpan<char> line)
    {
        var count = 0;
        var inWord = false;
        var cjkRun = 0;
        foreach (var c in line)
        {
            if (IsCjk(c))
            {
                cjkRun++;
                if (cjkRun % 2 == 1 && (cjkRun > 1 || !inWord))
                {
                    count++;
                }

                inWord = true;
                continue;
            }

            cjkRun = 0;
            var space = char.IsWhiteSpace(c);
            if (!space && !inWord)
            {
                count++;
            }

            inWord = !space;
        }

        return count;
    }

    /// <summary>True for Han ideographs and kana.</summary>
    public static bool IsCjk(char c) => c is >= '\u3040' and <= '\u30FF' or >= '\u3400' and <= '\u4DBF' or >= '\u4E00' and <= '\u9FFF';

    /// <summary>The last character that is not a closing quote or bracket, or '\0'.</summary>
    public static char FinalMark(ReadOnlySpan<char> line)
    {
        for (var i = line.Length - 1; i >= 0; i--)
        {
            var c = line[i];
            if (!IsClosingQuote(c) && !char.IsWhiteSpace(c))
            {
                return c;
            }
        }

        return '\0';
    }

    /// <summary>True when the line ends as a sentence does: '.', '!', '?', '…' (possibly inside closing quotes).</summary>
    public static bool EndsSentence(ReadOnlySpan<char> line) => FinalMark(line) is '.' or '!' or '?' or '…' or '。' or '！' or '？';

    /// <summary>True when the first letter of the line (after quotes, bullets and brackets) is lower case.</summary>
    public static bool StartsLowercase(ReadOnlySpan<char> line)
    {
        foreach (var c in line)
        {
            if (char.IsLetter(c))
            {
                return char.IsLower(c);
            }

            if (char.IsDigit(c))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>True when the line starts with a capital letter or digit, possibly after opening quotes.</summary>
    public static bool StartsCapitalised(ReadOnlySpan<char> line)
    {
        foreach (var c in line)
        {
            if (char.IsLetter(c))
            {
                return char.IsUpper(c) || !char.IsLower(c);
            }

            if (char.IsDigit(c))
            {
                return true;
            }

            if (!IsOpeningQuote(c))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>True for list items: "- ", "* ", "• ", "1. ", "2) ".</summary>
    public static bool IsBullet(ReadOnlySpan<char> line)
    {
        if (line.Length < 2)
        {
            return false;
        }

        if (line[0] is '-' or '*' or '•' or '–' or '—' or '·' or '▪' or '►' && char.IsWhiteSpace(line[1]))
        {
            return true;
        }

        var i = 0;
        while (i < line.Length && i < 3 && char.IsAsciiDigit(line[i]))
        {
            i++;
        }

        return i > 0 && i + 1 < line.Length && line[i] is '.' or ')' && char.IsWhiteSpace(line[i + 1]);
    }

    /// <summary>The last word, lower-cased, without punctuation.</summary>
    public static string LastWord(string line)
    {
        var end = line.Length;
        while (end > 0 && !char.IsLetterOrDigit(line[end - 1]))
        {
            end--;
        }

        var start = end;
        while (start > 0 && (char.IsLetterOrDigit(line[start - 1]) || line[start - 1] is '\'' or '’' or '-'))
        {
            start--;
        }

        return line[start..end].ToLowerInvariant();
    }

    /// <summary>True when the line ends with a word that cannot end a headline ("the", "of", "and").</summary>
    public static bool EndsWithFunctionWord(string line) => Array.IndexOf(FunctionWords, LastWord(line)) >= 0;

    /// <summary>
    /// True when the line contains a full stop that ends one sentence before another begins ("…ended. Then…"),
    /// ignoring abbreviations and initials ("U.S. President", "Mr. Putin", "J. Smith").
    /// </summary>
    /// <param name="line">The line.</param>
    /// <param name="fullStopsOnly">Count only full stops, not '?' and '!' (headlines ask questions).</param>
    public static bool HasInnerSentenceBreak(ReadOnlySpan<char> line, bool fullStopsOnly = false)
    {
        for (var i = 1; i < line.Length - 2; i++)
        {
            var isBreak = fullStopsOnly ? line[i] is '.' or '。' : line[i] is '.' or '!' or '?' or '。';
            if (!isBreak || !char.IsWhiteSpace(line[i + 1]))
            {
                continue;
            }

            var next = i + 2;
            while (next < line.Length && IsOpeningQuote(line[next]))
            {
                next++;
            }

            if (next >= line.Length || !char.IsUpper(line[next]))
            {
                continue;
            }

            if (line[i] != '.')
            {
                return true;
            }

            // The word before the full stop: abbreviations are short or contain dots.
            var start = i;
            while (start > 0 && !char.IsWhiteSpace(line[start - 1]))
            {
                start--;
            }

            var word = line[start..i];
            if (word.Length > 3 && !word.Contains('.'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the line reads like a headline or a section heading: a few words to a couple of dozen, capitalised,
    /// without a sentence-final full stop or a sentence break inside, not ending on a function word.
    /// </summary>
    public static bool IsHeadlineLike(string line)
    {
        if (line.Length > MaxShortLineChars)
        {
            return false;
        }

        var words = WordCount(line);
        if (words is < 2 or > 30 || !StartsCapitalised(line) || IsBullet(line))
        {
            return false;
        }

        return FinalMark(line) is not ('.' or ',' or ';' or ':' or '-' or '–' or '—')
            && !HasInnerSentenceBreak(line, fullStopsOnly: true)
            && !EndsWithFunctionWord(line)
            && !IsUrlLike(line);
    }

    /// <summary>A key for comparing lines loosely: letters and digits only, lower-cased.</summary>
    public static string LooseKey(ReadOnlySpan<char> line)
    {
        var builder = new StringBuilder(line.Length);
        foreach (var c in line)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// True for a file name or slug standing in for a headline: no spaces, words joined by underscores, or a file
    /// extension ("Alaska_Summit__Symbolic_Gains", "alaska-summit.txt").
    /// </summary>
    public static bool IsFileNameLike(string line, string? nextLine)
    {
        if (line.Length < 8 || line.Length > MaxShortLineChars || ContainsWhiteSpace(line) || IsUrlLike(line))
        {
            return false;
        }

        var underscores = 0;
        var hyphens = 0;
        var letters = 0;
        foreach (var c in line)
        {
            if (c == '_')
            {
                underscores++;
            }
            else if (c == '-')
            {
                hyphens++;
            }
            else if (char.IsLetter(c))
            {
                letters++;
            }
        }

        if (letters < 4)
        {
            return false;
        }

        foreach (var extension in FileExtensions)
        {
            if (line.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        if (underscores >= 2)
        {
            return true;
        }

        // A slug that spells out the next line ("putin-meets-trump" above "Putin meets Trump").
        return (underscores + hyphens) >= 1 && nextLine is not null && LooseKey(line) == LooseKey(nextLine);
    }

    /// <summary>True for a line that is only a URL ("https://…", "www.…", "example.com/path").</summary>
    public static bool IsUrlLike(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        if (line.IsEmpty || line.Length > 2048 || ContainsWhiteSpace(line))
        {
            return false;
        }

        if (line.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || line.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || line.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var slash = line.IndexOf('/');
        return slash > 0 && IsDomainLike(line[..slash]);
    }

    /// <summary>True for a bare domain name ("T4K3.news", "www.example.co.uk").</summary>
    public static bool IsDomainLike(ReadOnlySpan<char> text)
    {
        if (text.Length is < 4 or > 64)
        {
            return false;
        }

        var lastDot = text.LastIndexOf('.');
        if (lastDot < 2 || lastDot == text.Length - 1)
        {
            return false;
        }

        var tld = text[(lastDot + 1)..];
        if (tld.Length is < 2 or > 12)
        {
            return false;
        }

        foreach (var c in tld)
        {
            if (!char.IsAsciiLetter(c))
            {
                return false;
            }
        }

        var previous = '.';
        foreach (var c in text[..lastDot])
        {
            if (c == '.')
            {
                if (previous == '.')
                {
                    return false;
                }
            }
            else if (!char.IsAsciiLetterOrDigit(c) && c != '-')
            {
                return false;
            }

            previous = c;
        }

        // "U.S" or "e.g" are not domains: a label of at least two characters before the suffix.
        var labelStart = text[..lastDot].LastIndexOf('.') + 1;
        return lastDot - labelStart >= 2;
    }

    /// <summary>Makes a URL string from a URL-like line: adds "https://" when no scheme is given.</summary>
    public static string? ToUrl(ReadOnlySpan<char> text)
    {
        var trimmed = text.Trim().TrimEnd(".,;)>]»\"'”".AsSpan()).TrimStart("(<[«\"'“".AsSpan());
        if (!IsUrlLike(trimmed) && !IsDomainLike(trimmed))
        {
            return null;
        }

        var candidate = trimmed.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || trimmed.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            ? trimmed.ToString()
            : "https://" + trimmed.ToString();
        return Uri.TryCreate(candidate, UriKind.Absolute, out var uri) && uri.Host.Contains('.')
            ? candidate
            : null;
    }

    /// <summary>True when the text contains any whitespace.</summary>
    public static bool ContainsWhiteSpace(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Closing quotation marks and brackets.</summary>
    public static bool IsClosingQuote(char c) => c is '"' or '\'' or '”' or '’' or '»' or '›' or '」' or '』' or ')' or ']';

    /// <summary>Opening quotation marks and brackets.</summary>
    public static bool IsOpeningQuote(char c) => c is '"' or '\'' or '“' or '‘' or '«' or '‹' or '「' or '『' or '(' or '[' or '„';
}
