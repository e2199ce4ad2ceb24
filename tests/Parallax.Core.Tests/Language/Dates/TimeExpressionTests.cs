using Parallax.Language.Dates;
using Parallax.Language.Sentences;
using Parallax.Language.Tokens;
using Parallax.Language.Tone;

namespace Parallax.Core.Tests.Language.Dates;

public class TimeExpressionTests
{
    private static readonly DateOnly Published = new(2025, 12, 20); // a Saturday

    private static IReadOnlyList<TimeExpression> Annotate(string text, DateOnly? published)
    {
        var sentences = SentenceSplitter.Split(text, Tokenizer.Tokenize(text));
        return TimeExpressionStage.Annotate(text, published, sentences, AttributedSpeech.Detect(text, sentences));
    }

    [Theory]
    [InlineData("The summit was held on August 15, 2025, in Alaska.", "August 15, 2025", "2025-08-15")]
    [InlineData("It was the 2018 Helsinki meeting all over again.", "2018", "2018")]
    [InlineData("Officials met this week in Miami.", "this week", "2025-W51")]
    [InlineData("He arrived on Monday and left.", "Monday", "2025-12-15")]
    [InlineData("Prices rose last year.", "last year", "2024")]
    [InlineData("The claim surfaced several months ago online.", "several months ago", "PAST_REF")]
    [InlineData("No agreement will be signed by the upcoming January 11th.", "the upcoming January 11th", "2026-01-11")]
    [InlineData("The negotiation lasted three hours.", "three hours", "PT3H")]
    [InlineData("His 12-hour flight was long.", "12", "PT12H")]
    [InlineData("Hope for peace in 2026 is great, especially in the second half of the year.", "the second half of the year", "2026-H2")]
    [InlineData("They talked over the past three days.", "the past three days", "P3D")]
    [InlineData("Direct talks were not seen in nearly two decades.", "nearly two decades", "P2DE")]
    [InlineData("Greetings will be sent for Christmas.", "Christmas", "2025-12-25")]
    [InlineData("The survey was done in the 1990s.", "the 1990s", "199")]
    public void Recognises_and_resolves(string text, string expression, string value)
    {
        var found = Annotate(text, Published);
        var e = Assert.Single(found, x => x.Span.Of(text).StartsWith(expression, StringComparison.Ordinal));
        if (expression != "12")
        {
            Assert.Equal(expression, e.Span.Of(text));
        }

        Assert.Equal(value, e.Resolution.Value);
    }

    [Fact]
    public void A_period_has_a_start_and_an_end()
    {
        var e = Assert.Single(Annotate("Prices rose last year.", Published));
        Assert.Equal(new DateOnly(2024, 1, 1), e.Resolution.Start);
        Assert.Equal(new DateOnly(2024, 12, 31), e.Resolution.End);
    }

    [Theory]
    [InlineData("He arrived on Monday and left.")]
    [InlineData("Prices rose last year.")]
    [InlineData("Talks resumed on August 15.")]
    public void Relative_expressions_stay_unresolved_without_a_publication_date(string text)
    {
        var e = Assert.Single(Annotate(text, published: null));
        Assert.False(e.Resolution.IsResolved);
        Assert.Null(e.Resolution.Start);
    }

    [Fact]
    public void Absolute_dates_resolve_without_a_publication_date()
    {
        var e = Assert.Single(Annotate("The summit was held on August 15, 2025.", published: null));
        Assert.Equal("2025-08-15", e.Resolution.Value);
    }

    [Fact]
    public void Relative_expressions_in_quoted_speech_count_from_when_it_was_said()
    {
        // Published Saturday 20 December; Peskov spoke on Tuesday 16 December about "tomorrow".
        var text = "On Tuesday, Peskov said: \"The envoy will return tomorrow with the answers.\"";
        var found = Annotate(text, Published);
        var tomorrow = Assert.Single(found, e => e.Span.Of(text) == "tomorrow");
        Assert.True(tomorrow.InSpeech);
        Assert.Equal("2025-12-17", tomorrow.Resolution.Value);
        Assert.Equal(new DateOnly(2025, 12, 16), tomorrow.Resolution.Reference);
    }

    [Fact]
    public void A_bare_weekday_in_a_clause_about_the_future_is_the_next_one()
    {
        var e = Assert.Single(Annotate("He will come back on Monday.", Published));
        Assert.Equal("2025-12-22", e.Resolution.Value);
    }

    [Theory]
    [InlineData("A reporter for USA Today spotted her.")]
    [InlineData("Theresa May said the may pole was tall.")]
    [InlineData("He paid $2000 for 1999 votes.")]
    [InlineData("")]
    public void No_false_dates(string text) => Assert.Empty(Annotate(text, Published));
}
