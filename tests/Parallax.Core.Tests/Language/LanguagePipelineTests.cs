using Parallax.Language;
using Parallax.Language.Sentences;
using Parallax.Language.Tokens;
using Parallax.Model;
using Parallax.Pipeline;

namespace Parallax.Core.Tests.Language;

public class LanguagePipelineTests
{
    [Fact]
    public void UseSentences_implies_tokens_and_each_stage_is_added_once()
    {
        var pipeline = new PipelineBuilder().UseSentences().UseTokens().UseSentences().Build();
        Assert.Collection(
            pipeline.Stages,
            stage => Assert.IsType<TokenizerStage>(stage),
            stage => Assert.IsType<SentenceStage>(stage));

        var analyzed = pipeline.Analyze(new Article("t", "Trump met Putin. They talked."));
        Assert.Equal(7, analyzed.GetLayer<Token>().Count);
        Assert.Equal(["Trump met Putin.", "They talked."], analyzed.GetLayer<Sentence>().Select(s => analyzed.Article[s.Span]));
    }

    [Fact]
    public void FromSorted_sorts_when_the_input_is_not_sorted()
    {
        var layer = AnnotationLayer<Sentence>.FromSorted([new Sentence(new TextSpan(5, 9)), new Sentence(new TextSpan(0, 4))]);
        Assert.Equal([0, 5], layer.Select(s => s.Span.Start));
    }
}
