using BenchmarkDotNet.Attributes;
using Parallax.Dossier;
using Parallax.Reports.Html;
using Parallax.Reports.Json;

namespace Parallax.Benchmarks.Stages;

/// <summary>
/// Each step of building a dossier for one story of <see cref="Articles"/> articles (<see cref="StageCorpus"/>):
/// the per-article analysis (tokens, sentences, entities, coreference, quotes, dates; one thread, the baseline), each
/// story stage on the dossier the stages before it produced, and rendering the JSON and HTML dossier. Run at two sizes,
/// so the growth of each cross-article stage with the number of articles shows.
/// </summary>
[MemoryDiagnoser]
public class StoryStageBenchmarks
{
    private readonly Dictionary<string, (IStoryStage Stage, StoryDossier Input)> _stages = new(StringComparer.Ordinal);
    private IReadOnlyList<Parallax.Model.Article> _articles = [];
    private DossierBuilder _analysis = new();
    private StoryDossier _complete = new([], []);

    [Params(25, 50)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _articles = StageCorpus.Build(Articles);
        _analysis = new DossierBuilder(pipeline: DossierDefaults.CreatePipeline(), maxDegreeOfParallelism: 1);
        var dossier = _analysis.Build(_articles);
        foreach (var stage in DossierDefaults.CreateStoryStages())
        {
            _stages[stage.Name] = (stage, dossier);
            dossier = stage.Process(dossier, CancellationToken.None);
        }

        _complete = dossier;
    }

    [Benchmark(Baseline = true, Description = "per-article analysis (1 thread)")]
    public object PerArticleAnalysis() => _analysis.Build(_articles);

    [Benchmark(Description = "stage: entities")]
    public object Entities() => Run("entities");

    [Benchmark(Description = "stage: quotes")]
    public object Quotes() => Run("quotes");

    [Benchmark(Description = "stage: quote-groups")]
    public object QuoteGroups() => Run("quote-groups");

    [Benchmark(Description = "stage: claims")]
    public object Claims() => Run("claims");

    [Benchmark(Description = "stage: timeline")]
    public object Timeline() => Run("timeline");

    [Benchmark(Description = "stage: framing")]
    public object Framing() => Run("framing");

    [Benchmark(Description = "render dossier.json")]
    public string RenderJson() => DossierJsonWriter.ToJson(_complete);

    [Benchmark(Description = "render dossier.html")]
    public string RenderHtml() => DossierHtmlWriter.Render(_complete);

    private StoryDossier Run(string name)
    {
        var (stage, input) = _stages.TryGetValue(name, out var entry)
            ? entry
            : throw new InvalidOperationException($"no story stage named '{name}'; stages: {string.Join(", ", _stages.Keys)}");
        return stage.Process(input, CancellationToken.None);
    }
}
