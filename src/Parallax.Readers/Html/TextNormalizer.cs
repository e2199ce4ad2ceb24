using System.Text;

namespace Parallax.Readers.Html;

/// <summary>Whitespace and invisible-character rules shared by the HTML extractor.</summary>
internal static class TextNormalizer
{
    /// <summary>True for characters that separate words (any Unicode white space, including no-break space).</summary>
    public static bool IsSpace(char c) => c <= ' ' ? c is ' ' or '\t' or '\n' or '\r' or '\f' or '\v' : char.IsWhiteSpace(c);

    /// <summary>True for characters that take no room: zero-width spaces and joiners, the byte-order mark, soft hyphens,
    /// control characters.</summary>
    public static bool IsInvisible(char c) =>
        c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD' or (< ' ') or (>= '\u007F' and <= '\u009F');

    /// <summary>Appends <paramref name="text"/> to <paramref name="builder"/> collapsing white space; leading space is kept
    /// only when the builder already holds a word.</summary>
    public static void AppendCollapsed(StringBuilder builder, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (IsSpace(c))
            {
                if (builder.Length > 0 && builder[^1] != ' ')
                {
                    builder.Append(' ');
                }
            }
            else if (!IsInvisible(c))
            {
                builder.Append(c);
            }
        }
    }

    /// <summary>Collapses white space runs to one space and trims; returns "" for null.</summary>
    public static string Collapse(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        AppendCollapsed(builder, text);
        if (builder.Length > 0 && builder[^1] == ' ')
        {
            builder.Length--;
        }

        return builder.ToString();
    }
}
