using Parallax.Readers;

namespace Parallax.Workers.Queue;

/// <summary>Settings of a queue worker. Immutable.</summary>
public sealed record WorkerOptions
{
    /// <summary>The defaults.</summary>
    public static WorkerOptions Default { get; } = new();

    /// <summary>Which stages this worker consumes; every stage by default.</summary>
    public IReadOnlySet<WorkStage> Stages { get; init; } = new HashSet<WorkStage>(WorkQueues.Stages);

    /// <summary>How many messages of each stage one worker processes at once (assignment is always one at a time). Default: the number of cores.</summary>
    public int Concurrency { get; init; } = Environment.ProcessorCount;

    /// <summary>Articles longer than this (UTF-16 characters) are refused by the analyser and dead-lettered. Default 2,000,000.</summary>
    public int MaxArticleChars { get; init; } = 2_000_000;

    /// <summary>Time allowed to analyse one article; longer is an error (dead-lettered). Default 60 s.</summary>
    public TimeSpan AnalysisTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Time allowed to build one dossier. Default 5 min.</summary>
    public TimeSpan DossierTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>How long a step is retried in place while the database or broker is unreachable before the message goes back to its queue. Default 5 min.</summary>
    public TimeSpan MaxRetryTime { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Whether to report every message done and every dossier built. Default false.</summary>
    public bool Verbose { get; init; }

    /// <summary>Limits and network switches for fetching and reading documents.</summary>
    public ReaderOptions Reading { get; init; } = ReaderOptions.Default;
}
