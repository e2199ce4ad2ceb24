using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Parallax.Language.Amounts;
using Parallax.Language.Dates;
using Parallax.Language.Entities;
using Parallax.Language.Sentences;
using Parallax.Language.Tokens;
using Parallax.Model;
using Parallax.Pipeline;

namespace Parallax.Eval.Language;

/// <summary>
/// Times the whole language core — <c>new PipelineBuilder().UseEntities().Build()</c>: tokens, sentences, entities,
/// dates and amounts — on one thread over 1, 10 and 50 MB (UTF-8) of text built from samples/alaska-summit and the GUM
/// news and interview documents (each copy shuffled, digits shifted). Reports MB/s, CPU time per MB and its spread
/// (linearity), allocation per MB; then times the npm <c>compromise</c> library (eval/peers/compromise) on a slice of
/// the same text and Parallax on the same slice, and prints the ratio. Times are process CPU time, best of the rounds
/// (compromise: best of its passes); wall time is shown too.
/// </summary>
internal static class CoreSpeedEval
{
    private const int ExitNotInstalled = 3;

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static int Run(string[] args)
    {
        var sizes = (EvalPaths.Option(args, "--sizes") ?? "1,10,50")
            .Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(s => double.Parse(s, CultureInfo.InvariantCulture))
            .ToArray();
        var rounds = int.Parse(EvalPaths.Option(args, "--rounds") ?? "3", CultureInfo.InvariantCulture);
        var peerKilobytes = int.Parse(EvalPaths.Option(args, "--peer-kb") ?? "200", CultureInfo.InvariantCulture);
        var peerPasses = int.Parse(EvalPaths.Option(args, "--passes") ?? "3", CultureInfo.InvariantCulture);
        var node = EvalPaths.Option(args, "--node") ?? "node";
        var noPeers = args.Contains("--no-peers");
        var json = args.Contains("--json");
        var root = EvalPaths.RepoRoot();
        var documents = NewsText.Documents(root, EvalPaths.DataDirectory(args));
        var pipeline = new PipelineBuilder().UseEntities().Build();
        var log = json ? Console.Error : Console.Out;

        // Warm-up: enough calls for tiered compilation to reach its optimized code before timing.
        var warm = new Article("warm-up", NewsText.BuildMixed(documents, 100_000));
        for (var i = 0; i < 40; i++)
        {
            pipeline.Analyze(warm);
        }

        var results = new List<Measurement>();
        foreach (var size in sizes)
        {
            var text = NewsText.BuildMixed(documents, (long)(size * 1_000_000));
            results.Add(new Measurement($"{size.ToString(CultureInfo.InvariantCulture)} MB", new Article("speed", text)));
        }

        for (var round = 0; round < rounds; round++)
        {
            foreach (var m in results)
            {
                // Small inputs run several times per timing, so every timing covers about 10 MB (the CPU clock is coarse).
                Measure(pipeline, m, Math.Max(1, (int)(10 / m.Megabytes)));
            }
        }

        log.WriteLine($"Language core ({string.Join(" + ", pipeline.Stages.Select(s => s.Name))}), one thread, {documents.Count} source documents:");
        log.WriteLine("      MB |  MB/s | CPU ms/MB | wall ms/MB | alloc MB/MB |    tokens | sentences | entities (P/O/L) | dates | amounts");
        foreach (var m in results)
        {
            log.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{m.Megabytes,8:F2} | {m.Megabytes / m.Cpu,5:F1} | {m.Cpu * 1000 / m.Megabytes,9:F1} | {m.Wall * 1000 / m.Megabytes,10:F1} | {m.Allocated / 1e6 / m.Megabytes,11:F2} | {m.Tokens,9} | {m.Sentences,9} | {m.Entities} ({m.People}/{m.Organizations}/{m.Places}) | {m.Dates} | {m.Amounts}"));
        }

        double? linearity = null;
        if (results.Count > 1)
        {
            var perMegabyte = results.Select(m => m.Cpu / m.Megabytes).ToArray();
            linearity = perMegabyte.Max() / perMegabyte.Min();
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Linearity: slowest/fastest CPU time per MB = {linearity:F2} ({(linearity <= 1.2 ? "flat within 20%" : "NOT flat within 20%")})"));
        }

        PeerComparison? peer = null;
        if (!noPeers)
        {
            peer = ComparePeer(root, pipeline, documents, peerKilobytes, peerPasses, rounds, node, log);
        }

        log.WriteLine($"MB = 10^6 bytes of UTF-8 text; process CPU time, best of {rounds} interleaved rounds; load average now {LoadAverage()}.");
        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(new
            {
                tool = "parallax-language-core",
                stages = pipeline.Stages.Select(s => s.Name).ToArray(),
                rounds,
                sizes = results.Select(m => new
                {
                    megabytes = Math.Round(m.Megabytes, 3),
                    mbPerSecond = Math.Round(m.Megabytes / m.Cpu, 2),
                    cpuMsPerMb = Math.Round(m.Cpu * 1000 / m.Megabytes, 2),
                    wallMsPerMb = Math.Round(m.Wall * 1000 / m.Megabytes, 2),
                    allocatedMbPerMb = Math.Round(m.Allocated / 1e6 / m.Megabytes, 3),
                    m.Tokens,
                    m.Sentences,
                    m.Entities,
                    m.People,
                    m.Organizations,
                    m.Places,
                    m.Dates,
                    m.Amounts,
                }).ToArray(),
                linearity = linearity is null ? (double?)null : Math.Round(linearity.Value, 3),
                peer,
            }, JsonOptions));
        }

        return 0;
    }

    /// <summary>Writes a slice of the text to a temporary file, runs the compromise peer on it, times Parallax on it and prints the ratio.</summary>
    private static PeerComparison? ComparePeer(
        string? root, Pipeline.Pipeline pipeline, IReadOnlyList<string> documents, int kilobytes, int passes, int rounds, string node, TextWriter log)
    {
        var folder = root is null ? null : Path.Combine(root, "eval", "peers", "compromise");
        if (folder is null || !File.Exists(Path.Combine(folder, "node_modules", "compromise", "package.json")))
        {
            log.WriteLine("compromise: skipped, not installed in eval/peers/compromise; fix: (cd eval/peers/compromise && npm ci), or eval/language-speed.sh --install");
            return null;
        }

        var slice = Slice(NewsText.BuildMixed(documents, 1_000_000), kilobytes * 1000);
        var path = Path.Combine(Path.GetTempPath(), $"parallax-core-speed-{Environment.ProcessId}.txt");
        File.WriteAllText(path, slice, new UTF8Encoding(false));
        try
        {
            var ours = new Measurement("slice", new Article("slice", slice));
            for (var round = 0; round < rounds; round++)
            {
                Measure(pipeline, ours, Math.Max(1, (int)(10 / ours.Megabytes)));
            }

            var (theirs, error) = RunCompromise(node, folder, path, passes);
            if (theirs is null)
            {
                log.WriteLine($"compromise: skipped, {error}");
                return null;
            }

            var comparison = new PeerComparison(
                Math.Round(ours.Megabytes, 4),
                Math.Round(ours.Megabytes / ours.Cpu, 2),
                Math.Round(ours.Megabytes / ours.Wall, 2),
                ours.People,
                ours.Places,
                ours.Organizations,
                theirs);
            log.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"Same {ours.Megabytes * 1000:F0} KB slice: Parallax {comparison.ParallaxMbPerSecond:F2} MB/s (people/places/organizations {ours.People}/{ours.Places}/{ours.Organizations}); compromise {theirs.CpuMbPerSecond:F3} MB/s CPU, {theirs.WallMbPerSecond:F3} MB/s wall ({theirs.People}/{theirs.Places}/{theirs.Organizations}; {theirs.Mode}, peak RSS {theirs.PeakRssMb:F0} MB; {theirs.Versions})"));
            log.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"Parallax language core = {comparison.Ratio:F0}× compromise (CPU time; {comparison.WallRatio:F0}× by wall time){(comparison.Ratio >= 50 ? "" : " — below the 50× aim")}"));
            return comparison;
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>The text up to the last paragraph break before about <paramref name="size"/> characters (close to bytes: the text is mostly ASCII).</summary>
    private static string Slice(string text, int size)
    {
        if (text.Length <= size)
        {
            return text;
        }

        var end = text.LastIndexOf("\n\n", size, StringComparison.Ordinal);
        return end <= 0 ? text[..size] : text[..(end + 2)];
    }

    private static (PeerRun? Run, string Error) RunCompromise(string node, string folder, string file, int passes)
    {
        var start = new ProcessStartInfo(node)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "bench.mjs", "--passes", passes.ToString(CultureInfo.InvariantCulture), file })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Win32Exception)
        {
            return (null, $"{node} not found; fix: install Node.js 18 or later (apt-get install -y nodejs), or pass --node PATH");
        }

        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(30)))
        {
            process.Kill(entireProcessTree: true);
            return (null, "gave up after 30 minutes");
        }

        var output = stdout.GetAwaiter().GetResult();
        var errors = stderr.GetAwaiter().GetResult().Trim();
        if (process.ExitCode != 0)
        {
            var last = errors.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "(no message)";
            return (null, process.ExitCode == ExitNotInstalled ? errors : $"exited with code {process.ExitCode}: {last}");
        }

        var line = output.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).LastOrDefault(l => l.StartsWith('{'));
        if (line is null)
        {
            return (null, "printed no JSON result");
        }

        try
        {
            using var document = JsonDocument.Parse(line);
            var r = document.RootElement;
            var megabytes = r.GetProperty("bytes").GetInt64() / 1e6;
            var bestWall = r.GetProperty("passSeconds").EnumerateArray().Min(e => e.GetDouble());
            var bestCpu = r.GetProperty("passCpuSeconds").EnumerateArray().Min(e => e.GetDouble());
            return (new PeerRun(
                "compromise",
                Math.Round(megabytes / bestCpu, 4),
                Math.Round(megabytes / bestWall, 4),
                r.GetProperty("people").GetInt32(),
                r.GetProperty("places").GetInt32(),
                r.GetProperty("organizations").GetInt32(),
                r.GetProperty("peakRssMb").GetDouble(),
                r.GetProperty("mode").GetString() ?? "",
                r.GetProperty("versions").GetString() ?? ""), "");
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            return (null, $"printed an unreadable result ({e.Message}): {line}");
        }
    }

    private static void Measure(Pipeline.Pipeline pipeline, Measurement into, int repeats)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var before = GC.GetAllocatedBytesForCurrentThread();
        var cpuStart = process.TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        AnalyzedArticle? analyzed = null;
        for (var r = 0; r < repeats; r++)
        {
            analyzed = pipeline.Analyze(into.Article);
        }

        var wallTotal = wall.Elapsed.TotalSeconds;
        process.Refresh();
        var cpuEnd = process.TotalProcessorTime;
        into.Allocated = (GC.GetAllocatedBytesForCurrentThread() - before) / repeats;
        into.Cpu = Math.Min(into.Cpu, (cpuEnd - cpuStart).TotalSeconds / repeats);
        into.Wall = Math.Min(into.Wall, wallTotal / repeats);
        into.Count(analyzed!);
    }

    private static string LoadAverage()
    {
        try
        {
            return File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";
        }
        catch (IOException)
        {
            return "unknown";
        }
    }

    /// <summary>What the compromise peer reported: MB/s from its fastest pass by CPU and by wall time, and its counts.</summary>
    internal sealed record PeerRun(
        string Tool, double CpuMbPerSecond, double WallMbPerSecond, int People, int Places, int Organizations, double PeakRssMb, string Mode, string Versions);

    /// <summary>Parallax and compromise on the same slice.</summary>
    internal sealed record PeerComparison(
        double SliceMegabytes, double ParallaxMbPerSecond, double ParallaxWallMbPerSecond, int People, int Places, int Organizations, PeerRun Compromise)
    {
        public double Ratio => Math.Round(ParallaxMbPerSecond / Compromise.CpuMbPerSecond, 1);

        public double WallRatio => Math.Round(ParallaxWallMbPerSecond / Compromise.WallMbPerSecond, 1);
    }

    private sealed class Measurement(string name, Article article)
    {
        public string Name { get; } = name;

        public Article Article { get; } = article;

        public double Megabytes { get; } = Encoding.UTF8.GetByteCount(article.Text) / 1e6;

        public double Cpu { get; set; } = double.MaxValue;

        public double Wall { get; set; } = double.MaxValue;

        public long Allocated { get; set; }

        public int Tokens { get; private set; }

        public int Sentences { get; private set; }

        public int Entities { get; private set; }

        public int People { get; private set; }

        public int Organizations { get; private set; }

        public int Places { get; private set; }

        public int Dates { get; private set; }

        public int Amounts { get; private set; }

        public void Count(AnalyzedArticle analyzed)
        {
            Tokens = analyzed.GetLayer<Token>().Count;
            Sentences = analyzed.GetLayer<Sentence>().Count;
            var entities = analyzed.GetLayer<EntityMention>();
            Entities = entities.Count;
            People = Organizations = Places = 0;
            foreach (var e in entities)
            {
                switch (e.Type)
                {
                    case EntityType.Person: People++; break;
                    case EntityType.Organization: Organizations++; break;
                    case EntityType.Place: Places++; break;
                    default: break;
                }
            }

            Dates = analyzed.GetLayer<DateMention>().Count;
            Amounts = analyzed.GetLayer<AmountMention>().Count;
        }
    }
}
