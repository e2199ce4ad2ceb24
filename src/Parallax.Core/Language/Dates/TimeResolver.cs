using System.Globalization;

namespace Parallax.Language.Dates;

/// <summary>
/// Places a <see cref="TimeExpression"/>'s <see cref="TimeReading"/> on the calendar against a reference date (the
/// article's publication date, or when a quoted speaker spoke). Relative expressions stay unresolved without a
/// reference: nothing is invented. Stateless and thread-safe.
/// </summary>
public static class TimeResolver
{
    /// <summary>Resolves <paramref name="reading"/>.</summary>
    /// <param name="kind">Date or duration.</param>
    /// <param name="reading">What the words say.</param>
    /// <param name="reference">The reference date; null when unknown.</param>
    /// <param name="tense">Which way the clause around the expression points (decides a bare "Monday" or "January 11th").</param>
    /// <param name="contextYear">The year the text mentioned last before the expression, for "the second half of the year"; null when none.</param>
    public static TimeResolution Resolve(TimeExpressionKind kind, TimeReading reading, DateOnly? reference, TimeDirection tense = TimeDirection.Unstated, int? contextYear = null)
    {
        ArgumentNullException.ThrowIfNull(reading);
        if (kind == TimeExpressionKind.Duration)
        {
            return ResolveDuration(reading, reference);
        }

        if (reading.Granularity == TimeGranularity.Vague)
        {
            var value = reading.Direction switch
            {
                TimeDirection.Future => "FUTURE_REF",
                TimeDirection.Current => "PRESENT_REF",
                _ => "PAST_REF",
            };
            return new TimeResolution(value, null, null) { Reference = reference };
        }

        if (!reading.IsRelative)
        {
            return Absolute(reading, reading.Year);
        }

        if (reading.YearFromContext && contextYear is { } cy)
        {
            return Absolute(reading, cy);
        }

        if (reference is not { } r)
        {
            return TimeResolution.Unresolved;
        }

        var resolved = Relative(reading, r, tense);
        return resolved is null ? TimeResolution.Unresolved : resolved with { Reference = r };
    }

    private static TimeResolution ResolveDuration(TimeReading reading, DateOnly? reference)
    {
        var value = reading.Duration ?? "PX";
        if (reading.IsRelative && reading.Offset is { } n && reference is { } r && ParseUnit(value) is { } unit
            && reading.Direction is TimeDirection.Past or TimeDirection.Future)
        {
            var sign = reading.Direction == TimeDirection.Past ? -1 : 1;
            var other = Add(r, unit, sign * n);
            return sign < 0 ? new TimeResolution(value, other, r) { Reference = r } : new TimeResolution(value, r, other) { Reference = r };
        }

        return new TimeResolution(value, null, null) { Reference = reading.IsRelative ? reference : null };
    }

    private static string? ParseUnit(string duration) => duration switch
    {
        _ when duration.StartsWith("PT", StringComparison.Ordinal) => null,
        _ when duration.EndsWith("DE", StringComparison.Ordinal) => "DE",
        _ when duration.EndsWith("WE", StringComparison.Ordinal) => null,
        _ when duration.EndsWith("CE", StringComparison.Ordinal) => null,
        _ when duration.Length > 1 && duration[^1] is 'D' or 'W' or 'M' or 'Y' => duration[^1].ToString(),
        _ => null,
    };

    private static DateOnly Add(DateOnly date, string unit, int n) => unit switch
    {
        "D" => date.AddDays(n),
        "W" => date.AddDays(7 * n),
        "M" => date.AddMonths(n),
        "Y" => date.AddYears(n),
        _ => date.AddYears(10 * n),
    };

    private static TimeResolution Absolute(TimeReading reading, int? yearOrNull)
    {
        if (yearOrNull is not { } year || year is < 1 or > 9989)
        {
            return TimeResolution.Unresolved;
        }

        switch (reading.Granularity)
        {
            case TimeGranularity.Day when reading.Holiday is { } holiday:
                return OneDay(HolidayIn(holiday, year));
            case TimeGranularity.Day when reading.Month is { } m && reading.Day is { } d && d <= DateTime.DaysInMonth(year, m):
                return OneDay(new DateOnly(year, m, d));
            case TimeGranularity.Month when reading.Month is { } m:
                return Month(year, m);
            case TimeGranularity.Year:
                return new TimeResolution(Y(year), new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
            case TimeGranularity.HalfYear when reading.Part is { } h:
                return new TimeResolution(Y(year) + "-H" + h.ToString(CultureInfo.InvariantCulture), new DateOnly(year, h == 1 ? 1 : 7, 1), new DateOnly(year, h == 1 ? 6 : 12, h == 1 ? 30 : 31));
            case TimeGranularity.Quarter when reading.Part is { } q:
                var qs = new DateOnly(year, (3 * (q - 1)) + 1, 1);
                return new TimeResolution(Y(year) + "-Q" + q.ToString(CultureInfo.InvariantCulture), qs, qs.AddMonths(3).AddDays(-1));
            case TimeGranularity.Season when reading.Part is { } s:
                return Season(year, s);
            case TimeGranularity.Decade:
                var decade = year / 10 * 10;
                return new TimeResolution((decade / 10).ToString(CultureInfo.InvariantCulture), new DateOnly(decade, 1, 1), new DateOnly(decade + 9, 12, 31));
            default:
                return TimeResolution.Unresolved;
        }
    }

    private static TimeResolution? Relative(TimeReading reading, DateOnly r, TimeDirection tense)
    {
        var dir = reading.Direction;
        var n = reading.Offset ?? 1;
        switch (reading.Granularity)
        {
            case TimeGranularity.Day when reading.Holiday is { } holiday:
                return OneDay(Pick(r, dir, tense, y => HolidayIn(holiday, y)));
            case TimeGranularity.Day when reading.Month is { } m && reading.Day is { } d:
                return OneDay(Pick(r, dir, tense, y => new DateOnly(y, m, Math.Min(d, DateTime.DaysInMonth(y, m)))));
            case TimeGranularity.Day when reading.Weekday is { } weekday:
                return OneDay(PickWeekday(r, weekday, dir, tense));
            case TimeGranularity.Day:
                return OneDay(r.AddDays(Sign(dir) * (reading.Offset ?? 0)));
            case TimeGranularity.Week:
                return Week(r.AddDays(7 * Sign(dir) * n), weekend: false);
            case TimeGranularity.Weekend:
                var basis = dir == TimeDirection.Past && r.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) ? r.AddDays(-7 * (n - 1)) : r.AddDays(7 * Sign(dir) * n);
                if (dir == TimeDirection.Past && r.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
                {
                    basis = r.AddDays(-7 * n);
                }
                else if (dir == TimeDirection.Past)
                {
                    basis = basis.AddDays(-7);
                }

                return Week(basis, weekend: true);
            case TimeGranularity.Month when reading.Month is { } m:
                var first = Pick(new DateOnly(r.Year, r.Month, 1), dir, tense, y => new DateOnly(y, m, 1));
                return Month(first.Year, m);
            case TimeGranularity.Month:
                var shifted = new DateOnly(r.Year, r.Month, 1).AddMonths(Sign(dir) * n);
                return Month(shifted.Year, shifted.Month);
            case TimeGranularity.Season when reading.Part is { } s:
                return PickSeason(r, s, dir);
            case TimeGranularity.Year:
                return Absolute(reading, r.Year + (Sign(dir) * (reading.YearFromContext ? 0 : n)));
            case TimeGranularity.HalfYear or TimeGranularity.Quarter:
                return Absolute(reading, r.Year);
            case TimeGranularity.Decade:
                return Absolute(reading, r.Year + (10 * Sign(dir) * n));
            default:
                return null;
        }
    }

    private static int Sign(TimeDirection direction) => direction switch
    {
        TimeDirection.Past => -1,
        TimeDirection.Future => 1,
        _ => 0,
    };

    /// <summary>The occurrence of a yearly date nearest the reference in the direction the words or the tense give.</summary>
    private static DateOnly Pick(DateOnly r, TimeDirection dir, TimeDirection tense, Func<int, DateOnly> inYear)
    {
        var candidates = new[] { inYear(r.Year - 1), inYear(r.Year), inYear(r.Year + 1) };
        switch (dir)
        {
            case TimeDirection.Past:
                return Latest(candidates, d => d < r);
            case TimeDirection.Future:
                return Earliest(candidates, d => d > r);
            case TimeDirection.Current:
                return candidates[1];
        }

        return tense switch
        {
            TimeDirection.Past => Latest(candidates, d => d <= r),
            TimeDirection.Future => Earliest(candidates, d => d >= r),
            _ => Nearest(candidates, r),
        };
    }

    private static DateOnly Latest(DateOnly[] candidates, Func<DateOnly, bool> ok)
    {
        for (var i = candidates.Length - 1; i >= 0; i--)
        {
            if (ok(candidates[i]))
            {
                return candidates[i];
            }
        }

        return candidates[0];
    }

    private static DateOnly Earliest(DateOnly[] candidates, Func<DateOnly, bool> ok)
    {
        foreach (var c in candidates)
        {
            if (ok(c))
            {
                return c;
            }
        }

        return candidates[^1];
    }

    private static DateOnly Nearest(DateOnly[] candidates, DateOnly r)
    {
        var best = candidates[0];
        foreach (var c in candidates)
        {
            if (Math.Abs(c.DayNumber - r.DayNumber) < Math.Abs(best.DayNumber - r.DayNumber))
            {
                best = c;
            }
        }

        return best;
    }

    private static DateOnly PickWeekday(DateOnly r, DayOfWeek weekday, TimeDirection dir, TimeDirection tense)
    {
        var back = ((int)r.DayOfWeek - (int)weekday + 7) % 7;
        var forward = ((int)weekday - (int)r.DayOfWeek + 7) % 7;
        switch (dir)
        {
            case TimeDirection.Past:
                return r.AddDays(-(back == 0 ? 7 : back));
            case TimeDirection.Future:
                return r.AddDays(forward == 0 ? 7 : forward);
            case TimeDirection.Current:
                var monday = r.AddDays(-(((int)r.DayOfWeek + 6) % 7));
                return monday.AddDays(((int)weekday + 6) % 7);
        }

        // News reports the past by default: a bare weekday is the last one on or before the reference unless the clause is about the future.
        return tense == TimeDirection.Future ? r.AddDays(forward) : r.AddDays(-back);
    }

    private static TimeResolution PickSeason(DateOnly r, int season, TimeDirection dir)
    {
        var occurrences = new List<TimeResolution>();
        for (var y = r.Year - 2; y <= r.Year + 1; y++)
        {
            occurrences.Add(Season(y, season));
        }

        switch (dir)
        {
            case TimeDirection.Past:
                return occurrences.Last(o => o.End < r);
            case TimeDirection.Future:
                return occurrences.First(o => o.Start > r);
            default:
                return occurrences.FirstOrDefault(o => o.Start <= r && r <= o.End) ?? occurrences.First(o => o.Start!.Value.Year == r.Year);
        }
    }

    private static DateOnly HolidayIn(MovableHoliday holiday, int year)
    {
        var november = new DateOnly(year, 11, 1);
        if (holiday == MovableHoliday.UsElectionDay)
        {
            var firstMonday = november.AddDays(((int)DayOfWeek.Monday - (int)november.DayOfWeek + 7) % 7);
            return firstMonday.AddDays(1);
        }

        var firstThursday = november.AddDays(((int)DayOfWeek.Thursday - (int)november.DayOfWeek + 7) % 7);
        return firstThursday.AddDays(21);
    }

    private static TimeResolution OneDay(DateOnly d) => new(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), d, d);

    private static TimeResolution Month(int year, int month)
    {
        var start = new DateOnly(year, month, 1);
        return new TimeResolution(start.ToString("yyyy-MM", CultureInfo.InvariantCulture), start, start.AddMonths(1).AddDays(-1));
    }

    private static TimeResolution Week(DateOnly day, bool weekend)
    {
        var dt = day.ToDateTime(TimeOnly.MinValue);
        var value = ISOWeek.GetYear(dt).ToString("D4", CultureInfo.InvariantCulture) + "-W" + ISOWeek.GetWeekOfYear(dt).ToString("D2", CultureInfo.InvariantCulture);
        var monday = day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
        return weekend ? new TimeResolution(value + "-WE", monday.AddDays(5), monday.AddDays(6)) : new TimeResolution(value, monday, monday.AddDays(6));
    }

    private static TimeResolution Season(int year, int season)
    {
        var code = season switch
        {
            0 => "SP",
            1 => "SU",
            2 => "FA",
            _ => "WI",
        };
        var start = new DateOnly(year, season switch { 0 => 3, 1 => 6, 2 => 9, _ => 12 }, 1);
        return new TimeResolution(Y(year) + "-" + code, start, start.AddMonths(3).AddDays(-1));
    }

    private static string Y(int year) => year.ToString("D4", CultureInfo.InvariantCulture);
}
