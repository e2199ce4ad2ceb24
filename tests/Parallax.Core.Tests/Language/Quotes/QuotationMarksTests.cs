using Parallax.Language.Quotes;
using Parallax.Model;
using Parallax.Pipeline;

namespace Parallax.Core.Tests.Language.Quotes;

public class QuotationMarksTests
{
    [Theory]
    [InlineData("He said \"yes\" and left.", "yes")]
    [InlineData("She said “no” twice.", "no")]
    [InlineData("It’s the ‘best’ deal, isn’t it?", "best")]
    [InlineData("Les «pourparlers» ont eu lieu.", "pourparlers")]
    [InlineData("Er sagte „ja“ dazu.", "ja")]
    public void Pairs_marks_of_every_style(string text, string inner)
    {
        var quote = Assert.Single(QuotationMarks.Find(text));
        Assert.Equal(inner, quote.Inner.Of(text));
    }

    [Fact]
    public void Apostrophes_and_elisions_are_not_quotes()
    {
        Assert.Empty(QuotationMarks.Find("Don't tell O'Brien about the '90s, it's the students' party."));
    }

    [Fact]
    public void A_quote_over_paragraphs_opens_on_each_and_closes_at_the_end()
    {
        const string text = "“First part.\n“Second part.\n“Last part.”\nAfter.";
        var quote = Assert.Single(QuotationMarks.Find(text));
        Assert.Equal((0, 3), (quote.Open, quote.Paragraphs));
        Assert.Equal(text.IndexOf('”', StringComparison.Ordinal), quote.Close);
    }

    [Fact]
    public void An_unclosed_mark_at_a_paragraph_end_is_dropped()
    {
        Assert.Empty(QuotationMarks.Find("He said “this never closes.\nNext paragraph."));
    }

    [Fact]
    public void Bad_input_never_throws()
    {
        var noise = string.Concat(Enumerable.Repeat("\"“‘'«„»”’\n", 2000));
        var pipeline = new PipelineBuilder().UseQuotes().Build();
        var analyzed = pipeline.Analyze(new Article("noise", noise + " said X. " + new string('"', 5000)));
        Assert.NotNull(analyzed.GetLayer<Quote>());
        Assert.Empty(pipeline.Analyze(new Article("empty", "")).GetLayer<Quote>());
    }

    [Fact]
    public void Cancellation_is_observed()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.Throws<OperationCanceledException>(() => QuotationMarks.Find(new string('x', 10_000), cts.Token));
    }
}
