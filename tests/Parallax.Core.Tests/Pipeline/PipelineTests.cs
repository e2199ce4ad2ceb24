using Parallax.Model;
using Parallax.Pipeline;

namespace Parallax.Core.Tests.Pipeline;

public class PipelineTests
{
    private sealed record Word(TextSpan Span) : IHasSpan;

    private sealed class WordStage : IPipelineStage
    {
        public string Name => "words";

        public void Process(AnalysisContext context, CancellationToken cancellationToken)
        {
            var words = new List<Word>();
            var text = context.Article.Text;
            var start = -1;
            for (var i = 0; i <= text.Length; i++)
            {
                var letter = i < text.Length && char.IsLetter(text[i]);
                if (letter && start < 0)
                {
                    start = i;
                }
                else if (!letter && start >= 0)
                {
                    words.Add(new Word(new TextSpan(start, i)));
                    start = -1;
                }
            }

            context.SetLayer(new AnnotationLayer<Word>(words));
        }
    }

    private sealed class WordsExtension : IPipelineExtension
    {
        public void Setup(PipelineBuilder builder) => builder.Add(new WordStage());
    }

    [Fact]
    public void Built_pipeline_runs_stages_and_freezes_layers()
    {
        var pipeline = new PipelineBuilder().Use(new WordsExtension()).Use(new WordsExtension()).Build();
        Assert.Single(pipeline.Stages);

        var analyzed = pipeline.Analyze(new Article("t", "Putin met Trump"));
        var words = analyzed.GetLayer<Word>();
        Assert.Equal(["Putin", "met", "Trump"], words.Select(w => analyzed.Article[w.Span]));
        Assert.Equal(["met"], words.Overlapping(new TextSpan(6, 9)).Select(w => analyzed.Article[w.Span]));
    }

    [Fact]
    public void Missing_layer_is_empty_and_cancellation_is_observed()
    {
        var analyzed = Parallax.Pipeline.Pipeline.Empty.Analyze(new Article("t", "text"));
        Assert.Empty(analyzed.GetLayer<Word>());

        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var pipeline = new PipelineBuilder().Add(new WordStage()).Build();
        Assert.Throws<OperationCanceledException>(() => pipeline.Analyze(new Article("t", "text"), cancelled.Token));
    }

    [Fact]
    public void Layer_sorts_items_by_span()
    {
        var layer = new AnnotationLayer<Word>([new Word(new TextSpan(5, 9)), new Word(new TextSpan(0, 4)), new Word(new TextSpan(0, 2))]);
        Assert.Equal([new TextSpan(0, 2), new TextSpan(0, 4), new TextSpan(5, 9)], layer.Select(w => w.Span));
    }
}
