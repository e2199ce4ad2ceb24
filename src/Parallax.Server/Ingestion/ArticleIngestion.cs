using System.Collections.Immutable;
using System.Text;
using Parallax.Model;
using Parallax.Readers;
using Parallax.Readers.Web;
using Parallax.Server.Dossiers;
using Parallax.Server.Stories;
using Parallax.Storage;

namespace Parallax.Server.Ingestion;

/// <summary>What came of adding an article: stored (or found stored), or refused with an HTTP status and a reason.</summary>
/// <param name="Added">The stored article and its story; null when refused.</param>
/// <param name="Status">The HTTP status of a refusal (400, 422).</param>
/// <param name="Title">A short title of a refusal.</param>
/// <param name="Detail">What was wrong.</param>
public sealed record IngestOutcome(ArticleAdded? Added, int Status, string? Title, string? Detail)
{
    internal static IngestOutcome Refused(int status, string title, string detail) => new(null, status, title, detail);
}

/// <summary>
/// Adds articles to the store: reads the posted text or HTML, or downloads the URL through the SSRF-guarded
/// <see cref="WebFetcher"/>, keeps the raw input, finds the story (<see cref="IStoryAssigner"/>), stores article and
/// membership in one transaction, and queues the story's dossier for recomputation. Articles are added one at a time
/// (reading and downloading happen outside that lock), so an article is stored once and joins exactly one story.
/// Thread-safe.
/// </summary>
public sealed class ArticleIngestion : IDisposable
{
    private const int MaxLabelLength = 120;

    private readonly ParallaxStore _store;
    private readonly DossierQueue _queue;
    private readonly IStoryAssigner _assigner;
    private readonly ArticleReader _reader;
    private readonly WebFetcher _fetcher;
    private readonly SemaphoreSlim _addLock = new(1, 1);

    /// <summary>Creates the ingestion over <paramref name="store"/>.</summary>
    public ArticleIngestion(ParallaxStore store, IStoryAssigner assigner, DossierQueue queue, ServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _store = store;
        _queue = queue;
        _assigner = assigner;
        _reader = new ArticleReader(options.Reading);
        _fetcher = new WebFetcher(options.Reading);
    }

    /// <summary>Reads and stores the article <paramref name="request"/> describes.</summary>
    /// <exception cref="OperationCanceledException">When <paramref name="cancellationToken"/> is cancelled before the article is stored.</exception>
    public async Task<IngestOutcome> AddAsync(AddArticleRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (article, raw, refusal) = await ReadAsync(request, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        // A repeat is answered before the article is analysed for its story (checked again under the lock).
        var hash = ContentHash.Of(article!.Text);
        if (await _store.FindByHashAsync(hash, cancellationToken) is { } stored)
        {
            return new IngestOutcome(stored, 0, null, null);
        }

        var terms = _assigner.Signature(article, cancellationToken);
        await _addLock.WaitAsync(cancellationToken);
        ArticleAdded added;
        try
        {
            if (await _store.FindByHashAsync(hash, CancellationToken.None) is { } existing)
            {
                return new IngestOutcome(existing, 0, null, null);
            }

            var storyId = _assigner.Choose(terms);
            var choice = storyId is { } id ? StoryChoice.Existing(id) : StoryChoice.New(StoryLabel(article));

            // Not cancellable once started: the assigner must learn every stored article.
            added = await _store.AddArticleAsync(new NewArticle(article, raw!, terms), choice, CancellationToken.None);
            if (added.Created)
            {
                _assigner.Learn(terms, added.StoryId);
            }
        }
        finally
        {
            _addLock.Release();
        }

        _queue.Enqueue(added.StoryId);
        return new IngestOutcome(added, 0, null, null);
    }

    private async Task<(Article? Article, RawInput? Raw, IngestOutcome? Refusal)> ReadAsync(AddArticleRequest request, CancellationToken cancellationToken)
    {
        byte[] bytes;
        string mediaType;
        string readAs;
        switch (request.Kind)
        {
            case RawInputKind.Text:
                bytes = Encoding.UTF8.GetBytes(request.Value);
                mediaType = "text/plain; charset=utf-8";
                readAs = request.Source ?? "api";
                break;
            case RawInputKind.Html:
                bytes = Encoding.UTF8.GetBytes(request.Value);
                mediaType = "text/html; charset=utf-8";
                readAs = request.Source is { } s && IsWebAddress(s) ? s : "api";
                break;
            default:
                if (!Uri.TryCreate(request.Value.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
                {
                    return (null, null, IngestOutcome.Refused(400, "Not an http(s) URL", $"\"url\" must be an absolute http or https URL."));
                }

                var fetched = await _fetcher.FetchAsync(uri.AbsoluteUri, cancellationToken);
                if (fetched.Document is not { } document)
                {
                    return (null, null, IngestOutcome.Refused(422, "URL refused or unreadable", fetched.Error ?? "The download failed."));
                }

                bytes = document.Content;
                mediaType = (document.MediaType ?? "application/octet-stream") + (document.Charset is { } charset ? "; charset=" + charset : string.Empty);
                readAs = document.Url.AbsoluteUri;
                break;
        }

        var result = await _reader.ReadDocumentAsync(readAs, bytes, mediaType, cancellationToken);
        if (result.Failed)
        {
            var reasons = string.Join("; ", result.Diagnostics.Select(d => d.Message));
            return (null, null, IngestOutcome.Refused(422, "No article could be read", reasons.Length > 0 ? reasons : "The input holds no article."));
        }

        if (result.Articles.Length > 1)
        {
            return (null, null, IngestOutcome.Refused(422, "More than one article",
                $"The input holds {result.Articles.Length} articles (a feed or JSON Lines); post them one at a time."));
        }

        var article = result.Articles[0];
        if (string.IsNullOrWhiteSpace(article.Text))
        {
            return (null, null, IngestOutcome.Refused(422, "No article text", "No article text was found in the input."));
        }

        var source = request.Source ?? (request.Kind == RawInputKind.Url ? readAs : article.Source);
        var metadata = request.Kind == RawInputKind.Url ? article.Metadata with { Url = article.Metadata.Url ?? readAs } : article.Metadata;
        article = new Article(source, article.Text, metadata, article.Removed, article.Diagnostics);
        return (article, new RawInput(request.Kind, ImmutableArray.Create(bytes), mediaType), null);
    }

    /// <inheritdoc/>
    public void Dispose() => _addLock.Dispose();

    private static bool IsWebAddress(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";

    /// <summary>The label of a story that <paramref name="article"/> starts: its headline, else its first line, shortened to 120 characters.</summary>
    public static string StoryLabel(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var label = article.Metadata.Title;
        if (string.IsNullOrWhiteSpace(label))
        {
            var text = article.Text.AsSpan().Trim();
            var end = text.IndexOfAny('\n', '\r');
            label = (end > 0 ? text[..end] : text).ToString();
        }

        label = label.Trim();
        if (label.Length > MaxLabelLength)
        {
            var cut = label.LastIndexOf(' ', MaxLabelLength);
            label = label[..(cut > MaxLabelLength / 2 ? cut : MaxLabelLength)] + "…";
        }

        return label.Length > 0 ? label : "Untitled story";
    }
}
