using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Parallax.Reports.Tests.Html;

/// <summary>Parses rendered pages with a real HTML5 parser, as a browser would.</summary>
internal static class PageParsing
{
    public static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    /// <summary>The concatenated text of the elements of an article that carry <paramref name="key"/> in data-refs.</summary>
    public static string MarkedText(IDocument page, string article, string key)
    {
        var root = page.QuerySelector("#art-" + article + " .text")!;
        return string.Concat(root.QuerySelectorAll("[data-refs]")
            .Where(e => e.GetAttribute("data-refs")!.Split(' ').Contains(key))
            .Select(e => e.TextContent));
    }
}
