using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Parallax.Eval.Speed;

/// <summary>
/// <c>Parallax.Eval speed</c>: extraction speed of Parallax's HtmlArticleExtractor side by side with Mozilla Readability
/// (node + jsdom) and readability-lxml (python + lxml), in one run, on the same pages, with the same protocol: pages
/// decompressed into memory first, a warm-up, then single-threaded timed passes with the median reported.
/// </summary>
public static class ExtractionSpeedCommand
{
    /// <summary>How many times faster than each peer Parallax should be (from the issue).</summary>
    private static readonly (string Peer, double Target)[] Targets =
    [
        (PeerSpeed.ReadabilityJs, 10),
        (PeerSpeed.ReadabilityLxml, 2),
    ];

    /// <summary>
    /// Runs the comparison and prints a table (or JSON with <c>--json</c>). Returns 0 when it ran or was skipped because
    /// the data set is absent, 2 on bad arguments. Peers that are not installed are skipped with the fix.
    /// </summary>
    public static int Run(string[] args)
    {
        var options = SpeedOptions.Parse(args, out var error);
        if (options is null)
        {
            Console.Error.WriteLine(error);
            Console.Error.WriteLine(SpeedOptions.Usage);
            return 2;
        }

        if (options.Help)
        {
            Console.WriteLine(SpeedOptions.Usage);
            return 0;
        }

        var repoRoot = BenchmarkPages.FindRepositoryRoot();
        var dataDirectory = options.DataDirectory is not null
            ? Path.GetFullPath(options.DataDirectory)
            : repoRoot is not null ? Path.GetFullPath(Path.Combine(repoRoot, BenchmarkPages.DefaultRelativeDirectory)) : null;
        if (dataDirectory is null)
        {
            return Skip(options, "cannot find the repository root (no Parallax.slnx above the working directory); pass --data DIR");
        }

        var files = Directory.Exists(dataDirectory) ? BenchmarkPages.List(dataDirectory) : [];
        if (files.Length == 0)
        {
            return Skip(options, $"no *.html.gz pages in {dataDirectory} (the extraction-benchmark data set is absent; pass --data DIR)");
        }

        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };

        try
        {
            var runs = Measure(options, repoRoot, dataDirectory, files, cancellation.Token);
            Console.WriteLine(options.Json ? FormatJson(options, dataDirectory, files.Length, runs) : FormatTable(options, files.Length, runs));
            return 0;
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine("Extraction speed: cancelled.");
            return 130;
        }
    }

    private static List<ToolRun> Measure(
        SpeedOptions options, string? repoRoot, string dataDirectory, string[] files, CancellationToken cancellationToken)
    {
        Progress($"Extraction speed: {files.Length} pages from {dataDirectory}, warm-up {options.WarmupPages} pages, {options.Passes} timed passes per tool.");
        var pages = BenchmarkPages.Load(files);

        Progress($"  timing {ParallaxSpeed.Tool} ...");
        var runs = new List<ToolRun> { ParallaxSpeed.Measure(pages, options.Passes, options.WarmupPages, cancellationToken) };
        if (!options.RunPeers)
        {
            return runs;
        }

        if (repoRoot is null)
        {
            const string reason = "cannot find the repository root (no Parallax.slnx above the working directory), so not the peer scripts in eval/peers";
            runs.Add(ToolRun.Skip(PeerSpeed.ReadabilityJs, reason));
            runs.Add(ToolRun.Skip(PeerSpeed.ReadabilityLxml, reason));
            return runs;
        }

        Progress($"  timing {PeerSpeed.ReadabilityJs} (node) ...");
        runs.Add(PeerSpeed.MeasureReadabilityJs(repoRoot, dataDirectory, options, cancellationToken));
        Progress($"  timing {PeerSpeed.ReadabilityLxml} (python) ...");
        runs.Add(PeerSpeed.MeasureReadabilityLxml(repoRoot, dataDirectory, options, cancellationToken));
        return runs;
    }

    private static int Skip(SpeedOptions options, string reason)
    {
        if (options.Json)
        {
            Console.WriteLine(JsonSerializer.Serialize(new Dictionary<string, string> { ["skipped"] = reason }));
        }
        else
        {
            Console.WriteLine($"Extraction speed: skipped: {reason}");
        }

        return 0;
    }

    private static void Progress(string message) => Console.Error.WriteLine(message);

    /// <summary>Parallax's pages per second divided by the peer's, when both were measured.</summary>
    private static double? Ratio(ToolRun parallax, ToolRun peer) =>
        parallax.Speed is { PagesPerSecond: > 0 } p && peer.Speed is { PagesPerSecond: > 0 } q
            ? p.PagesPerSecond / q.PagesPerSecond
            : null;

    /// <summary>Parallax's pages per CPU-second divided by the peer's, when both were measured.</summary>
    private static double? CpuRatio(ToolRun parallax, ToolRun peer) =>
        parallax.Speed?.PagesPerCpuSecond is { } p && peer.Speed?.PagesPerCpuSecond is { } q && q > 0
            ? p / q
            : null;

    private static string FormatTable(SpeedOptions options, int pageCount, List<ToolRun> runs)
    {
        var inv = CultureInfo.InvariantCulture;
        var parallax = runs[0];
        var text = new StringBuilder();
        text.AppendLine(inv, $"Extraction speed: {pageCount} pages, single-threaded, median of {options.Passes} pass(es) after a {options.WarmupPages}-page warm-up");
        text.AppendLine();
        text.AppendLine(inv, $"{"tool",-18} {"pages",6} {"pages/s",9} {"pages/CPU-s",12} {"peak RSS MB",12} {"errors",7}   Parallax is (wall / CPU)");
        foreach (var run in runs)
        {
            if (run.Speed is not { } s)
            {
                text.AppendLine(inv, $"{run.Tool,-18} skipped: {run.Skipped}");
                continue;
            }

            var ratio = ReferenceEquals(run, parallax)
                ? ""
                : $"{Times(Ratio(parallax, run))} / {Times(CpuRatio(parallax, run))}";
            var cpu = s.PagesPerCpuSecond is { } c ? c.ToString("0.0", inv) : "-";
            text.AppendLine(string.Create(
                inv,
                $"{run.Tool,-18} {s.Pages,6} {s.PagesPerSecond,9:0.0} {cpu,12} {s.PeakRssMb,12:0.0} {s.Errors,7}   {ratio}").TrimEnd());
        }

        text.AppendLine();
        var ratios = new List<string>();
        var cpuRatios = new List<string>();
        var verdicts = new List<string>();
        foreach (var (peer, target) in Targets)
        {
            var run = runs.Find(r => r.Tool == peer);
            if (run is not null && Ratio(parallax, run) is { } r)
            {
                ratios.Add($"{Times(r)} {peer}");
                cpuRatios.Add(Times(CpuRatio(parallax, run)));
                verdicts.Add(string.Create(inv, $"≥{target:0}× {peer} {(r >= target ? "met" : "NOT met")}"));
            }
        }

        if (ratios.Count > 0)
        {
            text.AppendLine(inv, $"Parallax = {string.Join(", ", ratios)} (wall clock; by CPU time: {string.Join(", ", cpuRatios)})");
            text.AppendLine(inv, $"Target (wall clock): {string.Join("; ", verdicts)}");
        }

        if (parallax.Speed is { AllocatedBytesPerPage: { } allocated })
        {
            text.AppendLine(inv, $"Parallax allocated {allocated / 1024:0} KiB per page (managed).");
        }

        foreach (var run in runs)
        {
            if (run.Speed is { } s)
            {
                var passes = string.Join(", ", s.PassSeconds.Select(x => x.ToString("0.000", inv)));
                var cpuPasses = string.Join(", ", s.PassCpuSeconds.Select(x => x.ToString("0.000", inv)));
                text.AppendLine(inv, $"  {run.Tool}: {s.Versions}; passes wall s: {passes}; CPU s: {cpuPasses}; output chars: {s.OutputChars}");
            }
        }

        return text.ToString().TrimEnd();
    }

    private static string Times(double? ratio) =>
        ratio is { } r ? r.ToString("0.0", CultureInfo.InvariantCulture) + "×" : "-";

    private static string FormatJson(SpeedOptions options, string dataDirectory, int pageCount, List<ToolRun> runs)
    {
        var parallax = runs[0];
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("data", dataDirectory);
            json.WriteNumber("pages", pageCount);
            json.WriteNumber("passes", options.Passes);
            json.WriteNumber("warmupPages", options.WarmupPages);
            json.WriteStartArray("tools");
            foreach (var run in runs)
            {
                json.WriteStartObject();
                json.WriteString("tool", run.Tool);
                if (run.Speed is { } s)
                {
                    json.WriteNumber("pages", s.Pages);
                    json.WriteNumber("seconds", Math.Round(s.Seconds, 4));
                    json.WriteNumber("pagesPerSecond", Math.Round(s.PagesPerSecond, 2));
                    json.WriteNumber("peakRssMb", Math.Round(s.PeakRssMb, 1));
                    json.WriteStartArray("passSeconds");
                    foreach (var pass in s.PassSeconds)
                    {
                        json.WriteNumberValue(Math.Round(pass, 4));
                    }

                    json.WriteEndArray();
                    if (s.CpuSeconds is { } cpu)
                    {
                        json.WriteNumber("cpuSeconds", Math.Round(cpu, 4));
                        json.WriteNumber("pagesPerCpuSecond", Math.Round(s.Pages / cpu, 2));
                    }

                    json.WriteStartArray("passCpuSeconds");
                    foreach (var pass in s.PassCpuSeconds)
                    {
                        json.WriteNumberValue(Math.Round(pass, 4));
                    }

                    json.WriteEndArray();
                    json.WriteNumber("errors", s.Errors);
                    json.WriteNumber("outputChars", s.OutputChars);
                    if (s.AllocatedBytesPerPage is { } allocated)
                    {
                        json.WriteNumber("allocatedBytesPerPage", Math.Round(allocated));
                    }

                    json.WriteString("versions", s.Versions);
                }
                else
                {
                    json.WriteString("skipped", run.Skipped);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartObject("parallaxTimes");
            foreach (var (peer, target) in Targets)
            {
                var run = runs.Find(r => r.Tool == peer);
                json.WriteStartObject(peer);
                json.WriteNumber("target", target);
                if (run is not null && Ratio(parallax, run) is { } r)
                {
                    json.WriteNumber("ratio", Math.Round(r, 2));
                    json.WriteBoolean("met", r >= target);
                }
                else
                {
                    json.WriteNull("ratio");
                    json.WriteNull("met");
                }

                if (run is not null && CpuRatio(parallax, run) is { } cpuRatio)
                {
                    json.WriteNumber("cpuRatio", Math.Round(cpuRatio, 2));
                }
                else
                {
                    json.WriteNull("cpuRatio");
                }

                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
