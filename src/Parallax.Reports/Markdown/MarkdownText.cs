using System.Text;

namespace Parallax.Reports.Markdown;

/// <summary>Puts article-supplied text into Markdown as plain words: markup, HTML and table pipes neutralised.</summary>
internal static class MarkdownText
{
    /// <summary>Text safe inside a paragraph, list item or table cell: one line, Markdown and HTML characters escaped.</summary>
    public static string Inline(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\n' or '\r' or '\t':
                    sb.Append(' ');
                    break;
                case '<':
                    sb.Append("&lt;");
                    break;
                case '>':
                    sb.Append("&gt;");
                    break;
                case '&':
                    sb.Append("&amp;");
                    break;
                case '*' or '_' or '`' or '[' or ']' or '(' or ')' or '#' or '\\' or '!' or '|' or '~':
                    sb.Append('\\').Append(c);
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }

        return sb.ToString();
    }

    /// <summary>A table cell: <see cref="Inline"/>, or an em dash when empty.</summary>
    public static string Cell(string? text) => string.IsNullOrWhiteSpace(text) ? "—" : Inline(text);

    /// <summary>Shortened then made inline.</summary>
    public static string Short(string? text, int max) => text is null ? string.Empty : Inline(Html.HtmlText.Shorten(text, max));
}
