using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Parallax.Readers.Html;

namespace Parallax.Eval.Extraction;

/// <summary>
/// <c>extraction</c>: runs <see cref="HtmlArticleExtractor"/> on the scrapinghub article-extraction benchmark and the
/// English subset of trafilatura's evaluation set, and prints the figures, pages per second and peak working set.
/// </summary>
internal static partial class ExtractionCommand
{
    public static int Run(string[] args)
    {
        string? dataOverride = null;
        string? dump = null;
        var verbose = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--data" when i + 1 < args.Length:
                    dataOverride = args[++i];
                    break;
                case "--dump" when i + 1 < args.Length:
                    dump = args[++i];
                    break;
                case "--verbose" or "-v":
                    verbose = true;
                    break;
                default:
                    Console.Error.WriteLine($"unknown option '{args[i]}'");
                    return 1;
            }
        }

        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var data = DataPaths.Resolve(dataOverride);
        var benchmarkDir = Path.Combine(data, "extraction-benchmark");
        var trafilaturaDir = Path.Combine(data, "trafilatura-eval-en");
        var extractor = new HtmlArticleExtractor();
        var rows = new List<string[]>();
        var ran = false;

        if (File.Exists(Path.Combine(benchmarkDir, "ground-truth.json")))
        {
            ran = true;
            rows.AddRange(RunScrapinghub(extractor, benchmarkDir, dump is null ? null : Path.Combine(dump, "extraction-benchmark"), verbose));
        }
        else
        {
            Console.WriteLine($"missing: {benchmarkDir} (ground-truth.json) — scrapinghub benchmark skipped");
        }

        if (File.Exists(Path.Combine(trafilaturaDir, "evaldata_en_subset.json")))
        {
            ran = true;
            rows.Add(RunTrafilatura(extractor, trafilaturaDir, dump is null ? null : Path.Combine(dump, "trafilatura-eval-en"), verbose));
        }
        else
        {
            Console.WriteLine($"missing: {trafilaturaDir} (evaldata_en_subset.json) — trafilatura evaluation skipped");
        }

        if (!ran)
        {
            Console.WriteLine("skipped");
            return 0;
        }

        Console.WriteLine();
        PrintTable(["benchmark", "pages", "F1", "precision", "recall", "accuracy", "pages/s", "pages/CPU-s"], rows);
        Console.WriteLine("pages/s: wall clock, single thread, after one warm-up pass (scrapinghub) or cold (trafilatura);");
        Console.WriteLine("pages/CPU-s: the same work divided by the process's CPU time, steadier on a shared machine.");
        using var process = Process.GetCurrentProcess();
        Console.WriteLine($"peak working set: {process.PeakWorkingSet64 / (1024.0 * 1024.0):0.0} MB");
        return 0;
    }

    private static List<string[]> RunScrapinghub(HtmlArticleExtractor extractor, string dir, string? dump, bool verbose)
    {
        using var truthDoc = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "ground-truth.json")));
        var pages = new List<(string Key, string Truth, string Html, string? Url)>();
        foreach (var entry in truthDoc.RootElement.EnumerateObject())
        {
            var path = Path.Combine(dir, "html", entry.Name + ".html.gz");
            if (!File.Exists(path))
            {
                Console.WriteLine($"missing page {path}");
                continue;
            }

            var truth = entry.Value.TryGetProperty("articleBody", out var body) ? body.GetString() ?? string.Empty : string.Empty;
            var url = entry.Value.TryGetProperty("url", out var u) ? u.GetString() : null;
            pages.Add((entry.Name, truth, ReadGzip(path), url));
        }

        // One untimed pass first, so that pages/s measures the steady state rather than the JIT.
        foreach (var page in pages)
        {
            extractor.Extract(page.Html, page.Url);
        }

        var predictions = new string[pages.Count];
        using var self = Process.GetCurrentProcess();
        var cpuBefore = self.TotalProcessorTime;
        var stopwatch = Stopwatch.StartNew();
        for (var i = 0; i < pages.Count; i++)
        {
            predictions[i] = extractor.Extract(pages[i].Html, pages[i].Url).Text;
        }

        stopwatch.Stop();
        self.Refresh();
        var cpu = self.TotalProcessorTime - cpuBefore;
        var counts = new List<ShingleMetric.Counts>();
        var setCounts = new List<ShingleMetric.Counts>();
        var perPage = new List<(string Key, double P, double R)>();
        for (var i = 0; i < pages.Count; i++)
        {
            var c = ShingleMetric.Match(pages[i].Truth, predictions[i]);
            counts.Add(c);
            setCounts.Add(ShingleMetric.Match(pages[i].Truth, predictions[i], asSets: true));
            perPage.Add((pages[i].Key, ShingleMetric.Precision(c), ShingleMetric.Recall(c)));
            if (dump is not null)
            {
                Directory.CreateDirectory(dump);
                File.WriteAllText(Path.Combine(dump, pages[i].Key + ".txt"), predictions[i]);
            }
        }

        var (f1, precision, recall) = ShingleMetric.Aggregate(counts);
        if (verbose)
        {
            Console.WriteLine("scrapinghub: worst pages (F1, precision, recall, key)");
            perPage.Sort((a, b) => F(a.P, a.R).CompareTo(F(b.P, b.R)));
            foreach (var (key, p, r) in perPage.Take(20))
            {
                Console.WriteLine($"  {F(p, r):0.000}  P {p:0.000}  R {r:0.000}  {key}");
            }
        }

        var pagesPerSecond = pages.Count / stopwatch.Elapsed.TotalSeconds;
        var (setF1, setPrecision, setRecall) = ShingleMetric.Aggregate(setCounts);
        return
        [
            ["scrapinghub article-extraction", pages.Count.ToString(), $"{f1:0.000}", $"{precision:0.000}", $"{recall:0.000}", "-",
                $"{pagesPerSecond:0.0}", $"{pages.Count / cpu.TotalSeconds:0.0}"],
            ["  (lowercased shingle sets)", pages.Count.ToString(), $"{setF1:0.000}", $"{setPrecision:0.000}", $"{setRecall:0.000}", "-", "", ""],
        ];
    }

    private static double F(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);

    private static string[] RunTrafilatura(HtmlArticleExtractor extractor, string dir, string? dump, bool verbose)
    {
        using var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "evaldata_en_subset.json")));
        var pages = new List<(string Url, string File, string[] With, string[] Without, string Html)>();
        foreach (var entry in gold.RootElement.EnumerateObject())
        {
            var file = entry.Value.GetProperty("file").GetString() ?? string.Empty;
            var path = Path.Combine(dir, "html", file);
            if (!File.Exists(path))
            {
                Console.WriteLine($"missing page {path}");
                continue;
            }

            pages.Add((entry.Name, file, Strings(entry.Value, "with"), Strings(entry.Value, "without"), ReadHtml(path)));
        }

        int tp = 0, fn = 0, fp = 0, tn = 0;
        var misses = new List<string>();
        var stopwatch = new Stopwatch();
        using var self = Process.GetCurrentProcess();
        var cpu = TimeSpan.Zero;
        foreach (var page in pages)
        {
            self.Refresh();
            var cpuBefore = self.TotalProcessorTime;
            stopwatch.Start();
            var text = extractor.Extract(page.Html, page.Url).Text;
            stopwatch.Stop();
            self.Refresh();
            cpu += self.TotalProcessorTime - cpuBefore;
            var normalized = Normalize(text);
            foreach (var snippet in page.With)
            {
                if (normalized.Contains(Normalize(snippet), StringComparison.Ordinal))
                {
                    tp++;
                }
                else
                {
                    fn++;
                    misses.Add($"  missing  {page.File}: {Short(snippet)}");
                }
            }

            foreach (var snippet in page.Without)
            {
                if (normalized.Contains(Normalize(snippet), StringComparison.Ordinal))
                {
                    fp++;
                    misses.Add($"  unwanted {page.File}: {Short(snippet)}");
                }
                else
                {
                    tn++;
                }
            }

            if (dump is not null)
            {
                Directory.CreateDirectory(dump);
                File.WriteAllText(Path.Combine(dump, page.File + ".txt"), text);
            }
        }

        if (verbose)
        {
            Console.WriteLine($"trafilatura-eval: {misses.Count} failed snippets");
            foreach (var miss in misses)
            {
                Console.WriteLine(miss);
            }
        }

        double precision = tp + fp == 0 ? 0 : (double)tp / (tp + fp);
        double recall = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
        double accuracy = (double)(tp + tn) / Math.Max(1, tp + tn + fp + fn);
        double f1 = 2.0 * tp / Math.Max(1, 2 * tp + fp + fn);
        Console.WriteLine($"trafilatura-eval: TP {tp} FN {fn} FP {fp} TN {tn}");
        return ["trafilatura-eval-en", pages.Count.ToString(), $"{f1:0.000}", $"{precision:0.000}", $"{recall:0.000}", $"{accuracy:0.000}",
            $"{pages.Count / stopwatch.Elapsed.TotalSeconds:0.0}", $"{pages.Count / cpu.TotalSeconds:0.0}"];
    }

    private static string[] Strings(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var array) || array.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        return [.. array.EnumerateArray().Select(e => e.GetString() ?? string.Empty).Where(s => s.Length > 0)];
    }

    private static string Short(string s) => s.Length > 90 ? s[..90] + "…" : s;

    private static string Normalize(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex("""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();

    private static string ReadGzip(string path)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var memory = new MemoryStream();
        gzip.CopyTo(memory);
        return Decode(memory.ToArray());
    }

    private static string ReadHtml(string path) => Decode(File.ReadAllBytes(path));

    /// <summary>UTF-8 when the bytes are valid UTF-8, else the declared charset, else Windows-1252.</summary>
    private static string Decode(byte[] bytes)
    {
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            var head = Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, 4096));
            var match = MetaCharset().Match(head);
            Encoding encoding;
            try
            {
                encoding = match.Success ? Encoding.GetEncoding(match.Groups[1].Value) : Encoding.GetEncoding(1252);
            }
            catch (ArgumentException)
            {
                encoding = Encoding.GetEncoding(1252);
            }

            return encoding.GetString(bytes);
        }
    }

    private static void PrintTable(string[] header, List<string[]> rows)
    {
        var widths = new int[header.Length];
        foreach (var row in rows.Prepend(header))
        {
            for (var i = 0; i < row.Length; i++)
            {
                widths[i] = Math.Max(widths[i], row[i].Length);
            }
        }

        foreach (var row in rows.Prepend(header))
        {
            Console.WriteLine(string.Join("  ", row.Select((cell, i) => i == 0 ? cell.PadRight(widths[i]) : cell.PadLeft(widths[i]))));
        }
    }
}
