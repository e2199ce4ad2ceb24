namespace Parallax.Workers.Monitoring;

/// <summary>What a <see cref="MonitorEvent"/> reports.</summary>
public enum MonitorEventKind
{
    /// <summary>A feed answered with content.</summary>
    FeedFetched,

    /// <summary>A feed answered 304 Not Modified.</summary>
    FeedNotModified,

    /// <summary>A feed could not be fetched or parsed; it will be retried after a backoff.</summary>
    FeedFailed,

    /// <summary>A new article was read and assigned to a story.</summary>
    ArticleAssigned,

    /// <summary>An article page could not be read; it will be retried.</summary>
    ArticleFailed,

    /// <summary>An article page failed <see cref="MonitorOptions.MaxArticleAttempts"/> times; it stays listed as failed.</summary>
    ArticleGivenUp,
}

/// <summary>One thing that happened while monitoring. Immutable.</summary>
/// <param name="Kind">What happened.</param>
/// <param name="Feed">The feed URL concerned.</param>
/// <param name="Message">A readable account ("HTTP 503 …; retry in 00:04:00", "s3: Lindsay Lohan / rehab").</param>
/// <param name="Article">The article's source, for article events.</param>
/// <param name="StoryId">The story an assigned article went to.</param>
public sealed record MonitorEvent(MonitorEventKind Kind, string Feed, string Message, string? Article = null, string? StoryId = null);
