using System.Diagnostics;
using System.Globalization;
using System.Text;
using Parallax.Language.Sentences;
using Parallax.Language.Tokens;

namespace Parallax.Eval.Language;

/// <summary>
/// Times tokens and sentences over 1, 10 and 50 MB (UTF-8) of news-like text on one thread: MB/s, time per MB and
/// how flat time per MB stays as the input grows. Sizes are measured in interleaved rounds and the best round per
/// size is kept, in process CPU time (less disturbed by other processes on a shared machine than wall time, which
/// is shown too).
/// </summary>
internal static class SpeedEval
{
    public static int Run(string[] args)
    {
        var sizes = (EvalPaths.Option(args, "--sizes") ?? "1,10,50")
            .Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(s => int.Parse(s, CultureInfo.InvariantCulture))
            .ToArray();
        var rounds = int.Parse(EvalPaths.Option(args, "--rounds") ?? "3", CultureInfo.InvariantCulture);
        var samples = NewsText.Samples(EvalPaths.RepoRoot());

        // Warm-up: enough calls for tiered compilation to reach its optimized code before timing.
        var warm = NewsText.Build(samples, 100_000);
        for (var i = 0; i < 60; i++)
        {
            SentenceSplitter.Split(warm, Tokenizer.Tokenize(warm));
        }

        var texts = sizes.Select(size => NewsText.Build(samples, size * 1_000_000L)).ToArray();
        var results = texts.Select(text => new Measurement(Encoding.UTF8.GetByteCount(text) / 1e6)).ToArray();
        for (var round = 0; round < rounds; round++)
        {
            for (var i = 0; i < texts.Length; i++)
            {
                // Small inputs run several times per timing, so every timing covers about 10 MB (the CPU clock is coarse).
                Measure(texts[i], results[i], Math.Max(1, (int)(10 / results[i].Megabytes)));
            }
        }

        Console.WriteLine("  MB | tokens MB/s | tokens+sentences MB/s | CPU ms/MB | wall ms/MB | alloc MB/MB | tokens    | sentences");
        foreach (var m in results)
        {
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{m.Megabytes,4:F0} | {m.Megabytes / m.TokensCpu,11:F1} | {m.Megabytes / m.TotalCpu,21:F1} | {m.TotalCpu * 1000 / m.Megabytes,9:F2} | {m.TotalWall * 1000 / m.Megabytes,10:F2} | {m.Allocated / 1e6 / m.Megabytes,11:F2} | {m.Tokens,9} | {m.Sentences}"));
        }

        if (results.Length > 1)
        {
            var perMegabyte = results.Select(m => m.TotalCpu / m.Megabytes).ToArray();
            var ratio = perMegabyte.Max() / perMegabyte.Min();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Linearity: slowest/fastest CPU time per MB = {ratio:F2} ({(ratio <= 1.2 ? "flat within 20%" : "NOT flat within 20%")})"));
        }

        Console.WriteLine($"MB = 10^6 bytes of UTF-8 text; one thread; best of {rounds} interleaved rounds; load average now {LoadAverage()}.");
        return 0;
    }

    private static void Measure(string text, Measurement into, int repeats)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var process = Process.GetCurrentProcess();
        var before = GC.GetAllocatedBytesForCurrentThread();
        var tokensCpu = TimeSpan.Zero;
        var cpuStart = process.TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        for (var r = 0; r < repeats; r++)
        {
            process.Refresh();
            var start = process.TotalProcessorTime;
            var tokens = Tokenizer.Tokenize(text);
            process.Refresh();
            tokensCpu += process.TotalProcessorTime - start;
            var sentences = SentenceSplitter.Split(text, tokens);
            into.Tokens = tokens.Count;
            into.Sentences = sentences.Count;
        }

        var wallTotal = wall.Elapsed.TotalSeconds;
        process.Refresh();
        var cpuEnd = process.TotalProcessorTime;
        into.Allocated = (GC.GetAllocatedBytesForCurrentThread() - before) / repeats;
        into.TokensCpu = Math.Min(into.TokensCpu, tokensCpu.TotalSeconds / repeats);
        into.TotalCpu = Math.Min(into.TotalCpu, (cpuEnd - cpuStart).TotalSeconds / repeats);
        into.TotalWall = Math.Min(into.TotalWall, wallTotal / repeats);
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

    private sealed class Measurement(double megabytes)
    {
        public double Megabytes { get; } = megabytes;

        public double TokensCpu { get; set; } = double.MaxValue;

        public double TotalCpu { get; set; } = double.MaxValue;

        public double TotalWall { get; set; } = double.MaxValue;

        public long Allocated { get; set; }

        public int Tokens { get; set; }

        public int Sentences { get; set; }
    }
}
