using System.IO.Compression;
using BenchmarkDotNet.Attributes;
using Parallax.Comparison.Stances;
using Parallax.Comparison.Stories;
using Parallax.Eval.Language;
using Parallax.Eval.Stance;
using Parallax.Model;
using Parallax.Readers.Html;

namespace Parallax.Benchmarks.Stages;

/// <summary>
/// The stages around the story dossier: main-text extraction from real news pages (the first 20 pages of
/// <c>extraction-benchmark</c> under <c>../shared/data</c>), story detection (digest and cluster
/// <see cref="StageCorpus"/> articles) and stance (the first 100 FNC-1 headline–body pairs). Each benchmark skips
/// its work (and says so on standard error) when its data is absent.
/// </summary>
[MemoryDiagnoser]
public class IngestionBenchmarks
{
    private readonly HtmlArticleExtractor _extractor = new();
    private readonly StoryClusterer _clusterer = new();
    private string[] _pages = [];
    private IReadOnlyList<Article> _articles = [];
    private Parallax.Pipeline.Pipeline _digestPipeline = Parallax.Pipeline.Pipeline.Empty;
    private (string Headline, string Body)[] _pairs = [];
    private StanceModel? _stance;

    [GlobalSetup]
    public void Setup()
    {
        var data = EvalPaths.DataDirectory([]);
        _pages = data is null ? [] : ReadPages(Path.Combine(data, "extraction-benchmark", "html"), 20);
        _pairs = data is null ? [] : ReadPairs(Path.Combine(data, "fnc1"), 100);
        _articles = StageCorpus.Build(100);
        _digestPipeline = ArticleDigester.CreatePipeline();
        _stance = StanceModel.Default;
        Console.Error.WriteLine($"ingestion benchmarks: {_pages.Length} pages, {_articles.Count} articles, {_pairs.Length} stance pairs, stance model {(_stance is null ? "missing" : "loaded")}");
    }

    [Benchmark(Description = "extract 20 news pages")]
    public int Extract()
    {
        var chars = 0;
        foreach (var page in _pages)
        {
            chars += _extractor.Extract(page).Text.Length;
        }

        return chars;
    }

    [Benchmark(Description = "stories: digest + cluster 100 articles")]
    public int Stories()
    {
        var digests = new ArticleDigest[_articles.Count];
        for (var i = 0; i < digests.Length; i++)
        {
            digests[i] = ArticleDigester.Digest(_articles[i], _digestPipeline);
        }

        return _clusterer.Cluster(digests).Length;
    }

    [Benchmark(Description = "stance: 100 headline-body pairs")]
    public int Stance()
    {
        if (_stance is null)
        {
            return 0;
        }

        var agree = 0;
        foreach (var (headline, body) in _pairs)
        {
            agree += _stance.Judge(headline, body).Label == StanceLabel.Agree ? 1 : 0;
        }

        return agree;
    }

    private static string[] ReadPages(string folder, int count)
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }

        return Directory.EnumerateFiles(folder, "*.html.gz").Order(StringComparer.Ordinal).Take(count).Select(path =>
        {
            using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
            using var reader = new StreamReader(gzip);
            return reader.ReadToEnd();
        }).ToArray();
    }

    private static (string, string)[] ReadPairs(string folder, int count)
    {
        var bodiesPath = Path.Combine(folder, "train_bodies.csv");
        var stancesPath = Path.Combine(folder, "train_stances.csv");
        if (!File.Exists(bodiesPath) || !File.Exists(stancesPath))
        {
            return [];
        }

        var bodies = CsvRows.Parse(File.ReadAllText(bodiesPath)).Skip(1).Where(r => r.Count >= 2).ToDictionary(r => r[0], r => r[1], StringComparer.Ordinal);
        return CsvRows.Parse(File.ReadAllText(stancesPath)).Skip(1)
            .Where(r => r.Count >= 2 && bodies.ContainsKey(r[1]))
            .Take(count)
            .Select(r => (r[0], bodies[r[1]]))
            .ToArray();
    }
}
