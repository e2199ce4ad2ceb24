using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Parallax.Readers.Feeds;

/// <summary>
/// Plain text of small HTML fragments such as a feed item's content: paragraphs, headings, list items and quotes,
/// one per block, blank line between blocks. Stateless and thread-safe.
/// </summary>
public static class HtmlFragment
{
    private const string BlockSelector = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, dd, dt";

    /// <summary>The text of the fragment's blocks, one per paragraph; the whole text when it has no blocks.</summary>
    public static string Paragraphs(string html, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(html);
        var body = Parse(html);
        if (body is null)
        {
            return string.Empty;
        }

        var builder = new StringBuilder();
        var blocks = body.QuerySelectorAll(BlockSelector);

        // A block holding other blocks (a quote of paragraphs) is left out: its inner blocks are taken one by one.
        var blockSet = new HashSet<IElement>(blocks);
        var containers = new HashSet<IElement>();
        foreach (var block in blocks)
        {
            for (var parent = block.ParentElement; parent is not null; parent = parent.ParentElement)
            {
                if (blockSet.Contains(parent) && !containers.Add(parent))
                {
                    break; // its ancestors were marked already
                }
            }
        }

        foreach (var block in blocks)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (containers.Contains(block))
            {
                continue;
            }

            var text = Collapse(block.TextContent);
            if (text.Length > 0)
            {
                if (builder.Length > 0)
                {
                    builder.Append("\n\n");
                }

                builder.Append(text);
            }
        }

        return builder.Length > 0 ? builder.ToString() : Collapse(body.TextContent);
    }

    /// <summary>All the text of the fragment on one line, whitespace collapsed.</summary>
    public static string PlainText(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        return Collapse(Parse(html)?.TextContent ?? string.Empty);
    }

    private static IElement? Parse(string html)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
        var document = parser.ParseDocument(html);
        foreach (var junk in document.QuerySelectorAll("script, style, noscript, template").ToArray())
        {
            junk.Remove();
        }

        return document.Body;
    }

    private static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
