using System.Globalization;
using Parallax.Model;

namespace Parallax.Language.Dates;

/// <summary>
/// Finds date, period and duration expressions in English text: absolute ("August 15, 2025", "2018", "March 2022",
/// "the second half of 2026"), relative ("this week", "on Monday", "last year", "several months ago", "the upcoming
/// January 11th", "Christmas") and durations ("three hours", "a 12-hour flight", "the past three days", "nearly two
/// decades"). The expressions come unresolved; <see cref="TimeResolver"/> places them on the calendar.
/// Prepositions ("on", "in", "since") are left out of the spans. Stateless, thread-safe, linear in the text; never
/// throws on odd input.
/// </summary>
public static class TimeExpressionRecognizer
{
    /// <summary>Finds the time expressions of <paramref name="text"/>, in text order, not overlapping.</summary>
    /// <exception cref="OperationCanceledException">When <paramref name="cancellationToken"/> is cancelled.</exception>
    public static IReadOnlyList<TimeExpression> Recognize(string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        var scanner = new Scanner(text, Words(text));
        var found = new List<TimeExpression>();
        var i = 0;
        while (i < scanner.Count)
        {
            if ((i & 1023) == 1023)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (scanner.Match(i) is { } match)
            {
                found.Add(new TimeExpression(new TextSpan(scanner.StartOf(i), scanner.EndOf(match.End - 1)), match.Kind, match.Reading));
                i = match.End;
                if (scanner.RangeEnd(match) is { } second)
                {
                    found.Add(new TimeExpression(new TextSpan(scanner.StartOf(i), scanner.EndOf(i)), second.Kind, second.Reading));
                    i++;
                }
            }
            else
            {
                i++;
            }
        }

        return found;
    }

    private static List<Word> Words(string text)
    {
        var words = new List<Word>();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            words.Add(new Word(start, i, text.Substring(start, i - start).ToLowerInvariant(), char.IsUpper(text[start])));
        }

        return words;
    }

    private readonly record struct Word(int Start, int End, string Lower, bool Capitalized);

    private sealed record Match(int End, TimeExpressionKind Kind, TimeReading Reading);

    private sealed class Scanner(string text, List<Word> words)
    {
        private static readonly HashSet<string> CountNouns = new(StringComparer.Ordinal)
        {
            "people", "troops", "soldiers", "votes", "km", "kilometers", "kilometres", "miles", "dollars", "euros", "points",
            "members", "residents", "cases", "deaths", "feet", "meters", "metres", "units", "jobs", "students", "voters",
            "delegates", "pages", "words", "tons", "tonnes", "acres", "homes", "cars", "workers", "employees", "copies",
        };

        public int Count => words.Count;

        public int StartOf(int i) => words[i].Start;

        public int EndOf(int i) => words[i].End;

        private string W(int i) => i >= 0 && i < words.Count ? words[i].Lower : string.Empty;

        private bool Cap(int i) => i >= 0 && i < words.Count && words[i].Capitalized;

        /// <summary>The characters between word i-1 and word i.</summary>
        private ReadOnlySpan<char> GapBefore(int i) =>
            i <= 0 || i >= words.Count ? ReadOnlySpan<char>.Empty : text.AsSpan(words[i - 1].End, words[i].Start - words[i - 1].End);

        private bool Spaced(int i)
        {
            if (i <= 0 || i >= words.Count)
            {
                return false;
            }

            var gap = GapBefore(i);
            if (gap.Length is 0 or > 3)
            {
                return false;
            }

            foreach (var c in gap)
            {
                if (c is not (' ' or '\u00a0'))
                {
                    return false;
                }
            }

            return true;
        }

        private bool Hyphened(int i) => i > 0 && i < words.Count && GapBefore(i) is "-" or "\u2011" or "\u2010";

        private bool SpacedOrHyphened(int i) => Spaced(i) || Hyphened(i);

        /// <summary>A space, or ", " / ". " (after an abbreviation) between words i-1 and i.</summary>
        private bool Loose(int i)
        {
            if (Spaced(i))
            {
                return true;
            }

            var gap = GapBefore(i);
            return gap is ", " or ". " or ".\u00a0" or ",\u00a0";
        }

        private bool Is(int i, string word) => W(i) == word;

        private bool IsSentenceStart(int i)
        {
            if (i == 0)
            {
                return true;
            }

            var gap = GapBefore(i).Trim();
            return gap.Length > 0 && gap[^1] is '.' or '!' or '?' or ':' or '"' or '\u201c' or '\u2014';
        }

        /// <summary>The second day of a range after a day-of-month match ("September 16-19", "Aug. 14–15").</summary>
        public Match? RangeEnd(Match first)
        {
            var i = first.End;
            if (i >= words.Count || first.Reading.Granularity != TimeGranularity.Day || first.Reading.Month is null || first.Reading.Day is not { } d1
                || first.Reading.Holiday is not null || GapBefore(i) is not ("-" or "\u2013") || ParseDay(W(i)) is not { } d2 || d2 <= d1
                || words[i - 1].Lower != d1.ToString(CultureInfo.InvariantCulture) && !words[i - 1].Lower.StartsWith(d1.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal))
            {
                return null;
            }

            return new Match(i + 1, first.Kind, first.Reading with { Day = d2 });
        }

        public Match? Match(int i)
        {
            // Relative expressions that open with "the", "earlier"/"later", or a modifier.
            return Relative(i) ?? PartOfYear(i) ?? Amounted(i) ?? Absolute(i) ?? Deictic(i) ?? Weekday(i, i, TimeDirection.Unstated)
                ?? Holiday(i, i, TimeDirection.Unstated) ?? Decade(i) ?? Year(i) ?? VagueFor(i);
        }

        private Match? Relative(int i)
        {
            var j = i;
            var hasThe = Is(j, "the");
            if (hasThe)
            {
                j++;
            }
            else if ((Is(j, "earlier") || Is(j, "later")) && Spaced(j + 1) && W(j + 1) is "this" or "last" or "next")
            {
                j++;
            }

            if (j > i && !Spaced(j))
            {
                return null;
            }

            var direction = W(j) switch
            {
                "last" or "past" or "previous" or "recent" => TimeDirection.Past,
                "next" or "coming" or "upcoming" or "following" or "forthcoming" => TimeDirection.Future,
                "this" or "current" => TimeDirection.Current,
                _ => (TimeDirection?)null,
            };
            if (direction is not { } dir || !Spaced(j + 1) || (!hasThe && W(j) is "following" or "previous"))
            {
                return null;
            }

            // "the following week" and "the next day" count from the story's own time, not the reference date: left out.
            var anaphoric = hasThe && W(j) is "following" or "previous" or "next";
            var k = j + 1;
            var amount = TimeWords.Amount(W(k), out var vague);
            var couple = W(k) == "couple" || (Is(k, "a") && Is(k + 1, "couple"));
            if (couple)
            {
                amount = 2;
            }

            if ((amount is not null && W(k) is not ("a" or "an")) || vague || couple || (Is(k, "a") && Is(k + 1, "few")))
            {
                var u = k + 1;
                if (couple)
                {
                    u = Is(k, "a") ? k + 2 : k + 1;
                    if (Is(u, "of"))
                    {
                        u++;
                    }
                }

                if (Is(k, "a") && Is(k + 1, "few"))
                {
                    u++;
                    vague = true;
                }

                if (SpacedOrHyphened(u) && TimeWords.Unit(W(u), out _) is { } unit && !anaphoric)
                {
                    var reading = new TimeReading(TimeGranularity.Vague, dir == TimeDirection.Current ? TimeDirection.Past : dir)
                    {
                        IsRelative = true,
                        Offset = vague ? null : amount,
                        Duration = DurationOf(vague ? null : amount, unit),
                    };
                    return new Match(u + 1, TimeExpressionKind.Duration, reading);
                }

                return null;
            }

            if (TimeWords.Unit(W(k), out var plural) is { } single)
            {
                if (plural)
                {
                    if (single is TimeUnit.Second or TimeUnit.Minute || anaphoric)
                    {
                        return null;
                    }

                    // "recent years", "the coming weeks": vague.
                    return new Match(k + 1, TimeExpressionKind.Date, new TimeReading(TimeGranularity.Vague, dir == TimeDirection.Future ? TimeDirection.Future : TimeDirection.Past) { IsRelative = true });
                }

                if (anaphoric || single is TimeUnit.Second or TimeUnit.Minute or TimeUnit.Hour || (single == TimeUnit.Day && dir != TimeDirection.Current))
                {
                    return null;
                }

                if (hasThe && W(j) is "past" or "last")
                {
                    // "the past week", "the last year": a duration up to the reference date.
                    return new Match(k + 1, TimeExpressionKind.Duration, new TimeReading(TimeGranularity.Vague, TimeDirection.Past) { IsRelative = true, Offset = 1, Duration = DurationOf(1, single) });
                }

                if (single == TimeUnit.Day)
                {
                    return new Match(k + 1, TimeExpressionKind.Date, new TimeReading(TimeGranularity.Day, TimeDirection.Current) { IsRelative = true, Offset = 0 });
                }

                var granularity = GranularityOf(single);
                var offset = dir == TimeDirection.Current ? 0 : single == TimeUnit.Fortnight ? 2 : 1;
                if (single == TimeUnit.Fortnight)
                {
                    granularity = TimeGranularity.Week;
                }

                return new Match(k + 1, TimeExpressionKind.Date, new TimeReading(granularity, dir) { IsRelative = true, Offset = offset });
            }

            if (anaphoric && W(j) != "next")
            {
                return null;
            }

            // "this morning", "last night".
            if ((dir == TimeDirection.Current && W(k) is "morning" or "afternoon" or "evening") || (W(j) == "last" && W(k) == "night"))
            {
                return new Match(k + 1, TimeExpressionKind.Date, new TimeReading(TimeGranularity.Day, dir == TimeDirection.Current ? TimeDirection.Current : TimeDirection.Past) { IsRelative = true, Offset = dir == TimeDirection.Current ? 0 : 1 });
            }

            if (TimeWords.Season(W(k)) is { } season)
            {
                return new Match(k + 1, TimeExpressionKind.Date, new TimeReading(TimeGranularity.Season, dir) { IsRelative = true, Part = season, Offset = dir == TimeDirection.Current ? 0 : 1 });
            }

            return Weekday(i, k, dir) ?? MonthRelative(k, dir) ?? Holiday(i, k, dir);
        }

        private Match? MonthRelative(int k, TimeDirection dir)
        {
            if (TimeWords.Month(W(k), Cap(k)) is not { } month)
            {
                return null;
            }

            var next = k + 1;
            if (next < words.Count && Loose(next) && ParseDay(W(next)) is { } day)
            {
                return new Match(next + 1, TimeExpressionKind.Date, new TimeReading(TimeGranularity.Day, dir) { IsRelative = true, Month = month, Day = day, Offset = 1 });
            }

            return new Match(k + 1, TimeExpressionKind.Date, new TimeReading(TimeGranularity.Month, dir) { IsRelative = true, Month = month, Offset = dir == TimeDirection.Current ? 0 : 1 });
        }

        /// <summary>"the second half of the year", "the first quarter of 2025", "the end of 2025", "early 2018", "mid-March", "the summer of 2018".</summary>
        private Match? PartOfYear(int i)
        {
            var j = Is(i, "the") ? i + 1 : i;
            if (j > i && !Spaced(j))
            {
                return null;
            }

            // early / late / mid  + year or month
            if (j == i && W(i) is "early" or "late" or "mid" && SpacedOrHyphened(i + 1) && (YearAt(i + 1) is not null || TimeWords.Month(W(i + 1), Cap(i + 1)) is not null))
            {
                var inner = Absolute(i + 1);
                if (inner is not null)
                {
                    return inner with { };
                }
            }

            var ordinal = TimeWords.Ordinal(W(j));
            var part = W(j + 1);
            int? partIndex = null;
            TimeGranularity? granularity = null;
            if (ordinal is { } o && Spaced(j + 1) && part is "half" or "quarter")
            {
                granularity = part == "half" ? TimeGranularity.HalfYear : TimeGranularity.Quarter;
                partIndex = o == -1 ? (part == "half" ? 2 : 4) : o;
                if (part == "half" && partIndex > 2)
                {
                    return null;
                }
            }
            else if (j > i && W(j) is "beginning" or "start" or "end" or "middle" or "close")
            {
                partIndex = 0;
            }
            else if (TimeWords.Season(W(j)) is { } season)
            {
                // "summer 2018", "the summer of 2018"
                var y = Spaced(j + 1) && Is(j + 1, "of") && Spaced(j + 2) ? j + 2 : j + 1;
                if (Spaced(y) && YearAt(y) is { } sy)
                {
                    return new Match(y + 1, TimeExpressionKind.Date, new TimeReading(TimeGranularity.Season, TimeDirection.Unstated) { Year = sy, Part = season });
                }

                return null;
            }
            else
            {
                return null;
            }

            var of = j + 2;
            if (partIndex == 0)
            {
                of = j + 1;
            }

            if (!Spaced(of) || !Is(of, "of") || !Spaced(of + 1))
            {
                return null;
            }

            var target = of + 1;
            Match? innerMatch;
            if (YearAt(target) is { } year)
            {
                innerMatch = new Match(target + 1, TimeExpressionKind.Date, new TimeReading(TimeGranularity.Year, TimeDirection.Unstated) { Year = year });
            }
            else if (Is(target, "the") && Spaced(target + 1) && W(target + 1) is "year")
            {
                innerMatch = new Match(target + 2, TimeExpressionKind.Date, new TimeReading(TimeGranularity.Year, TimeDirection.Current) { IsRelative = true, Offset = 0, YearFromContext = true });
            }
            else
            {
                innerMatch = Relative(target) ?? Absolute(target);
            }

            if (innerMatch is null || innerMatch.Kind != TimeExpressionKind.Date)
            {
                return null;
            }

            if (partIndex == 0 || granularity is null)
            {
                return innerMatch;
            }

            if (innerMatch.Reading.Granularity != TimeGranularity.Year)
            {
                return null;
            }

            return innerMatch with { Reading = innerMatch.Reading with { Granularity = granularity.Value, Part = partIndex } };
        }

        /// <summary>"three hours", "a 12-hour flight", "several months ago", "nearly two decades", "two weeks from now".</summary>
        private Match? Amounted(int i)
        {
            var j = i;
            if (TimeWords.IsAmountModifier(W(j)) && Spaced(j + 1) && (TimeWords.Amount(W(j + 1), out var v0) is not null || v0))
            {
                j++;
            }
            else if (W(j) is "more" or "less" or "fewer" && Is(j + 1, "than") && Spaced(j + 1) && Spaced(j + 2))
            {
                j += 2;
            }
            else if (W(j) == "at" && W(j + 1) is "least" or "most" && Spaced(j + 1) && Spaced(j + 2))
            {
                j += 2;
            }

            var amount = TimeWords.Amount(W(j), out var vague);
            var u = j + 1;
            if (Is(j, "a") && (Is(j + 1, "few") || Is(j + 1, "couple")) && Spaced(j + 1))
            {
                vague = Is(j + 1, "few");
                amount = vague ? null : 2;
                u = j + 2;
                if (Is(u, "of") && Spaced(u))
                {
                    u++;
                }
            }
            else if (W(j) is "dozens" or "hundreds" && Is(j + 1, "of"))
            {
                u = j + 2;
            }
            else if (amount is null && !vague)
            {
                return null;
            }

            if (u >= words.Count || !SpacedOrHyphened(u) || TimeWords.Unit(W(u), out _) is not { } unit)
            {
                return null;
            }

            // a 12-year-old; "once a week", "$5 billion a year"
            if (Hyphened(u + 1) && Is(u + 1, "old"))
            {
                return null;
            }

            if (W(j) is "a" or "an" && j == i && !(W(i - 1) is "for" or "in" or "within" or "after" or "over" or "than" or "past" or "last" or "next" or "only" or "just" or "about" or "nearly" or "almost" || Is(u + 1, "ago") || Is(u + 1, "later") || Is(u + 1, "earlier")))
            {
                return null;
            }

            if (W(j) is "some" or "many" && !Spaced(u))
            {
                return null;
            }

            if (unit == TimeUnit.Weekend)
            {
                return null;
            }

            var end = u + 1;
            var direction = TimeDirection.Unstated;
            if (Spaced(end) && Is(end, "ago"))
            {
                direction = TimeDirection.Past;
                end++;
            }
            else if (Spaced(end) && Is(end, "from") && Spaced(end + 1) && Is(end + 1, "now"))
            {
                direction = TimeDirection.Future;
                end += 2;
            }

            if (direction == TimeDirection.Unstated)
            {
                return new Match(end, TimeExpressionKind.Duration, new TimeReading(TimeGranularity.Vague, TimeDirection.Unstated) { Offset = vague ? null : amount, Duration = DurationOf(vague ? null : amount, unit) });
            }

            var granularity = unit is TimeUnit.Second or TimeUnit.Minute or TimeUnit.Hour ? TimeGranularity.Day : GranularityOf(unit);
            var offset = vague ? (int?)null : unit == TimeUnit.Fortnight ? amount * 2 : amount;
            if (unit == TimeUnit.Fortnight)
            {
                granularity = TimeGranularity.Week;
            }

            if (unit is TimeUnit.Second or TimeUnit.Minute or TimeUnit.Hour)
            {
                offset = vague ? null : 0;
            }

            if (unit == TimeUnit.Century)
            {
                granularity = TimeGranularity.Vague;
                offset = null;
            }

            return new Match(end, TimeExpressionKind.Date, new TimeReading(vague ? TimeGranularity.Vague : granularity, direction) { IsRelative = true, Offset = offset, Duration = DurationOf(offset, unit) });
        }

        /// <summary>"August 15, 2025", "15 August 2025", "Aug. 15", "August 2025", "2025-08-15", "January 11th", "in January".</summary>
        private Match? Absolute(int i)
        {
            var w = W(i);
            if (w.Length == 0)
            {
                return null;
            }

            if (char.IsDigit(w[0]))
            {
                // 2025-08-15
                if (w.Length == 4 && Hyphened(i + 1) && Hyphened(i + 2) && W(i + 1).Length == 2 && W(i + 2).Length == 2
                    && int.TryParse(w, NumberStyles.None, CultureInfo.InvariantCulture, out var iy)
                    && int.TryParse(W(i + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var im)
                    && int.TryParse(W(i + 2), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                    && iy is >= 1000 and <= 2999 && im is >= 1 and <= 12 && id >= 1 && id <= DateTime.DaysInMonth(iy, im))
                {
                    return new Match(i + 3, TimeExpressionKind.Date, new TimeReading(TimeGranularity.Day, TimeDirection.Unstated) { Year = iy, Month = im, Day = id });
                }

                // 15 August 2025
                if (ParseDay(w) is { } day && Spaced(i + 1) && TimeWords.Month(W(i + 1), Cap(i + 1)) is { } month2)
                {
                    var stop = i + 2;
                    var year = Loose(stop) ? YearAt(stop) : null;
                    return DayMatch(year is null ? stop : stop + 1, year, month2, day);
                }

                return null;
            }

            if (TimeWords.Month(w, Cap(i)) is not { } month)
            {
                return null;
            }

            var next = i + 1;
            if (next < words.Count && Loose(next) && !(GapBefore(next) is ". " && W(i).Length > 4))
            {
                if (ParseDay(W(next)) is { } day && !(next + 1 < words.Count && Is(next + 1, "of")))
                {
                    var stop = next + 1;
                    var year = Loose(stop) ? YearAt(stop) : null;
                    if (year is null && Spaced(stop) && W(stop).Length > 0 && char.IsDigit(W(stop)[0]))
                    {
                        return null;
                    }

                    return DayMatch(year is null ? stop : stop + 1, year, month, day);
                }

                if (YearAt(next) is { } yearOnly)
                {
                    return new Match(next + 1, TimeExpressionKind.Date, new TimeReading(TimeGranularity.Month, TimeDirection.Unstated) { Year = yearOnly, Month = month });
                }

                if (Is(next, "of") && Spaced(next + 1) && YearAt(next + 1) is { } yearOf)
                {
                    return new Match(next + 2, TimeExpressionKind.Date, new TimeReading(TimeGranularity.Month, TimeDirection.Unstated) { Year = yearOf, Month = month });
                }
            }

            // A month alone: only after a time preposition ("in January", "since March", "early May").
            var before = W(i - 1);
            var allowed = before is "in" or "since" or "until" or "till" or "by" or "during" or "from" or "through" or "early" or "late" or "mid" or "of" or "before" or "after" or "last" or "next" or "this";
            if (!allowed || (w == "may" && before is not ("in" or "since" or "until" or "early" or "late" or "mid" or "during")))
            {
                return null;
            }

            return new Match(i + 1, TimeExpressionKind.Date, new TimeReading(TimeGranularity.Month, TimeDirection.Unstated) { IsRelative = true, Month = month });
        }

        private static Match DayMatch(int end, int? year, int month, int day)
        {
            if (year is { } y && day <= DateTime.DaysInMonth(y, month))
            {
                return new Match(end, TimeExpressionKind.Date, new TimeReading(TimeGranularity.Day, TimeDirection.Unstated) { Year = y, Month = month, Day = day });
            }

            return new Match(end, TimeExpressionKind.Date, new TimeReading(TimeGranularity.Day, TimeDirection.Unstated) { IsRelative = true, Month = month, Day = Math.Min(day, DateTime.DaysInMonth(2000, month)) });
        }

        /// <summary>"yesterday", "today", "tomorrow", "tonight", "the day before yesterday".</summary>
        private Match? Deictic(int i)
        {
            int? offset = W(i) switch
            {
                "yesterday" => -1,
                "today" or "tonight" => 0,
                "tomorrow" => 1,
                _ => null,
            };
            if (offset is not { } o)
            {
                return null;
            }

            // "USA Today", "Russia Today": part of a name.
            if (Cap(i) && Cap(i - 1) && Spaced(i) && !IsSentenceStart(i))
            {
                return null;
            }

            var end = i + 1;
            if (Spaced(end) && W(end) is "morning" or "afternoon" or "evening" or "night")
            {
                end++;
            }

            var direction = o < 0 ? TimeDirection.Past : o > 0 ? TimeDirection.Future : TimeDirection.Current;
            return new Match(end, TimeExpressionKind.Date, new TimeReading(TimeGranularity.Day, direction) { IsRelative = true, Offset = Math.Abs(o) });
        }

        /// <summary>A capitalised weekday, with a modifier from <paramref name="k"/>'s left ("last Monday"), a part of the day, and a date after it.</summary>
        private Match? Weekday(int i, int k, TimeDirection direction)
        {
            if (!Cap(k) || TimeWords.Weekday(W(k)) is not { } weekday)
            {
                return null;
            }

            var end = k + 1;
            if (Spaced(end) && W(end) is "morning" or "afternoon" or "evening" or "night")
            {
                end++;
            }

            // "Friday, August 15, 2025": the date decides.
            if (Loose(end) && Absolute(end) is { } date && date.Reading.Granularity == TimeGranularity.Day)
            {
                return date with { Reading = date.Reading with { Weekday = weekday, Direction = direction == TimeDirection.Unstated ? date.Reading.Direction : direction } };
            }

            _ = i;
            return new Match(end, TimeExpressionKind.Date, new TimeReading(TimeGranularity.Day, direction) { IsRelative = true, Weekday = weekday, Offset = direction == TimeDirection.Current ? 0 : 1 });
        }

        /// <summary>"Christmas", "Christmas Eve", "New Year's Day", "New Year", "Election Day", "Thanksgiving", "Halloween", with a year when given.</summary>
        private Match? Holiday(int i, int k, TimeDirection direction)
        {
            int month, day;
            var end = k + 1;
            var w = W(k);
            if (!Cap(k) && !(w == "election" && Is(k + 1, "day") && W(k - 1) is "on" or "until" or "before" or "after" or "by" or "to"))
            {
                return null;
            }

            var special = 0;
            if (w == "christmas")
            {
                (month, day) = (12, 25);
                if (Spaced(end) && Is(end, "eve"))
                {
                    (day, end) = (24, end + 1);
                }
                else if (Spaced(end) && Is(end, "day") && Cap(end))
                {
                    end++;
                }
            }
            else if (w == "new" && Spaced(k + 1) && Is(k + 1, "year") && Cap(k + 1))
            {
                (month, day) = (1, 1);
                end = k + 2;
                if (Is(end, "s") && GapBefore(end) is "'" or "\u2019")
                {
                    end++;
                }

                if (Spaced(end) && Is(end, "eve") && Cap(end))
                {
                    (month, day, end) = (12, 31, end + 1);
                }
                else if (Spaced(end) && Is(end, "day") && Cap(end))
                {
                    end++;
                }
                else if (Spaced(end) && W(end) is "holiday" or "holidays" or "celebrations" or "greetings")
                {
                    // "New Year holidays": the holiday itself.
                }
            }
            else if (w == "inauguration" && Spaced(k + 1) && Is(k + 1, "day") && Cap(k + 1))
            {
                (month, day) = (1, 20);
                end = k + 2;
            }
            else if (w == "election" && Spaced(k + 1) && Is(k + 1, "day") && Cap(k + 1) == Cap(k))
            {
                (month, day, special) = (11, 0, 1);
                end = k + 2;
            }
            else if (w == "thanksgiving")
            {
                (month, day, special) = (11, 0, 2);
                if (Spaced(end) && Is(end, "day") && Cap(end))
                {
                    end++;
                }
            }
            else if (w == "halloween")
            {
                (month, day) = (10, 31);
            }
            else
            {
                return null;
            }

            _ = i;
            int? year = Spaced(end) ? YearAt(end) : null;
            if (year is not null)
            {
                end++;
            }

            if (special != 0)
            {
                var y = year;
                var feast = special == 1 ? MovableHoliday.UsElectionDay : MovableHoliday.UsThanksgiving;
                var reading = new TimeReading(TimeGranularity.Day, direction) { IsRelative = y is null, Year = y, Month = month, Holiday = feast, Offset = 1 };
                return new Match(end, TimeExpressionKind.Date, reading);
            }

            return new Match(end, TimeExpressionKind.Date, new TimeReading(TimeGranularity.Day, direction) { IsRelative = year is null, Year = year, Month = month, Day = day, Offset = 1 });
        }

        /// <summary>"the 1990s", "1990s", "the '90s".</summary>
        private Match? Decade(int i)
        {
            var j = Is(i, "the") && Spaced(i + 1) ? i + 1 : i;
            var w = W(j);
            if (w.Length == 5 && w[4] == 's' && int.TryParse(w.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y % 10 == 0 && y is >= 1000 and <= 2990)
            {
                return new Match(j + 1, TimeExpressionKind.Date, new TimeReading(TimeGranularity.Decade, TimeDirection.Unstated) { Year = y });
            }

            if (j > i && w.Length == 3 && w[2] == 's' && GapBefore(j) is " '" or " \u2019" && int.TryParse(w.AsSpan(0, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var yy) && yy % 10 == 0)
            {
                return new Match(j + 1, TimeExpressionKind.Date, new TimeReading(TimeGranularity.Decade, TimeDirection.Unstated) { Year = (yy >= 30 ? 1900 : 2000) + yy });
            }

            return null;
        }

        /// <summary>A year alone: "2018", "in 2025", "Trump's 2018 Helsinki meeting".</summary>
        private Match? Year(int i)
        {
            if (YearAt(i) is not { } year)
            {
                return null;
            }

            var before = i > 0 ? GapBefore(i) : ReadOnlySpan<char>.Empty;
            if (before.Length > 0 && before[^1] is '$' or '€' or '£' or '#' or '.' or ',' or ':' or '/' or '-')
            {
                return null;
            }

            if (i + 1 < words.Count && GapBefore(i + 1) is var after && after.Length > 0 && after[0] is '%' or '.' or ',' or ':' or '/' && after.Length == 1 && char.IsDigit(W(i + 1)[0]))
            {
                return null;
            }

            if (i + 1 < words.Count && (CountNouns.Contains(W(i + 1)) || (Spaced(i + 1) && W(i + 1) is "to" or "and" && YearAt(i + 2) is null && W(i + 2).Length > 0 && char.IsDigit(W(i + 2)[0]))))
            {
                return null;
            }

            if (W(i - 1) is "no" or "number" or "route" or "flight" or "room" or "model" or "version" or "page" or "chapter")
            {
                return null;
            }

            return new Match(i + 1, TimeExpressionKind.Date, new TimeReading(TimeGranularity.Year, TimeDirection.Unstated) { Year = year });
        }

        /// <summary>"for years", "for months", "for decades": a vague duration; "years ago": a vague past.</summary>
        private Match? VagueFor(int i)
        {
            if (TimeWords.Unit(W(i), out var plural2) is { } unit2 && plural2 && unit2 is not (TimeUnit.Second or TimeUnit.Minute) && Spaced(i + 1) && Is(i + 1, "ago"))
            {
                return new Match(i + 2, TimeExpressionKind.Date, new TimeReading(TimeGranularity.Vague, TimeDirection.Past) { IsRelative = true });
            }

            if (!Is(i - 1, "for") || !Spaced(i) || TimeWords.Unit(W(i), out var plural) is not { } unit || !plural || unit is TimeUnit.Second)
            {
                return null;
            }

            return new Match(i + 1, TimeExpressionKind.Duration, new TimeReading(TimeGranularity.Vague, TimeDirection.Unstated) { Duration = DurationOf(null, unit) });
        }

        private int? YearAt(int i)
        {
            var w = W(i);
            return w.Length == 4 && char.IsDigit(w[0]) && int.TryParse(w, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1900 and <= 2099
                && !(i + 1 < words.Count && GapBefore(i + 1) is "," or "." && W(i + 1).Length == 3 && char.IsDigit(W(i + 1)[0])) ? y : null;
        }

        private static int? ParseDay(string word)
        {
            var w = word.AsSpan();
            if (w.Length > 2 && (w.EndsWith("st") || w.EndsWith("nd") || w.EndsWith("rd") || w.EndsWith("th")))
            {
                w = w[..^2];
            }

            return w.Length is 1 or 2 && int.TryParse(w, NumberStyles.None, CultureInfo.InvariantCulture, out var d) && d is >= 1 and <= 31 ? d : null;
        }
    }

    private static TimeGranularity GranularityOf(TimeUnit unit) => unit switch
    {
        TimeUnit.Day => TimeGranularity.Day,
        TimeUnit.Week or TimeUnit.Fortnight => TimeGranularity.Week,
        TimeUnit.Weekend => TimeGranularity.Weekend,
        TimeUnit.Month => TimeGranularity.Month,
        TimeUnit.Year => TimeGranularity.Year,
        TimeUnit.Decade => TimeGranularity.Decade,
        _ => TimeGranularity.Vague,
    };

    /// <summary>The ISO 8601 duration of <paramref name="amount"/> units ("PT3H", "P2DE"); X for a vague amount.</summary>
    internal static string DurationOf(int? amount, TimeUnit unit)
    {
        var n = amount is { } a ? a.ToString(CultureInfo.InvariantCulture) : "X";
        return unit switch
        {
            TimeUnit.Second => "PT" + n + "S",
            TimeUnit.Minute => "PT" + n + "M",
            TimeUnit.Hour => "PT" + n + "H",
            TimeUnit.Day => "P" + n + "D",
            TimeUnit.Week => "P" + n + "W",
            TimeUnit.Fortnight => amount is { } f ? "P" + (2 * f).ToString(CultureInfo.InvariantCulture) + "W" : "PXW",
            TimeUnit.Weekend => "P" + n + "WE",
            TimeUnit.Month => "P" + n + "M",
            TimeUnit.Year => "P" + n + "Y",
            TimeUnit.Decade => "P" + n + "DE",
            _ => "P" + n + "CE",
        };
    }
}
