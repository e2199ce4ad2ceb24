namespace Parallax.Eval.Speed;

/// <summary>How fast one tool extracted the benchmark pages, single-threaded, median of its timed passes.</summary>
/// <param name="Tool">Display name: Parallax, Readability.js, readability-lxml.</param>
/// <param name="Pages">Pages in one pass.</param>
/// <param name="Seconds">Duration of the median pass.</param>
/// <param name="PeakRssMb">Peak resident set size of the whole process, in MiB (includes the pages held in memory).</param>
/// <param name="PassSeconds">Every timed pass, in run order.</param>
/// <param name="Errors">Pages the tool failed on in the median pass.</param>
/// <param name="OutputChars">Characters of article text (or summary HTML) produced in the median pass: a sanity check that work was done.</param>
/// <param name="Versions">Tool and runtime versions.</param>
internal sealed record ToolSpeed(
    string Tool,
    int Pages,
    double Seconds,
    double PeakRssMb,
    IReadOnlyList<double> PassSeconds,
    int Errors,
    long OutputChars,
    string Versions)
{
    public double PagesPerSecond => Seconds > 0 ? Pages / Seconds : 0;

    /// <summary>Process CPU time (user + system, all threads) of the median pass by CPU time; null if not reported.</summary>
    public double? CpuSeconds { get; init; }

    /// <summary>CPU time of every timed pass, in run order.</summary>
    public IReadOnlyList<double> PassCpuSeconds { get; init; } = [];

    /// <summary>Pages per CPU-second: less sensitive than <see cref="PagesPerSecond"/> to other work on a busy machine.</summary>
    public double? PagesPerCpuSecond => CpuSeconds is > 0 and var cpu ? Pages / cpu : null;

    /// <summary>Managed bytes allocated per page (Parallax only).</summary>
    public double? AllocatedBytesPerPage { get; init; }
}

/// <summary>The outcome for one tool: its speed, or why it was not measured.</summary>
internal sealed record ToolRun(string Tool, ToolSpeed? Speed, string? Skipped)
{
    public static ToolRun Measured(ToolSpeed speed) => new(speed.Tool, speed, null);

    public static ToolRun Skip(string tool, string reason) => new(tool, null, reason);
}
