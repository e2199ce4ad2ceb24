using Parallax.Model;

namespace Parallax.Language.Amounts;

/// <summary>A number with what it counts or measures: money, a percentage, a count ("$5 million", "40%", "6,000 troops"). Immutable.</summary>
/// <param name="Span">The characters of the amount, from currency sign to scale or unit word.</param>
/// <param name="Value">The number with its scale applied ("$5 million" → 5000000), or null when it does not parse.</param>
/// <param name="Unit">
/// What is counted: an ISO currency code ("USD", "EUR", "GBP", "RUB", "JPY") for money, "percent", or the
/// following plural noun ("troops") when the number is a bare count; null when unknown.
/// </param>
public sealed record AmountMention(TextSpan Span, decimal? Value, string? Unit) : IHasSpan;
