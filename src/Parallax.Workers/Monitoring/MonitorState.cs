namespace Parallax.Workers.Monitoring;

/// <summary>What the monitor knows about one feed between polls. Mutable; owned by one <see cref="FeedMonitor"/>.</summary>
public sealed class FeedState
{
    /// <summary>The most item keys remembered per feed (older ones have left the feed long before).</summary>
    internal const int MaxSeen = 5000;

    /// <summary>Creates the state of a feed not yet polled.</summary>
    public FeedState(string url) => Url = url;

    /// <summary>The feed's URL.</summary>
    public string Url { get; }

    /// <summary>The last <c>ETag</c> the feed sent.</summary>
    public string? ETag { get; set; }

    /// <summary>The last <c>Last-Modified</c> the feed sent.</summary>
    public DateTimeOffset? LastModified { get; set; }

    /// <summary>When the feed is due to be polled next.</summary>
    public DateTimeOffset NextPoll { get; set; }

    /// <summary>Failures in a row (0 when the last poll succeeded).</summary>
    public int Failures { get; set; }

    /// <summary>Why the last poll failed, or null.</summary>
    public string? LastError { get; set; }

    /// <summary>Keys (links, else titles) of the items already taken, oldest first.</summary>
    public List<string> Seen { get; } = [];

    internal void Remember(string key)
    {
        Seen.Add(key);
        if (Seen.Count > MaxSeen)
        {
            Seen.RemoveRange(0, Seen.Count - MaxSeen);
        }
    }
}

/// <summary>An article page that could not be read yet: retried with backoff, never dropped. Mutable.</summary>
public sealed class PendingArticle
{
    /// <summary>Creates a pending article.</summary>
    public PendingArticle(string feed, string link) => (Feed, Link) = (feed, link);

    /// <summary>The feed that listed it.</summary>
    public string Feed { get; }

    /// <summary>The page's URL.</summary>
    public string Link { get; }

    /// <summary>The feed item's headline.</summary>
    public string? Title { get; set; }

    /// <summary>The feed item's date.</summary>
    public DateOnly? Published { get; set; }

    /// <summary>Attempts so far.</summary>
    public int Attempts { get; set; }

    /// <summary>When to try again.</summary>
    public DateTimeOffset NextAttempt { get; set; }

    /// <summary>Why the last attempt failed.</summary>
    public string? LastError { get; set; }

    /// <summary>True once <see cref="MonitorOptions.MaxArticleAttempts"/> attempts failed: kept and reported, not retried.</summary>
    public bool GivenUp { get; set; }
}
