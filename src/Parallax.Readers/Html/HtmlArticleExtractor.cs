using System.Collections.Immutable;
using Parallax.Model;

namespace Parallax.Readers.Html;

/// <summary>The main text of a web page, its metadata, and what was dropped as page chrome.</summary>
/// <param name="Text">Headings and paragraphs of the article, one block per line, blank line between blocks.</param>
/// <param name="Metadata">Title, outlet, author, date, language, URL from meta tags, JSON-LD and the page.</param>
/// <param name="Removed">Blocks of visible text left out, with reasons.</param>
/// <param name="Diagnostics">What was odd about the page.</param>
public sealed record HtmlExtraction(
    string Text,
    ArticleMetadata Metadata,
    ImmutableArray<RemovedText> Removed,
    ImmutableArray<Diagnostic> Diagnostics);

/// <summary>
/// Finds the article in a web page: drops navigation, headers, footers, cookie banners, comment forms,
/// share prompts and related-article lists; keeps headings and paragraphs. Stateless and thread-safe.
/// Never throws on malformed HTML.
/// </summary>
public sealed class HtmlArticleExtractor
{
    private readonly int _maxDepth = 512;

    /// <summary>Extracts the article from <paramref name="html"/>.</summary>
    /// <param name="html">The page.</param>
    /// <param name="url">The page's address, used to resolve relative links and as a metadata fallback.</param>
    /// <param name="cancellationToken">Observed during long scans.</param>
    public HtmlExtraction Extract(string html, string? url = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(html);
        cancellationToken.ThrowIfCancellationRequested();
        // TEMP stub (inputs branch only): the body's text, so the input readers can be tested.
        _ = url;
        _ = _maxDepth;
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        var text = (document.Body?.TextContent ?? string.Empty).Trim();
        return new HtmlExtraction(text, new ArticleMetadata { Title = string.IsNullOrWhiteSpace(document.Title) ? null : document.Title }, [], []);
    }
}
