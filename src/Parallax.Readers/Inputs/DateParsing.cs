using System.Globalization;

namespace Parallax.Readers;

/// <summary>Publication dates as feeds and JSON write them (RFC 822, ISO 8601), read leniently.</summary>
internal static class DateParsing
{
    private static readonly string[] ZoneNames = ["UT", "GMT", "Z", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT"];

    /// <summary>The date written in <paramref name="value"/>, in the time zone it was written in; null when unreadable.</summary>
    public static DateOnly? ParseDate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        value = value.Trim();
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment))
        {
            return DateOnly.FromDateTime(moment.DateTime);
        }

        // RFC 822 dates with a zone name .NET does not know ("EST"): the calendar date is what matters.
        var lastSpace = value.LastIndexOf(' ');
        if (lastSpace > 0 && Array.IndexOf(ZoneNames, value[(lastSpace + 1)..].ToUpperInvariant()) >= 0
            && DateTime.TryParse(value[..lastSpace], CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return DateOnly.FromDateTime(local);
        }

        return null;
    }
}
