using System.Collections.Immutable;
using System.Security.Cryptography;
using Parallax.Dossier;
using Parallax.Readers;
using Parallax.Readers.Web;
using Parallax.Server.Dossiers;
using Parallax.Server.Ingestion;
using Parallax.Server.Stories;
using Parallax.Storage;

namespace Parallax.Workers.Queue;

/// <summary>A message a step passes on: the stage it is for, its body, and an id (a hash of what it carries).</summary>
/// <param name="Stage">The next stage.</param>
/// <param name="Body">The JSON body.</param>
/// <param name="MessageId">A stable id: the same input gives the same id.</param>
public sealed record Outgoing(WorkStage Stage, byte[] Body, string MessageId)
{
    /// <summary>A message of <paramref name="message"/> for <paramref name="stage"/>.</summary>
    public static Outgoing Of<T>(WorkStage stage, T message)
    {
        var body = WorkMessages.Serialize(message);
        return new Outgoing(stage, body, Convert.ToHexStringLower(SHA256.HashData(body))[..32]);
    }
}

/// <summary>
/// The work of each stage, without the queue: a message in, the messages for the next stages out. Every step is
/// idempotent — running it twice on the same message changes the store as once: articles are stored once by content
/// hash, a dossier is only replaced by one of a later revision. Assignment is serialised across processes by the
/// store's assignment lock and within this one by a semaphore; dossier builds hold the story's lock. A message that
/// can never succeed throws <see cref="InvalidMessageException"/> (or any other error); an unreachable database throws
/// its <see cref="System.Data.Common.DbException"/>. Thread-safe.
/// </summary>
public sealed class WorkSteps : IDisposable
{
    private readonly ParallaxStore _store;
    private readonly WorkerOptions _options;
    private readonly TimeProvider _time;
    private readonly ArticleReader _reader;
    private readonly WebFetcher _fetcher;
    private readonly DossierBuilder _builder = new(pipeline: DossierDefaults.CreatePipeline(), stages: DossierDefaults.CreateStoryStages(), maxDegreeOfParallelism: 1);
    private readonly SemaphoreSlim _assignLock = new(1, 1);
    private DetectedStoryAssigner _assigner = new();
    private long _seenUpTo;
    private long _dossiersBuilt;
    private readonly Action<string>? _trace;

    /// <summary>Creates the steps over <paramref name="store"/> (PostgreSQL for several workers); <paramref name="trace"/> is told of each dossier built.</summary>
    public WorkSteps(ParallaxStore store, WorkerOptions options, TimeProvider? time = null, Action<string>? trace = null)
    {
        _trace = trace;
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        _store = store;
        _options = options;
        _time = time ?? TimeProvider.System;
        _reader = new ArticleReader(options.Reading);
        _fetcher = new WebFetcher(options.Reading);
    }

    /// <summary>How many dossiers this instance has built (refresh requests a build already covered are not counted).</summary>
    public long DossiersBuilt => Interlocked.Read(ref _dossiersBuilt);

    /// <summary>Runs the step of <paramref name="stage"/> on <paramref name="body"/>.</summary>
    public Task<IReadOnlyList<Outgoing>> RunAsync(WorkStage stage, ReadOnlyMemory<byte> body, CancellationToken cancellationToken) => stage switch
    {
        WorkStage.Fetch => FetchAsync(WorkMessages.Deserialize<FetchMessage>(body), cancellationToken),
        WorkStage.Extract => ExtractAsync(WorkMessages.Deserialize<ExtractMessage>(body), cancellationToken),
        WorkStage.Analyse => AnalyseAsync(WorkMessages.Deserialize<AnalyseMessage>(body), cancellationToken),
        WorkStage.Assign => AssignAsync(WorkMessages.Deserialize<AssignMessage>(body), cancellationToken),
        WorkStage.Refresh => RefreshAsync(WorkMessages.Deserialize<RefreshMessage>(body), cancellationToken),
        _ => throw new ArgumentOutOfRangeException(nameof(stage)),
    };

    /// <summary>Downloads the URL; the document goes to <see cref="WorkStage.Extract"/>.</summary>
    public async Task<IReadOnlyList<Outgoing>> FetchAsync(FetchMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (!Uri.TryCreate(message.Url?.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            throw new InvalidMessageException($"{message.Url}: not an absolute http(s) URL.");
        }

        var fetched = await _fetcher.FetchAsync(uri.AbsoluteUri, cancellationToken);
        if (fetched.Document is not { } document)
        {
            throw new InvalidMessageException($"{uri.AbsoluteUri}: {fetched.Error ?? "the download failed"}");
        }

        var mediaType = (document.MediaType ?? "application/octet-stream") + (document.Charset is { } charset ? "; charset=" + charset : string.Empty);
        return [Outgoing.Of(WorkStage.Extract, new ExtractMessage(document.Url.AbsoluteUri, document.Content, mediaType, RawInputKind.Url))];
    }

    /// <summary>Reads the document; each article in it goes to <see cref="WorkStage.Analyse"/>.</summary>
    public async Task<IReadOnlyList<Outgoing>> ExtractAsync(ExtractMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var content = message.Content ?? [];
        var result = await _reader.ReadDocumentAsync(message.Source ?? "queue", content, message.MediaType, cancellationToken);
        var articles = result.Articles.Where(a => !string.IsNullOrWhiteSpace(a.Text)).ToList();
        if (articles.Count == 0)
        {
            var reasons = string.Join("; ", result.Diagnostics.Select(d => d.Message));
            throw new InvalidMessageException($"{message.Source}: no article could be read" + (reasons.Length > 0 ? ": " + reasons : "."));
        }

        // One article keeps the document as its raw input; the articles of a feed or JSON Lines file keep their own text.
        var outgoing = new List<Outgoing>(articles.Count);
        foreach (var article in articles)
        {
            var raw = articles.Count == 1
                ? new RawMessage(message.Kind, content, message.MediaType)
                : new RawMessage(RawInputKind.Text, System.Text.Encoding.UTF8.GetBytes(article.Text), "text/plain; charset=utf-8");
            var read = message.Kind == RawInputKind.Url && article.Metadata.Url is null
                ? article.WithMetadata(article.Metadata with { Url = message.Source })
                : article;
            outgoing.Add(Outgoing.Of(WorkStage.Analyse, new AnalyseMessage(ArticleMessage.From(read), raw)));
        }

        return outgoing;
    }

    /// <summary>
    /// Analyses the article (its story signature: entities, key terms, date) within <see cref="WorkerOptions.MaxArticleChars"/>
    /// and <see cref="WorkerOptions.AnalysisTimeout"/>; the result goes to <see cref="WorkStage.Assign"/>.
    /// </summary>
    public async Task<IReadOnlyList<Outgoing>> AnalyseAsync(AnalyseMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var article = message.Article.ToArticle();
        if (article.Text.Length > _options.MaxArticleChars)
        {
            throw new InvalidMessageException(
                $"{article.Source}: the article has {article.Text.Length:N0} characters, over the analyser's limit of {_options.MaxArticleChars:N0} (--max-article-chars).");
        }

        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(_options.AnalysisTimeout);
        ImmutableArray<string> terms;
        try
        {
            terms = await Task.Run(() => _assigner.Signature(article, limit.Token), limit.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new InvalidMessageException($"{article.Source}: the analysis took longer than {_options.AnalysisTimeout.TotalSeconds:0.#} s (--analysis-timeout).");
        }

        return [Outgoing.Of(WorkStage.Assign, new AssignMessage(message.Article, message.Raw, terms))];
    }

    /// <summary>
    /// Stores the article once and assigns it to a story: under the store's assignment lock, this worker's story
    /// detector catches up with the articles other workers stored (in their order), chooses, and the article and its
    /// membership are committed together. The story's refresh goes to <see cref="WorkStage.Refresh"/> — also when the
    /// article was stored already (a redelivered message), so a crash between commit and publish loses no refresh.
    /// </summary>
    public async Task<IReadOnlyList<Outgoing>> AssignAsync(AssignMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var article = message.Article.ToArticle();
        if (string.IsNullOrWhiteSpace(article.Text))
        {
            throw new InvalidMessageException($"{article.Source}: the article has no text.");
        }

        var terms = message.Terms.IsDefault ? [] : message.Terms;
        var stored = new NewArticle(article, message.Raw.ToRaw(), terms);
        ArticleAdded added;
        await _assignLock.WaitAsync(cancellationToken);
        try
        {
            var chose = false;
            try
            {
                added = await _store.AddArticleExclusiveAsync(stored, _seenUpTo, since =>
                {
                    foreach (var other in since)
                    {
                        _assigner.Learn(other.Terms, other.StoryId);
                        _seenUpTo = other.ArticleId;
                    }

                    chose = true;
                    var storyId = _assigner.Choose(terms);
                    return storyId is { } id ? StoryChoice.Existing(id) : StoryChoice.New(ArticleIngestion.StoryLabel(article));
                }, cancellationToken);
            }
            catch when (chose)
            {
                // The detector took in an article that was not committed: start again from the store next time.
                _assigner = new DetectedStoryAssigner();
                _seenUpTo = 0;
                throw;
            }

            if (added.Created)
            {
                _assigner.Learn(terms, added.StoryId);
                _seenUpTo = added.ArticleId;
            }
        }
        finally
        {
            _assignLock.Release();
        }

        return [Outgoing.Of(WorkStage.Refresh, new RefreshMessage(added.StoryId, added.StoryRevision))];
    }

    /// <summary>
    /// Rebuilds the story's dossier unless one of the requested revision or later is stored, holding the story's lock
    /// so two workers never build one story at once; requests that a build already covered cost one read.
    /// </summary>
    public async Task<IReadOnlyList<Outgoing>> RefreshAsync(RefreshMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        await using var storyLock = await _store.LockStoryAsync(message.StoryId, cancellationToken);
        if (await _store.GetDossierRevisionAsync(message.StoryId, cancellationToken) is { } revision && revision >= message.Revision)
        {
            return [];
        }

        try
        {
            var started = _time.GetTimestamp();
            var built = await DossierWorker.BuildStoredAsync(_store, _builder, message.StoryId, _options.DossierTimeout, _time, cancellationToken);
            Interlocked.Increment(ref _dossiersBuilt);
            if (built is { } b)
            {
                _trace?.Invoke(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"refresh: built the dossier of story {message.StoryId} (revision {b.Dossier.Revision}, {b.Articles} articles) in {_time.GetElapsedTime(started).TotalMilliseconds:0} ms"));
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new InvalidMessageException($"story {message.StoryId}: the dossier took longer than {_options.DossierTimeout.TotalSeconds:0.#} s to build.");
        }

        return [];
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _assignLock.Dispose();
    }
}
