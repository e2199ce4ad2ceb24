using Parallax.Model;

namespace Parallax.Language.Dates;

/// <summary>How much of a <see cref="DateMention"/>'s date the text gives.</summary>
public enum DatePrecision
{
    /// <summary>A day ("August 15, 2025", "2025-08-15").</summary>
    Day,

    /// <summary>A month of a year ("August 2025").</summary>
    Month,

    /// <summary>A day of a month, year not given ("August 15"): <see cref="DateMention.Value"/> is null.</summary>
    DayOfMonth,

    /// <summary>A weekday or a word relative to the article's date ("Friday", "yesterday", "last week"): no value.</summary>
    Relative,
}

/// <summary>A date or time expression in an article's text. Immutable.</summary>
/// <param name="Span">The characters of the expression.</param>
/// <param name="Precision">How much the text gives.</param>
/// <param name="Value">The date when the text gives a full one (for <see cref="DatePrecision.Month"/>, the first of the month); otherwise null.</param>
public sealed record DateMention(TextSpan Span, DatePrecision Precision, DateOnly? Value = null) : IHasSpan;
