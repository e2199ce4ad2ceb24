namespace Parallax.Language.Dates;

/// <summary>The fixed English words of time expressions: months, weekdays, units, number words. Thread-safe.</summary>
internal static class TimeWords
{
    private static readonly string[] MonthNames =
    [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    ];

    private static readonly string[] MonthAbbreviations = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    private static readonly Dictionary<string, int> NumberWords = new(StringComparer.Ordinal)
    {
        ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20,
        ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
        ["hundred"] = 100, ["dozen"] = 12,
    };

    private static readonly HashSet<string> VagueAmounts = new(StringComparer.Ordinal)
    {
        "several", "few", "many", "some", "numerous", "dozens", "hundreds", "multiple", "countless",
    };

    private static readonly HashSet<string> AmountModifiers = new(StringComparer.Ordinal)
    {
        "nearly", "almost", "about", "around", "roughly", "approximately", "over", "under", "only", "just", "barely", "some",
    };

    private static readonly HashSet<string> FutureCues = new(StringComparer.Ordinal)
    {
        "will", "ll", "shall", "upcoming", "scheduled", "slated", "planned", "plans", "plan", "expected", "expects", "intends",
        "going", "coming", "next", "forthcoming", "await", "awaits", "awaiting", "until",
    };

    private static readonly HashSet<string> PastCues = new(StringComparer.Ordinal)
    {
        "was", "were", "had", "did", "said", "told", "met", "came", "went", "took", "made", "gave", "began", "won", "lost", "held",
        "left", "saw", "spoke", "wrote", "ran", "got", "found", "brought", "thought", "knew", "became", "sent", "ago", "last",
        "earlier", "since", "arrived", "announced", "flew", "sat", "stood", "fell", "rose", "paid", "led", "lay", "laid", "hit",
    };

    /// <summary>The month (1–12) a word names: full names and abbreviations; "may" and "march" only with a capital.</summary>
    public static int? Month(string lower, bool capitalized)
    {
        for (var i = 0; i < MonthNames.Length; i++)
        {
            if (lower == MonthNames[i] || (lower.Length is 3 or 4 && lower != "may" && lower != "mar" && (lower == MonthAbbreviations[i] || lower == "sept" && i == 8)))
            {
                return capitalized ? i + 1 : null;
            }
        }

        return null;
    }

    /// <summary>The weekday a word names ("monday", "mon."), or null.</summary>
    public static DayOfWeek? Weekday(string lower) => lower switch
    {
        "monday" => DayOfWeek.Monday,
        "tuesday" => DayOfWeek.Tuesday,
        "wednesday" => DayOfWeek.Wednesday,
        "thursday" => DayOfWeek.Thursday,
        "friday" => DayOfWeek.Friday,
        "saturday" => DayOfWeek.Saturday,
        "sunday" => DayOfWeek.Sunday,
        _ => null,
    };

    /// <summary>The unit a word names ("hours", "year"), its plural flag, or null.</summary>
    public static TimeUnit? Unit(string lower, out bool plural)
    {
        plural = lower.Length > 3 && lower.EndsWith('s');
        var singular = lower == "centuries" ? "century" : plural ? lower[..^1] : lower;
        plural |= lower == "centuries";
        return singular switch
        {
            "second" => TimeUnit.Second,
            "minute" => TimeUnit.Minute,
            "hour" => TimeUnit.Hour,
            "day" => TimeUnit.Day,
            "night" => TimeUnit.Day,
            "week" => TimeUnit.Week,
            "fortnight" => TimeUnit.Fortnight,
            "weekend" => TimeUnit.Weekend,
            "month" => TimeUnit.Month,
            "year" => TimeUnit.Year,
            "decade" => TimeUnit.Decade,
            "century" => TimeUnit.Century,
            _ => null,
        };
    }

    /// <summary>A number word or numeral ("three", "12"), or null; <paramref name="vague"/> for "several", "a few", "many".</summary>
    public static int? Amount(string lower, out bool vague)
    {
        vague = VagueAmounts.Contains(lower);
        if (vague)
        {
            return null;
        }

        if (NumberWords.TryGetValue(lower, out var n))
        {
            return n;
        }

        return lower.Length is > 0 and <= 4 && int.TryParse(lower, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var d) && d > 0 ? d : null;
    }

    /// <summary>True for approximators that may stand before an amount ("nearly two decades").</summary>
    public static bool IsAmountModifier(string lower) => AmountModifiers.Contains(lower);

    /// <summary>True for words that mark a clause as about the future.</summary>
    public static bool IsFutureCue(string lower) => FutureCues.Contains(lower);

    /// <summary>True for words that mark a clause as about the past.</summary>
    public static bool IsPastCue(string lower) => PastCues.Contains(lower) || (lower.Length > 4 && lower.EndsWith("ed", StringComparison.Ordinal));

    /// <summary>The season (0 spring, 1 summer, 2 autumn, 3 winter) a word names, or null.</summary>
    public static int? Season(string lower) => lower switch
    {
        "spring" => 0,
        "summer" => 1,
        "autumn" or "fall" => 2,
        "winter" => 3,
        _ => null,
    };

    /// <summary>The ordinal of a word ("second", "2nd", "last" is -1), or null.</summary>
    public static int? Ordinal(string lower) => lower switch
    {
        "first" or "1st" => 1,
        "second" or "2nd" => 2,
        "third" or "3rd" => 3,
        "fourth" or "4th" => 4,
        "last" or "final" => -1,
        _ => null,
    };
}

/// <summary>A unit of time that durations and offsets count in.</summary>
internal enum TimeUnit
{
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Fortnight,
    Weekend,
    Month,
    Year,
    Decade,
    Century,
}
