using Parallax.Comparison.Stories;

namespace Parallax.Workers.Monitoring;

/// <summary>How politely and how often the monitor polls. Immutable.</summary>
public sealed record MonitorOptions
{
    /// <summary>The defaults: every 15 minutes, 2 s between requests to one host, backoff up to 6 hours.</summary>
    public static MonitorOptions Default { get; } = new();

    /// <summary>Time between polls of one feed when it is healthy.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>Least time between two requests to the same host (feeds and article pages alike).</summary>
    public TimeSpan HostDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>The first wait after a failure; doubled with each further failure in a row.</summary>
    public TimeSpan InitialBackoff { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>The longest wait after failures.</summary>
    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromHours(6);

    /// <summary>The most new articles read from one feed in one poll (the rest wait for the next poll).</summary>
    public int MaxNewItemsPerPoll { get; init; } = 200;

    /// <summary>Attempts at reading one article page before it is reported as given up (it stays listed in the state).</summary>
    public int MaxArticleAttempts { get; init; } = 8;

    /// <summary>How articles are assigned to stories.</summary>
    public StoryOptions Stories { get; init; } = StoryOptions.Default;
}
