using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Parallax.Eval.Language;
using Parallax.Language.Sentences;
using Parallax.Language.Tokens;
using Parallax.Model;

namespace Parallax.Benchmarks.Language;

/// <summary>
/// Tokens, and tokens + sentences, over ~1 MB of news-like text built from samples/alaska-summit (numbers varied per
/// copy). The MB/s column divides the UTF-8 size of the text by the mean time.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class LanguageBenchmarks
{
    private string _text = "";
    private AnnotationLayer<Token> _tokens = AnnotationLayer<Token>.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _text = NewsText.Build(NewsText.Samples(EvalPaths.RepoRoot()), 1_000_000);
        _tokens = Tokenizer.Tokenize(_text);
    }

    [Benchmark(Baseline = true)]
    public int Tokenize() => Tokenizer.Tokenize(_text).Count;

    [Benchmark]
    public int TokenizeAndSplit() => SentenceSplitter.Split(_text, Tokenizer.Tokenize(_text)).Count;

    [Benchmark]
    public int SplitOnly() => SentenceSplitter.Split(_text, _tokens).Count;

    private sealed class ThroughputConfig : ManualConfig
    {
        public ThroughputConfig() => AddColumn(new MegabytesPerSecondColumn());
    }

    private sealed class MegabytesPerSecondColumn : IColumn
    {
        public string Id => nameof(MegabytesPerSecondColumn);

        public string ColumnName => "MB/s";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => "UTF-8 megabytes of input per second (mean time)";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
        {
            var report = summary[benchmarkCase];
            if (report?.ResultStatistics is null)
            {
                return "-";
            }

            // The benchmark runs in its own process; recompute the size here.
            var megabytes = Encoding.UTF8.GetByteCount(NewsText.Build(NewsText.Samples(EvalPaths.RepoRoot()), 1_000_000)) / 1e6;
            return (megabytes / (report.ResultStatistics.Mean / 1e9)).ToString("F1", System.Globalization.CultureInfo.InvariantCulture);
        }

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    }
}
