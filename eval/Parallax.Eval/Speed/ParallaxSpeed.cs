using System.Diagnostics;
using Parallax.Readers.Html;

namespace Parallax.Eval.Speed;

/// <summary>Times <see cref="HtmlArticleExtractor.Extract"/> in this process, with the same protocol as the peer scripts.</summary>
internal static class ParallaxSpeed
{
    public const string Tool = "Parallax";

    /// <summary>
    /// Warms up on the first <paramref name="warmupPages"/> pages, then times <paramref name="passes"/> passes over all
    /// pages on this thread. Skipped (with the first error) when the extractor throws on every warm-up page.
    /// </summary>
    public static ToolRun Measure(IReadOnlyList<string> pages, int passes, int warmupPages, CancellationToken cancellationToken)
    {
        var extractor = new HtmlArticleExtractor();

        var warmup = new Tally();
        var warmupCount = Math.Min(warmupPages, pages.Count);
        for (var i = 0; i < warmupCount; i++)
        {
            Extract(extractor, pages[i], warmup, cancellationToken);
        }

        if (warmupCount > 0 && warmup.Errors == warmupCount)
        {
            return ToolRun.Skip(Tool, $"HtmlArticleExtractor threw on every warm-up page: {warmup.FirstError}");
        }

        using var process = Process.GetCurrentProcess();
        var results = new List<(double Seconds, double CpuSeconds, Tally Tally, long Allocated)>(passes);
        for (var p = 0; p < passes; p++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();

            var tally = new Tally();
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var start = Stopwatch.GetTimestamp();
            for (var i = 0; i < pages.Count; i++)
            {
                Extract(extractor, pages[i], tally, cancellationToken);
            }

            var seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
            process.Refresh();
            var cpuSeconds = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
            results.Add((seconds, cpuSeconds, tally, GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore));
        }

        var middle = (results.Count - 1) / 2;
        var median = results.OrderBy(r => r.Seconds).ElementAt(middle);
        var medianCpu = results.Select(r => r.CpuSeconds).Order().ElementAt(middle);
        if (median.Tally.Errors == pages.Count)
        {
            return ToolRun.Skip(Tool, $"HtmlArticleExtractor threw on every page: {median.Tally.FirstError}");
        }

        process.Refresh();
        var assembly = typeof(HtmlArticleExtractor).Assembly.GetName();
        var speed = new ToolSpeed(
            Tool,
            pages.Count,
            median.Seconds,
            process.PeakWorkingSet64 / (1024.0 * 1024.0),
            results.Select(r => r.Seconds).ToArray(),
            median.Tally.Errors,
            median.Tally.Chars,
            $"{assembly.Name} {assembly.Version}, .NET {Environment.Version}")
        {
            CpuSeconds = medianCpu,
            PassCpuSeconds = results.Select(r => r.CpuSeconds).ToArray(),
            AllocatedBytesPerPage = (double)median.Allocated / pages.Count,
        };
        return ToolRun.Measured(speed);
    }

    private static void Extract(HtmlArticleExtractor extractor, string html, Tally tally, CancellationToken cancellationToken)
    {
        try
        {
            tally.Chars += extractor.Extract(html, null, cancellationToken).Text.Length;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The extractor's contract is never to throw on bad input; count it and go on, as the peers do.
            tally.Errors++;
            tally.FirstError ??= $"{e.GetType().Name}: {e.Message}";
        }
    }

    private sealed class Tally
    {
        public long Chars { get; set; }

        public int Errors { get; set; }

        public string? FirstError { get; set; }
    }
}
