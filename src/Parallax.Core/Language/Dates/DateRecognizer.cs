using Parallax.Model;

namespace Parallax.Language.Dates;

/// <summary>
/// Finds simple date expressions: "August 15, 2025", "15 August 2025", "Aug. 15", "August 2025", "2025-08-15",
/// weekdays and "yesterday" / "last week". Stateless, thread-safe, linear in the text; never throws on odd input.
/// </summary>
public static class DateRecognizer
{
    private static readonly string[] Months =
    [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    ];

    private static readonly string[] Weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

    /// <summary>Finds the date mentions in <paramref name="text"/>.</summary>
    /// <exception cref="OperationCanceledException">When <paramref name="cancellationToken"/> is cancelled.</exception>
    public static AnnotationLayer<DateMention> Recognize(string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<DateMention>();
        var position = 0;
        var steps = 0;
        while (NextWord(text, position, out var start, out var end))
        {
            if ((++steps & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            position = end;
            var word = text.AsSpan(start, end - start);
            if (char.IsDigit(word[0]))
            {
                if (TryIso(text, start, end, out var iso, out var isoEnd))
                {
                    found.Add(new DateMention(new TextSpan(start, isoEnd), DatePrecision.Day, iso));
                    position = isoEnd;
                    continue;
                }

                // "15 August 2025"
                if (ParseDay(word) is { } day && NextWord(text, end, out var ms, out var me) && Month(text.AsSpan(ms, me - ms)) is { } month2
                    && Gap(text, end, ms, allowComma: false))
                {
                    var stop = me;
                    int? year = null;
                    if (NextWord(text, SkipPeriod(text, me), out var ys, out var ye) && Gap(text, me, ys, allowComma: true) && ParseYear(text.AsSpan(ys, ye - ys)) is { } y)
                    {
                        year = y;
                        stop = ye;
                    }

                    found.Add(Make(start, stop, year, month2, day));
                    position = stop;
                }

                continue;
            }

            if (Month(word) is { } month)
            {
                var afterMonth = SkipPeriod(text, end);
                if (NextWord(text, afterMonth, out var ds, out var de) && Gap(text, afterMonth, ds, allowComma: false))
                {
                    var next = text.AsSpan(ds, de - ds);
                    if (ParseDay(next) is { } day)
                    {
                        var stop = de;
                        int? year = null;
                        if (NextWord(text, de, out var ys, out var ye) && Gap(text, de, ys, allowComma: true) && ParseYear(text.AsSpan(ys, ye - ys)) is { } y)
                        {
                            year = y;
                            stop = ye;
                        }

                        found.Add(Make(start, stop, year, month, day));
                        position = stop;
                        continue;
                    }

                    if (ParseYear(next) is { } yearOnly)
                    {
                        found.Add(new DateMention(new TextSpan(start, de), DatePrecision.Month, new DateOnly(yearOnly, month, 1)));
                        position = de;
                        continue;
                    }
                }

                continue;
            }

            if (IsIn(word, Weekdays) && char.IsUpper(word[0]))
            {
                found.Add(new DateMention(new TextSpan(start, end), DatePrecision.Relative));
                continue;
            }

            if (word.Equals("yesterday", StringComparison.OrdinalIgnoreCase) || word.Equals("today", StringComparison.OrdinalIgnoreCase)
                || word.Equals("tomorrow", StringComparison.OrdinalIgnoreCase) || word.Equals("tonight", StringComparison.OrdinalIgnoreCase))
            {
                found.Add(new DateMention(new TextSpan(start, end), DatePrecision.Relative));
                continue;
            }

            if ((word.Equals("last", StringComparison.OrdinalIgnoreCase) || word.Equals("next", StringComparison.OrdinalIgnoreCase))
                && NextWord(text, end, out var us, out var ue) && Gap(text, end, us, allowComma: false))
            {
                var unit = text.AsSpan(us, ue - us);
                if (unit is "week" or "month" or "year" or "weekend" || IsIn(unit, Weekdays))
                {
                    found.Add(new DateMention(new TextSpan(start, ue), DatePrecision.Relative));
                    position = ue;
                }
            }
        }

        return new AnnotationLayer<DateMention>(found);
    }

    private static DateMention Make(int start, int end, int? year, int month, int day)
    {
        var span = new TextSpan(start, end);
        if (year is { } y && day <= DateTime.DaysInMonth(y, month))
        {
            return new DateMention(span, DatePrecision.Day, new DateOnly(y, month, day));
        }

        return new DateMention(span, year is null ? DatePrecision.DayOfMonth : DatePrecision.Day);
    }

    private static bool TryIso(string text, int start, int end, out DateOnly value, out int stop)
    {
        value = default;
        stop = end;
        // The scanner stops words at '-', so read "2025-08-15" from the characters.
        if (end - start != 4 || end + 6 > text.Length || text[end] != '-' || text[end + 3] != '-')
        {
            return false;
        }

        var s = text.AsSpan(start, 10);
        if (!int.TryParse(s[..4], System.Globalization.NumberStyles.None, null, out var y)
            || !int.TryParse(s.Slice(5, 2), System.Globalization.NumberStyles.None, null, out var m)
            || !int.TryParse(s.Slice(8, 2), System.Globalization.NumberStyles.None, null, out var d)
            || y < 1000 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m)
            || (start + 10 < text.Length && char.IsDigit(text[start + 10])))
        {
            return false;
        }

        value = new DateOnly(y, m, d);
        stop = start + 10;
        return true;
    }

    private static int? Month(ReadOnlySpan<char> word)
    {
        if (word.Length < 3 || !char.IsUpper(word[0]))
        {
            return null;
        }

        for (var i = 0; i < Months.Length; i++)
        {
            var name = Months[i];
            if (word.Equals(name, StringComparison.OrdinalIgnoreCase)
                || (word.Length is 3 or 4 && name.AsSpan().StartsWith(word, StringComparison.OrdinalIgnoreCase) && name != "may"))
            {
                return i + 1;
            }
        }

        return null;
    }

    private static int? ParseDay(ReadOnlySpan<char> word)
    {
        if (word.Length > 2 && (word.EndsWith("st", StringComparison.Ordinal) || word.EndsWith("nd", StringComparison.Ordinal)
            || word.EndsWith("rd", StringComparison.Ordinal) || word.EndsWith("th", StringComparison.Ordinal)))
        {
            word = word[..^2];
        }

        return word.Length is 1 or 2 && int.TryParse(word, System.Globalization.NumberStyles.None, null, out var d) && d is >= 1 and <= 31 ? d : null;
    }

    private static int? ParseYear(ReadOnlySpan<char> word) =>
        word.Length == 4 && int.TryParse(word, System.Globalization.NumberStyles.None, null, out var y) && y is >= 1000 and <= 2999 ? y : null;

    private static bool IsIn(ReadOnlySpan<char> word, string[] words)
    {
        foreach (var w in words)
        {
            if (word.Equals(w, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static int SkipPeriod(string text, int end) => end < text.Length && text[end] == '.' ? end + 1 : end;

    /// <summary>True when only spaces (and, if allowed, one comma) separate the two words.</summary>
    private static bool Gap(string text, int from, int to, bool allowComma)
    {
        if (to - from > 3)
        {
            return false;
        }

        var commas = 0;
        for (var i = from; i < to; i++)
        {
            var c = text[i];
            if (c == ',')
            {
                commas++;
            }
            else if (c != ' ' && c != '\u00a0')
            {
                return false;
            }
        }

        return commas == 0 || (allowComma && commas == 1);
    }

    private static bool NextWord(string text, int position, out int start, out int end)
    {
        var i = position;
        while (i < text.Length && !char.IsLetterOrDigit(text[i]))
        {
            i++;
        }

        start = i;
        while (i < text.Length && char.IsLetterOrDigit(text[i]))
        {
            i++;
        }

        end = i;
        return end > start;
    }
}
