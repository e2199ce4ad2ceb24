using Parallax.Language.Dates;

namespace Parallax.Core.Tests.Language.Dates;

public class DateRecognizerTests
{
    [Theory]
    [InlineData("The summit was held on August 15, 2025, in Alaska.", "August 15, 2025", DatePrecision.Day, "2025-08-15")]
    [InlineData("Talks resumed on 15 August 2025.", "15 August 2025", DatePrecision.Day, "2025-08-15")]
    [InlineData("Published 2025-08-16 at noon.", "2025-08-16", DatePrecision.Day, "2025-08-16")]
    [InlineData("Sanctions were tightened in March 2022.", "March 2022", DatePrecision.Month, "2022-03-01")]
    [InlineData("The envoy arrived on Aug. 14 for talks.", "Aug. 14", DatePrecision.DayOfMonth, null)]
    [InlineData("Putin spoke on Friday.", "Friday", DatePrecision.Relative, null)]
    [InlineData("Officials said last week that talks stalled.", "last week", DatePrecision.Relative, null)]
    public void Finds_simple_dates(string text, string expected, DatePrecision precision, string? value)
    {
        var mention = Assert.Single(DateRecognizer.Recognize(text));
        Assert.Equal(expected, mention.Span.Of(text));
        Assert.Equal(precision, mention.Precision);
        Assert.Equal(value is null ? null : DateOnly.Parse(value, System.Globalization.CultureInfo.InvariantCulture), mention.Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Theresa May said the may pole was tall.")]
    [InlineData("February 30, 2025 never happened")]
    [InlineData("9999-99-99 and 31 31 31")]
    public void Odd_input_gives_no_false_dates_and_no_exceptions(string text)
    {
        foreach (var m in DateRecognizer.Recognize(text))
        {
            Assert.Null(m.Value);
        }
    }
}
