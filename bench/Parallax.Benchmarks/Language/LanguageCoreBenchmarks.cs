using BenchmarkDotNet.Attributes;
using Parallax.Eval.Language;
using Parallax.Language;
using Parallax.Language.Entities;
using Parallax.Model;
using Parallax.Pipeline;

namespace Parallax.Benchmarks.Language;

/// <summary>
/// The whole language core — <c>new PipelineBuilder().UseEntities().Build()</c>: tokens, sentences, entities, dates and
/// amounts — over ~1 MB of text built from samples/alaska-summit and the GUM news and interview documents (the same
/// text as <c>Parallax.Eval.Language core-speed</c>). Tokens + sentences alone is the baseline, so the ratio column
/// shows what entities, dates and amounts cost on top.
/// </summary>
[MemoryDiagnoser]
public class LanguageCoreBenchmarks
{
    private Pipeline.Pipeline _core = Pipeline.Pipeline.Empty;
    private Pipeline.Pipeline _sentences = Pipeline.Pipeline.Empty;
    private Article _article = new("bench", "");

    /// <summary>UTF-8 size of the text, in MB (10^6 bytes), for turning the mean time into MB/s.</summary>
    public static double Megabytes { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var text = NewsText.BuildMixed(NewsText.Documents(EvalPaths.RepoRoot(), EvalPaths.DataDirectory([])), 1_000_000);
        Megabytes = System.Text.Encoding.UTF8.GetByteCount(text) / 1e6;
        _article = new Article("bench", text);
        _core = new PipelineBuilder().UseEntities().Build();
        _sentences = new PipelineBuilder().UseSentences().Build();
    }

    [Benchmark(Baseline = true)]
    public object TokensAndSentences() => _sentences.Analyze(_article);

    [Benchmark]
    public object LanguageCore() => _core.Analyze(_article);
}
