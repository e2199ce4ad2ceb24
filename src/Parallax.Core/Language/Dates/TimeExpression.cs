using Parallax.Model;

namespace Parallax.Language.Dates;

/// <summary>What a <see cref="TimeExpression"/> denotes.</summary>
public enum TimeExpressionKind
{
    /// <summary>A calendar point or period, absolute or relative ("August 15, 2025", "2018", "last week", "on Monday").</summary>
    Date,

    /// <summary>A length of time, anchored or not ("three hours", "a 12-hour flight", "the past three days").</summary>
    Duration,
}

/// <summary>How fine the calendar unit of a <see cref="TimeExpression"/> is.</summary>
public enum TimeGranularity
{
    /// <summary>One day.</summary>
    Day,

    /// <summary>A weekend (Saturday and Sunday).</summary>
    Weekend,

    /// <summary>A week, Monday to Sunday.</summary>
    Week,

    /// <summary>A calendar month.</summary>
    Month,

    /// <summary>A season (northern hemisphere: spring March–May, summer June–August, …).</summary>
    Season,

    /// <summary>A quarter of a year.</summary>
    Quarter,

    /// <summary>A half of a year.</summary>
    HalfYear,

    /// <summary>A calendar year.</summary>
    Year,

    /// <summary>A decade ("the 1990s").</summary>
    Decade,

    /// <summary>No calendar position can be given: vague ("several months ago", "the coming days").</summary>
    Vague,
}

/// <summary>Which way in time a relative expression points, from its reference date.</summary>
public enum TimeDirection
{
    /// <summary>Not stated by the expression (a bare "Monday" or "January 11th"): the clause's tense decides.</summary>
    Unstated,

    /// <summary>Before the reference ("last", "ago", "past").</summary>
    Past,

    /// <summary>The period of the reference itself ("this week", "today").</summary>
    Current,

    /// <summary>After the reference ("next", "upcoming", "from now", "will").</summary>
    Future,
}

/// <summary>
/// A date, period or duration expression of an article, as the words say it (<see cref="Reading"/>) and, when a
/// reference date is known, resolved to the calendar (<see cref="Resolution"/>). Immutable.
/// </summary>
/// <param name="Span">The words of the expression, without a leading preposition ("the upcoming January 11th", "three hours").</param>
/// <param name="Kind">Date or duration.</param>
/// <param name="Reading">What the words say, before resolution.</param>
public sealed record TimeExpression(TextSpan Span, TimeExpressionKind Kind, TimeReading Reading) : IHasSpan
{
    /// <summary>The calendar value; <see cref="TimeResolution.Unresolved"/> when no reference date was known and the words need one.</summary>
    public TimeResolution Resolution { get; init; } = TimeResolution.Unresolved;

    /// <summary>True when the expression lies inside quoted or reported speech.</summary>
    public bool InSpeech { get; init; }
}

/// <summary>
/// What the words of a time expression give, before any reference date: explicit calendar fields, or an offset from
/// the reference in some unit. Immutable.
/// </summary>
/// <param name="Granularity">The calendar unit named.</param>
/// <param name="Direction">Which way a relative expression points.</param>
public sealed record TimeReading(TimeGranularity Granularity, TimeDirection Direction)
{
    /// <summary>The year the words give; null when they give none.</summary>
    public int? Year { get; init; }

    /// <summary>The month (1–12) the words give; null when none.</summary>
    public int? Month { get; init; }

    /// <summary>The day of the month the words give; null when none.</summary>
    public int? Day { get; init; }

    /// <summary>The weekday the words name ("on Monday"), when any.</summary>
    public DayOfWeek? Weekday { get; init; }

    /// <summary>
    /// For <see cref="TimeGranularity.Season"/> (0 spring, 1 summer, 2 autumn, 3 winter), <see cref="TimeGranularity.Quarter"/>
    /// (1–4) and <see cref="TimeGranularity.HalfYear"/> (1–2): which part of the year; otherwise null.
    /// </summary>
    public int? Part { get; init; }

    /// <summary>A holiday whose day moves from year to year ("Election Day"), when the words name one.</summary>
    public MovableHoliday? Holiday { get; init; }

    /// <summary>True when the words are relative to a reference date ("last year", "on Monday", "three days ago", "August 15" without a year).</summary>
    public bool IsRelative { get; init; }

    /// <summary>The number of units from the reference for a relative expression ("three days ago": 3, "last year": 1, "this week": 0); null when vague ("several").</summary>
    public int? Offset { get; init; }

    /// <summary>True when the year is the one the text mentioned last ("the second half of the year" after "2026").</summary>
    public bool YearFromContext { get; init; }

    /// <summary>For a duration: its ISO 8601 form ("PT3H", "P5Y", "PXM" when the amount is vague).</summary>
    public string? Duration { get; init; }
}

/// <summary>
/// A time expression placed on the calendar. <see cref="Value"/> is a TIMEX3-style string ("2025-08-15", "2025-W33",
/// "2025-08", "2026-H2", "2025-SU", "199", "PT3H", "PAST_REF"); <see cref="Start"/> and <see cref="End"/> (inclusive) the
/// days it covers when it names calendar days. Immutable.
/// </summary>
/// <param name="Value">The normalized value; null when unresolved.</param>
/// <param name="Start">The first day covered; null when not on the calendar (unresolved, vague, or an unanchored duration).</param>
/// <param name="End">The last day covered (equal to <paramref name="Start"/> for one day).</param>
public sealed record TimeResolution(string? Value, DateOnly? Start, DateOnly? End)
{
    /// <summary>Not resolved: the words need a reference date that is not known.</summary>
    public static TimeResolution Unresolved { get; } = new(null, null, null);

    /// <summary>True when a value was given.</summary>
    public bool IsResolved => Value is not null;

    /// <summary>The reference date a relative expression was resolved against; null for absolute ones.</summary>
    public DateOnly? Reference { get; init; }
}

/// <summary>Holidays whose date is a rule, not a fixed day.</summary>
public enum MovableHoliday
{
    /// <summary>US Election Day: the Tuesday after the first Monday of November.</summary>
    UsElectionDay,

    /// <summary>US Thanksgiving: the fourth Thursday of November.</summary>
    UsThanksgiving,
}
