using System.Collections.Immutable;
using System.Text;
using Parallax.Comparison.Stories;
using Parallax.Model;
using Parallax.Readers;
using Parallax.Readers.Decoding;
using Parallax.Readers.Feeds;
using Parallax.Readers.Web;

namespace Parallax.Workers.Monitoring;

/// <summary>What one round of polling did.</summary>
/// <param name="FeedsPolled">Feeds requested this round.</param>
/// <param name="FeedsFailed">Feeds that failed (each reported and scheduled for a retry).</param>
/// <param name="ArticlesAssigned">New articles read and assigned to stories.</param>
/// <param name="ArticlesPending">Article pages waiting for a retry.</param>
/// <param name="NextDue">When the next feed or retry is due.</param>
public sealed record PollRound(int FeedsPolled, int FeedsFailed, int ArticlesAssigned, int ArticlesPending, DateTimeOffset NextDue);

/// <summary>
/// Follows feeds: polls each RSS/Atom feed when due with a conditional GET (<c>If-None-Match</c> /
/// <c>If-Modified-Since</c>), waits <see cref="MonitorOptions.HostDelay"/> between requests to one host, backs off
/// exponentially (or as <c>Retry-After</c> asks) after failures, reads each new item's page through the guarded
/// <see cref="ArticleReader"/> (the item's own content when the page cannot be read), digests it, assigns it to a story with a
/// <see cref="StoryAssigner"/> and records it in the <see cref="StateDirectory"/> at once. Failing feeds and pages are
/// reported as <see cref="MonitorEvent"/>s and retried; nothing is dropped silently. Time comes from the injected
/// <see cref="TimeProvider"/>. Not thread-safe: one round at a time.
/// </summary>
public sealed class FeedMonitor
{
    private readonly MonitorOptions _options;
    private readonly ReaderOptions _readerOptions;
    private readonly StateDirectory _state;
    private readonly TimeProvider _time;
    private readonly Action<MonitorEvent> _report;
    private readonly ArticleReader _reader;
    private readonly WebFetcher _fetcher;
    private readonly Pipeline.Pipeline _pipeline = ArticleDigester.CreatePipeline();
    private readonly StoryAssigner _assigner;
    private readonly List<string> _sources = [];
    private readonly List<FeedState> _feeds;
    private readonly List<PendingArticle> _pending;
    private readonly Dictionary<string, DateTimeOffset> _lastRequestByHost = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Creates a monitor for <paramref name="feeds"/>, resuming the state in <paramref name="state"/> (feeds no longer
    /// listed are forgotten; their articles stay in their stories).
    /// </summary>
    public FeedMonitor(
        IReadOnlyList<string> feeds,
        StateDirectory state,
        MonitorOptions? options = null,
        ReaderOptions? readerOptions = null,
        TimeProvider? time = null,
        Action<MonitorEvent>? report = null)
    {
        ArgumentNullException.ThrowIfNull(feeds);
        ArgumentNullException.ThrowIfNull(state);
        _options = options ?? MonitorOptions.Default;
        _readerOptions = readerOptions ?? ReaderOptions.Default;
        _state = state;
        _time = time ?? TimeProvider.System;
        _report = report ?? (static _ => { });
        _reader = new ArticleReader(_readerOptions);
        _fetcher = new WebFetcher(_readerOptions);
        _assigner = new StoryAssigner(_options.Stories);

        var (saved, pending) = state.LoadFeeds();
        _feeds = [.. feeds.Select(url => saved.Find(f => f.Url == url) ?? new FeedState(url))];
        _pending = [.. pending.Where(p => _feeds.Exists(f => f.Url == p.Feed))];
        var (articles, _) = state.LoadArticles();
        foreach (var (digest, feed) in articles)
        {
            _assigner.Assign(digest);
            _sources.Add(digest.Source);
            if (_feeds.Find(f => f.Url == feed) is { } known && !known.Seen.Contains(digest.Source))
            {
                known.Remember(digest.Source); // feeds.json lost or older than the articles: never read an article twice
            }
        }
    }

    /// <summary>The feeds followed, with their current state.</summary>
    public IReadOnlyList<FeedState> Feeds => _feeds;

    /// <summary>Article pages waiting for a retry (or given up).</summary>
    public IReadOnlyList<PendingArticle> Pending => _pending;

    /// <summary>The current stories.</summary>
    public ImmutableArray<Story> Stories() => _assigner.Stories();

    /// <summary>The source of the article at arrival position <paramref name="article"/>.</summary>
    public string SourceOf(int article) => _sources[article];

    /// <summary>Polls every feed that is due and retries every page that is due; saves the state.</summary>
    /// <exception cref="OperationCanceledException">When <paramref name="cancellationToken"/> is cancelled (state saved so far stays).</exception>
    public async Task<PollRound> PollOnceAsync(CancellationToken cancellationToken = default)
    {
        int polled = 0, failed = 0, assigned = 0;
        try
        {
            foreach (var feed in _feeds)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (feed.NextPoll > _time.GetUtcNow())
                {
                    continue;
                }

                polled++;
                var (ok, count) = await PollFeedAsync(feed, cancellationToken).ConfigureAwait(false);
                failed += ok ? 0 : 1;
                assigned += count;
            }

            foreach (var page in _pending.ToList())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (!page.GivenUp && page.NextAttempt <= _time.GetUtcNow())
                {
                    var item = new FeedItem(0, page.Title, page.Link, null, page.Published, null, null);
                    if (await ReadItemAsync(page.Feed, item, page, cancellationToken).ConfigureAwait(false))
                    {
                        _pending.Remove(page);
                        assigned++;
                    }
                }
            }
        }
        finally
        {
            Save();
        }

        return new PollRound(polled, failed, assigned, _pending.Count(p => !p.GivenUp), NextDue());
    }

    /// <summary>Polls until <paramref name="cancellationToken"/> is cancelled, sleeping until the next feed or retry is due.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            var round = await PollOnceAsync(cancellationToken).ConfigureAwait(false);
            var wait = round.NextDue - _time.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private DateTimeOffset NextDue()
    {
        var due = _feeds.Count == 0 ? _time.GetUtcNow() + _options.PollInterval : _feeds.Min(f => f.NextPoll);
        foreach (var page in _pending)
        {
            if (!page.GivenUp && page.NextAttempt < due)
            {
                due = page.NextAttempt;
            }
        }

        return due;
    }

    private async Task<(bool Ok, int Assigned)> PollFeedAsync(FeedState feed, CancellationToken cancellationToken)
    {
        await WaitForHostAsync(feed.Url, cancellationToken).ConfigureAwait(false);
        var result = await _fetcher.FetchAsync(feed.Url, new FetchConditions(feed.ETag, feed.LastModified), cancellationToken).ConfigureAwait(false);
        MarkHostDone(feed.Url);
        if (result.NotModified)
        {
            Healthy(feed);
            _report(new MonitorEvent(MonitorEventKind.FeedNotModified, feed.Url, "not modified"));
            return (true, 0);
        }

        if (result.Document is not { } document)
        {
            FeedFailed(feed, result.Error ?? "no document", result.RetryAfter);
            return (false, 0);
        }

        var decoded = TextDecoder.Decode(document.Content, document.Charset);
        var parsed = decoded.Text is { } xml ? FeedParser.Parse(xml, _readerOptions.MaxItemsPerInput, cancellationToken) : null;
        if (parsed is null || parsed.Error is not null)
        {
            FeedFailed(feed, parsed?.Error ?? decoded.Error ?? "unreadable feed", null);
            return (false, 0);
        }

        feed.ETag = document.ETag;
        feed.LastModified = document.LastModified;
        Healthy(feed);
        var fresh = parsed.Items.Where(i => !feed.Seen.Contains(Key(i))).Take(_options.MaxNewItemsPerPoll).ToList();
        _report(new MonitorEvent(MonitorEventKind.FeedFetched, feed.Url, $"{parsed.Items.Length} item(s), {fresh.Count} new"));
        var assigned = 0;
        foreach (var raw in fresh)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var item = raw.Link is { } link && Uri.TryCreate(document.Url, link, out var absolute) ? raw with { Link = absolute.AbsoluteUri } : raw;
            feed.Remember(Key(raw));
            if (await ReadItemAsync(feed.Url, item, null, cancellationToken).ConfigureAwait(false))
            {
                assigned++;
            }
        }

        return (true, assigned);
    }

    private async Task<bool> ReadItemAsync(string feedUrl, FeedItem item, PendingArticle? retry, CancellationToken cancellationToken)
    {
        Article? article = null;
        string? error = null;
        var isPage = item.Link is { } link && Uri.TryCreate(link, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";
        if (isPage)
        {
            await WaitForHostAsync(item.Link!, cancellationToken).ConfigureAwait(false);
            await foreach (var result in _reader.ReadAllAsync([item.Link!], cancellationToken).ConfigureAwait(false))
            {
                article = result.Articles.FirstOrDefault();
                error ??= result.Diagnostics.FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error)?.Message ?? (article is null ? "no article found" : null);
            }

            MarkHostDone(item.Link!);
        }

        var content = item.Content ?? item.Summary;
        if (article is null && content is not null)
        {
            var source = item.Link ?? $"{feedUrl}#{Key(item)}";
            var fromFeed = await _reader.ReadDocumentAsync(
                source, Encoding.UTF8.GetBytes(content.Value), content.IsHtml ? "text/html; charset=utf-8" : "text/plain; charset=utf-8", cancellationToken)
                .ConfigureAwait(false);
            article = fromFeed.Articles.FirstOrDefault();
            error = article is null ? fromFeed.Diagnostics.FirstOrDefault()?.Message ?? error : null;
        }

        if (article is null)
        {
            PageFailed(feedUrl, item, retry, error ?? "no article found", isPage);
            return false;
        }

        article = article.WithMetadata(article.Metadata.OrElse(new ArticleMetadata { Title = item.Title, Published = item.Published, Author = item.Author }));
        var digest = ArticleDigester.Digest(article, _pipeline, cancellationToken);
        var assignment = _assigner.Assign(digest);
        _sources.Add(digest.Source);
        _state.AppendArticle(digest, feedUrl, assignment.StoryId);
        var label = _assigner.Stories().First(s => s.Id == assignment.StoryId).Label;
        _report(new MonitorEvent(
            MonitorEventKind.ArticleAssigned, feedUrl, $"{(assignment.IsNewStory ? "new story" : "joins")} {assignment.StoryId}: {label}", digest.Source, assignment.StoryId));
        return true;
    }

    private void PageFailed(string feedUrl, FeedItem item, PendingArticle? retry, string error, bool retryable)
    {
        var page = retry ?? new PendingArticle(feedUrl, item.Link ?? $"{feedUrl}#{Key(item)}") { Title = item.Title, Published = item.Published };
        if (retry is null)
        {
            _pending.Add(page);
        }

        page.Attempts++;
        page.LastError = error;
        if (!retryable || page.Attempts >= _options.MaxArticleAttempts)
        {
            page.GivenUp = true;
            _report(new MonitorEvent(MonitorEventKind.ArticleGivenUp, feedUrl, $"given up after {page.Attempts} attempt(s): {error}", page.Link));
            return;
        }

        var wait = Backoff(page.Attempts);
        page.NextAttempt = _time.GetUtcNow() + wait;
        _report(new MonitorEvent(MonitorEventKind.ArticleFailed, feedUrl, $"{error}; retry in {wait}", page.Link));
    }

    private void FeedFailed(FeedState feed, string error, TimeSpan? retryAfter)
    {
        feed.Failures++;
        feed.LastError = error;
        var wait = Backoff(feed.Failures);
        if (retryAfter is { } asked && asked > wait)
        {
            wait = asked < _options.MaxBackoff ? asked : _options.MaxBackoff;
        }

        feed.NextPoll = _time.GetUtcNow() + wait;
        _report(new MonitorEvent(MonitorEventKind.FeedFailed, feed.Url, $"{error} (failure {feed.Failures} in a row); retry in {wait}"));
    }

    private void Healthy(FeedState feed)
    {
        feed.Failures = 0;
        feed.LastError = null;
        feed.NextPoll = _time.GetUtcNow() + _options.PollInterval;
    }

    private TimeSpan Backoff(int failures)
    {
        var ticks = _options.InitialBackoff.Ticks * Math.Pow(2, Math.Min(failures - 1, 30));
        return ticks >= _options.MaxBackoff.Ticks ? _options.MaxBackoff : TimeSpan.FromTicks((long)ticks);
    }

    private async Task WaitForHostAsync(string url, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return;
        }

        var host = uri.Authority;
        if (_lastRequestByHost.TryGetValue(host, out var last))
        {
            var wait = last + _options.HostDelay - _time.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
            }
        }

        _lastRequestByHost[host] = _time.GetUtcNow();
    }

    /// <summary>
    /// Restarts the host's delay when a request to it has finished, so the delay separates the end of one request
    /// from the start of the next even when a request is slow (a cold connection, a slow server).
    /// </summary>
    private void MarkHostDone(string url)
    {
        if (Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            _lastRequestByHost[uri.Authority] = _time.GetUtcNow();
        }
    }

    private void Save()
    {
        _state.SaveFeeds(_feeds, _pending);
        _state.SaveStories(_assigner.Stories(), _sources);
    }

    private static string Key(FeedItem item) => item.Link ?? ("title:" + (item.Title ?? string.Empty) + "|" + item.Published);
}
