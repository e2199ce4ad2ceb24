using BenchmarkDotNet.Attributes;
using Parallax.Dossier;
using Parallax.Model;
using Parallax.Pipeline;

namespace Parallax.Benchmarks.Stages;

/// <summary>
/// The default per-article pipeline (<see cref="DossierDefaults.CreatePipeline"/>) cut after each of its stages,
/// over 100 <see cref="StageCorpus"/> articles on one thread: row "quotes" runs every stage up to and including
/// quotes, so the difference between two consecutive rows is what one stage costs. Tokens alone is the baseline.
/// </summary>
[MemoryDiagnoser]
public class ArticleStageBenchmarks
{
    private IReadOnlyList<Article> _articles = [];
    private Parallax.Pipeline.Pipeline _pipeline = Parallax.Pipeline.Pipeline.Empty;

    /// <summary>The last stage run, by name.</summary>
    [ParamsSource(nameof(StageNames))]
    public string UpTo { get; set; } = "";

    /// <summary>The names of the default pipeline's stages, in order.</summary>
    public static IEnumerable<string> StageNames() => DossierDefaults.CreatePipeline().Stages.Select(s => s.Name);

    [GlobalSetup]
    public void Setup()
    {
        _articles = StageCorpus.Build(100);
        var builder = new PipelineBuilder();
        foreach (var stage in DossierDefaults.CreatePipeline().Stages)
        {
            builder.Add(stage);
            if (stage.Name == UpTo)
            {
                break;
            }
        }

        _pipeline = builder.Build();
        Console.Error.WriteLine($"article stages: {_articles.Count} articles, {StageCorpus.Megabytes(_articles):F2} MB, stages {string.Join(", ", _pipeline.Stages.Select(s => s.Name))}");
    }

    [Benchmark(Description = "per-article pipeline up to the stage")]
    public int Analyze()
    {
        var analysed = 0;
        foreach (var article in _articles)
        {
            analysed += _pipeline.Analyze(article).Article.Text.Length;
        }

        return analysed;
    }
}
