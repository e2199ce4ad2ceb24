using Parallax.Language.Amounts;

namespace Parallax.Core.Tests.Language.Amounts;

public class AmountRecognizerTests
{
    [Theory]
    [InlineData("The deal is worth $5 million to the firm.", "$5 million", 5_000_000, "USD")]
    [InlineData("Exports fell by €3bn last year.", "€3bn", 3_000_000_000, "EUR")]
    [InlineData("Turnout was 40% in the region.", "40%", 40, "percent")]
    [InlineData("Prices rose 12.5 percent in July.", "12.5 percent", 12.5, "percent")]
    [InlineData("Some 6,000 troops were moved.", "6,000 troops", 6000, "troops")]
    [InlineData("He was fined 500 rubles.", "500 rubles", 500, "RUB")]
    [InlineData("Aid of US$2.5 billion was pledged.", "US$2.5 billion", 2_500_000_000, "USD")]
    public void Finds_amounts(string text, string expected, double value, string unit)
    {
        var mention = Assert.Single(AmountRecognizer.Recognize(text));
        Assert.Equal(expected, mention.Span.Of(text));
        Assert.Equal((decimal)value, mention.Value);
        Assert.Equal(unit, mention.Unit);
    }

    [Theory]
    [InlineData("In 2025 the summit took place.")]
    [InlineData("")]
    [InlineData("Page 12, line 3.")]
    public void Bare_numbers_are_not_amounts(string text) => Assert.Empty(AmountRecognizer.Recognize(text));
}
