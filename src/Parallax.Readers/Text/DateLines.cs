using System.Globalization;
using System.Text.RegularExpressions;

namespace Parallax.Readers.Text;

/// <summary>
/// Finds calendar dates in short lines ("August 16, 2025", "16 Aug 2025", "2025-08-16", "16.08.2025") and tells
/// whether a line is nothing but a date with its usual company ("Published", "Updated", a time, a zone). Dates
/// that cannot be read without guessing (03/04/2025) are not read. Pure functions.
/// </summary>
internal static partial class DateLines
{
    private const string Month =
        @"(?<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

    private static readonly string[] DateWords =
    [
        "published", "updated", "posted", "on", "date", "last", "first", "at", "modified", "created", "dated", "am",
        "pm", "a", "m", "p", "time", "issued", "release", "released", "edited", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "t", "z",
        "utc", "gmt",
    ];

    /// <summary>Finds the first readable date in <paramref name="text"/>.</summary>
    public static bool TryFind(string text, out DateOnly date, out Range where)
    {
        date = default;
        where = default;
        if (text.Length > LineShape.MaxShortLineChars)
        {
            return false;
        }

        var match = IsoDate().Match(text);
        if (match.Success && TryMake(match, "year", "month", "day", out date))
        {
            where = new Range(match.Index, match.Index + match.Length);
            return true;
        }

        match = MonthFirst().Match(text);
        if (!match.Success)
        {
            match = DayFirst().Match(text);
        }

        if (match.Success && TryMake(match, "year", "month", "day", out date))
        {
            where = new Range(match.Index, match.Index + match.Length);
            return true;
        }

        match = NumericDate().Match(text);
        if (match.Success)
        {
            var first = int.Parse(match.Groups["a"].ValueSpan, CultureInfo.InvariantCulture);
            var second = int.Parse(match.Groups["b"].ValueSpan, CultureInfo.InvariantCulture);
            var year = int.Parse(match.Groups["year"].ValueSpan, CultureInfo.InvariantCulture);
            var dotted = match.Groups["sep"].Value == ".";

            // Day first when the dots say so (European) or when the first number cannot be a month.
            (int Day, int Month)? parts = dotted || first > 12 ? (first, second)
                : second > 12 ? (second, first)
                : null;
            if (parts is { } p && IsValid(year, p.Month, p.Day))
            {
                date = new DateOnly(year, p.Month, p.Day);
                where = new Range(match.Index, match.Index + match.Length);
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when <paramref name="line"/> is a date and little else: "Published: August 16, 2025",
    /// "Updated Aug. 16, 2025 10:30 AM ET", "2025-08-16T10:30:00Z".
    /// </summary>
    public static bool IsDateLine(string line, out DateOnly date, out bool isUpdate)
    {
        isUpdate = false;
        if (line.Length > 100 || !TryFind(line, out date, out var where))
        {
            date = default;
            return false;
        }

        var rest = string.Concat(line.AsSpan()[..where.Start], " ", line.AsSpan()[where.End..]);
        var words = 0;
        foreach (var token in Tokens().EnumerateMatches(rest))
        {
            var word = rest.AsSpan(token.Index, token.Length);
            words++;
            if (word.Equals("updated", StringComparison.OrdinalIgnoreCase) || word.Equals("modified", StringComparison.OrdinalIgnoreCase))
            {
                isUpdate = true;
            }

            if (char.IsAsciiDigit(word[0]) || IsZone(word) || IsDateWord(word))
            {
                continue;
            }

            return false;
        }

        return words <= 8;
    }

    /// <summary>True for a line such as "3 hours ago" or "Updated 15 minutes ago": a time stamp with no date.</summary>
    public static bool IsRelativeTimeLine(string line) => line.Length <= 60 && RelativeTime().IsMatch(line);

    private static bool IsZone(ReadOnlySpan<char> word)
    {
        if (word.Length is < 2 or > 5)
        {
            return false;
        }

        foreach (var c in word)
        {
            if (!char.IsAsciiLetterUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsDateWord(ReadOnlySpan<char> word)
    {
        foreach (var candidate in DateWords)
        {
            if (word.Equals(candidate, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool TryMake(Match match, string yearGroup, string monthGroup, string dayGroup, out DateOnly date)
    {
        date = default;
        var year = int.Parse(match.Groups[yearGroup].ValueSpan, CultureInfo.InvariantCulture);
        var monthText = match.Groups[monthGroup].ValueSpan;
        var month = char.IsAsciiDigit(monthText[0])
            ? int.Parse(monthText, CultureInfo.InvariantCulture)
            : MonthNumber(monthText);
        var day = int.Parse(match.Groups[dayGroup].ValueSpan, CultureInfo.InvariantCulture);
        if (!IsValid(year, month, day))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    private static bool IsValid(int year, int month, int day) =>
        year is >= 1800 and <= 2200 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    private static int MonthNumber(ReadOnlySpan<char> name)
    {
        ReadOnlySpan<string> prefixes = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
        for (var i = 0; i < prefixes.Length; i++)
        {
            if (name.StartsWith(prefixes[i], StringComparison.OrdinalIgnoreCase))
            {
                return i + 1;
            }
        }

        return 0;
    }

    [GeneratedRegex(@"(?<!\d)(?<year>\d{4})[-/.](?<month>\d{1,2})[-/.](?<day>\d{1,2})(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\b" + Month + @"\.?\s+(?<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<year>\d{4})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthFirst();

    [GeneratedRegex(@"\b(?<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + Month + @"\.?,?\s+(?<year>\d{4})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayFirst();

    [GeneratedRegex(@"(?<!\d)(?<a>\d{1,2})(?<sep>[/.-])(?<b>\d{1,2})\k<sep>(?<year>\d{4})(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"^(?:(?:published|updated|posted|last updated)\s*:?\s*)?(?:\d+|an?|one)\s+(?:sec(?:ond)?s?|min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?)\s+ago\.?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RelativeTime();

    [GeneratedRegex(@"\p{L}+|\p{N}+", RegexOptions.CultureInvariant)]
    private static partial Regex Tokens();
}
