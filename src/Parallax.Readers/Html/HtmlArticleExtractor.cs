using System.Collections.Immutable;
using System.Net;
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
/// <remarks>
/// The method is general, not tuned to sites: Readability-style content scoring (paragraph scores added to their
/// ancestors, class and id hints, link density), sibling merging, conditional cleaning of containers, JSON-LD
/// <c>articleBody</c> as a hint for the container, and a list of chrome phrases. Work is linear in the size of the
/// page: the DOM is copied once into an array and every pass is a loop over it, so deeply nested pages cannot
/// overflow the stack. Limits (size, depth, time) come from <see cref="HtmlExtractorOptions"/>.
/// </remarks>
public sealed class HtmlArticleExtractor
{
    private const int AcceptLength = 500;

    private readonly HtmlExtractorOptions _options;

    /// <summary>Creates an extractor with default limits.</summary>
    public HtmlArticleExtractor()
        : this(HtmlExtractorOptions.Default)
    {
    }

    /// <summary>Creates an extractor with the given limits.</summary>
    /// <param name="options">Size, depth and time limits.</param>
    public HtmlArticleExtractor(HtmlExtractorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    /// <summary>Extracts the article from <paramref name="html"/>.</summary>
    /// <param name="html">The page.</param>
    /// <param name="url">The page's address, used to resolve relative links and as a metadata fallback.</param>
    /// <param name="cancellationToken">Observed during long scans.</param>
    /// <returns>
    /// The article text (empty, with a warning, when none was found), metadata, removed blocks and diagnostics.
    /// Malformed input, over-deep nesting, over-long input and running past <see cref="HtmlExtractorOptions.Timeout"/>
    /// are reported as diagnostics, never thrown.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public HtmlExtraction Extract(string html, string? url = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(html);
        cancellationToken.ThrowIfCancellationRequested();
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        if (html.Length > _options.MaxHtmlLength)
        {
            diagnostics.Add(Diagnostic.Warning($"page is {html.Length:N0} characters; only the first {_options.MaxHtmlLength:N0} were read", url));
            html = html[.._options.MaxHtmlLength];
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.Timeout);
        try
        {
            return Run(html, url, diagnostics, timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            diagnostics.Add(Diagnostic.Error($"extraction took longer than {_options.Timeout.TotalSeconds:0.#} s and was stopped", url));
            return new HtmlExtraction(string.Empty, ArticleMetadata.Empty.OrElse(new ArticleMetadata { Url = url }), [], diagnostics.ToImmutable());
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or FormatException or IndexOutOfRangeException
            or NotSupportedException or InsufficientExecutionStackException)
        {
            // AngleSharp or a pass tripped over something we did not foresee; report it rather than fail the batch.
            diagnostics.Add(Diagnostic.Error($"the page could not be read: {ex.Message}", url));
            return new HtmlExtraction(string.Empty, new ArticleMetadata { Url = url }, [], diagnostics.ToImmutable());
        }
    }

    private HtmlExtraction Run(string html, string? url, ImmutableArray<Diagnostic>.Builder diagnostics, CancellationToken cancellationToken)
    {
        var source = NestingGuard.Limit(html, trigger: 2 * _options.MaxDepth, cap: _options.MaxDepth, out var flattened);
        if (flattened)
        {
            diagnostics.Add(Diagnostic.Warning($"markup is nested far too deep; tags below level {_options.MaxDepth} were ignored", url));
        }

        using var document = PageParser.Parse(source, _options.MaxDepth);
        cancellationToken.ThrowIfCancellationRequested();

        var collector = new PageMetadataCollector();
        var tree = PageTree.Build(document, collector, _options.MaxDepth, cancellationToken);
        if (tree.DepthLimited)
        {
            diagnostics.Add(Diagnostic.Info($"elements nested deeper than {_options.MaxDepth} levels were flattened", url));
        }

        var jsonLd = JsonLdArticle.Read(PageParser.FindJsonLd(html, 32));
        if (jsonLd.Malformed > 0)
        {
            diagnostics.Add(Diagnostic.Info($"{jsonLd.Malformed} JSON-LD script(s) were not valid JSON and were ignored", url));
        }

        var metadata = MetadataResolver.Resolve(collector, jsonLd, FirstHeading(tree), url);

        var finder = new ContentFinder(tree, cancellationToken);
        var articleBody = jsonLd.ArticleBody is { } body && body.Contains('&', StringComparison.Ordinal) ? WebUtility.HtmlDecode(body) : jsonLd.ArticleBody;
        var bodyHint = _options.UseJsonLdArticleBody ? ArticleBodyHint.FindContainer(tree, articleBody, cancellationToken) : -1;
        Attempt? best = null;
        foreach (var flags in AttemptFlags)
        {
            var attempt = RunAttempt(finder, tree, flags, bodyHint, metadata.Title, cancellationToken);
            if (best is null || attempt.Writer.Length > best.Writer.Length)
            {
                best = attempt;
            }

            if (attempt.Writer.Length >= AcceptLength)
            {
                break;
            }
        }

        var text = string.Join("\n\n", best!.Writer.Blocks);
        if (text.Length == 0)
        {
            diagnostics.Add(Diagnostic.Warning("no article text found", url));
        }

        AddOutsideChrome(tree, finder, best.Selection, best.Removed);
        return new HtmlExtraction(text, metadata, [.. best.Removed.Items], diagnostics.ToImmutable());
    }

    private static readonly FinderFlags[] AttemptFlags =
    [
        FinderFlags.All,
        FinderFlags.WeightClasses | FinderFlags.CleanConditionally | FinderFlags.DropCaptions,
        FinderFlags.CleanConditionally | FinderFlags.DropCaptions,

        // Last resort for galleries and short pages: keep everything in the container, captions included.
        FinderFlags.None,
    ];

    private Attempt RunAttempt(ContentFinder finder, PageTree tree, FinderFlags flags, int bodyHint, string? title, CancellationToken cancellationToken)
    {
        var selection = finder.Find(flags, bodyHint);
        var removed = new RemovedCollector(tree, _options.MaxRemovedBlocks, _options.MaxRemovedLength);
        var writer = new BlockWriter(tree, removed, title, cancellationToken);
        writer.Write(selection);
        return new Attempt(selection, writer, removed);
    }

    /// <summary>Records the visible text outside the article (navigation, footers, sidebars) as removed.</summary>
    private static void AddOutsideChrome(PageTree tree, ContentFinder finder, ContentSelection selection, RemovedCollector removed)
    {
        var nodes = tree.Nodes;
        var lengths = tree.RawTextLengths();
        var roots = selection.Roots;
        var r = 0;
        for (var i = 1; i < tree.Count && r <= roots.Count;)
        {
            if (r < roots.Count && i == roots[r])
            {
                i = nodes[i].End;
                r++;
                continue;
            }

            ref var node = ref nodes[i];
            var containsRoot = r < roots.Count && roots[r] > i && roots[r] < node.End;
            if (containsRoot || lengths[i] < 15)
            {
                i++;
                continue;
            }

            var reason = finder.ReasonFor(i);
            if (reason == "boilerplate" && node.Tag != HtmlTag.Text && lengths[i] > 300 && node.End - i > 1)
            {
                // A generic wrapper: look inside for more specific chrome.
                i++;
                continue;
            }

            removed.Add(i, reason);
            i = node.End;
        }
    }

    private static string? FirstHeading(PageTree tree)
    {
        var nodes = tree.Nodes;
        for (var i = 0; i < tree.Count; i++)
        {
            if (nodes[i].Tag == HtmlTag.H1)
            {
                var text = tree.TextOf(i, 400);
                if (text.Length > 0)
                {
                    return text;
                }
            }
        }

        return null;
    }

    private sealed record Attempt(ContentSelection Selection, BlockWriter Writer, RemovedCollector Removed);
}
