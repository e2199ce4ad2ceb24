using Parallax.Comparison.Stances;
using Parallax.Model;

namespace Parallax.Comparison.Claims;

/// <summary>What a quantity measures.</summary>
internal enum QuantityDimension
{
    Duration,
    Distance,
    Percent,
}

/// <summary>
/// A measured quantity in a clause ("three hours", "nearly two decades", "6,000 kilometers"): its value in the
/// dimension's base unit (hours, kilometres, percent) and whether it is hedged ("nearly", "about", "more than").
/// </summary>
internal readonly record struct Quantity(QuantityDimension Dimension, double Value, bool Approximate, TextSpan Span, int Word)
{
    private static readonly Dictionary<string, double> NumberWords = new(StringComparer.Ordinal)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8,
        ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20,
        ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80,
        ["ninety"] = 90, ["hundred"] = 100, ["dozen"] = 12,
    };

    private static readonly Dictionary<string, (QuantityDimension Dimension, double Scale)> Units = new(StringComparer.Ordinal)
    {
        ["second"] = (QuantityDimension.Duration, 1.0 / 3600), ["minute"] = (QuantityDimension.Duration, 1.0 / 60),
        ["hour"] = (QuantityDimension.Duration, 1), ["day"] = (QuantityDimension.Duration, 24),
        ["week"] = (QuantityDimension.Duration, 168), ["month"] = (QuantityDimension.Duration, 730),
        ["year"] = (QuantityDimension.Duration, 8766), ["decade"] = (QuantityDimension.Duration, 87660),
        ["century"] = (QuantityDimension.Duration, 876600), ["centurie"] = (QuantityDimension.Duration, 876600),
        ["km"] = (QuantityDimension.Distance, 1), ["kilometer"] = (QuantityDimension.Distance, 1),
        ["kilometre"] = (QuantityDimension.Distance, 1), ["mile"] = (QuantityDimension.Distance, 1.609),
        ["percent"] = (QuantityDimension.Percent, 1), ["per"] = (QuantityDimension.Percent, 1),
    };

    private static readonly HashSet<string> Hedges = new(StringComparer.Ordinal)
    {
        "nearly", "almost", "about", "around", "roughly", "approximately", "some", "over", "more", "than", "less",
        "under", "up", "least", "just", "barely", "close", "upwards", "fewer",
    };

    /// <summary>Whether a word is a number written out ("three", "dozen"), "one" excepted (it is mostly a pronoun).</summary>
    internal static bool IsNumberWord(string word) => word != "one" && NumberWords.ContainsKey(word);

    /// <summary>Whether two quantities of the same dimension can describe the same thing: equal within 15%, or 35% when either is hedged.</summary>
    internal bool IsCompatibleWith(Quantity other)
    {
        if (other.Dimension != Dimension)
        {
            return true;
        }

        var low = Math.Min(Value, other.Value);
        var high = Math.Max(Value, other.Value);
        var tolerance = Approximate || other.Approximate ? 1.35 : 1.15;
        return low > 0 && high / low <= tolerance;
    }

    /// <summary>The quantities among words <paramref name="from"/>..<paramref name="to"/> (exclusive) of a text.</summary>
    internal static List<Quantity> Find(StanceText text, int from, int to)
    {
        var found = new List<Quantity>();
        for (var i = from; i < to; i++)
        {
            var word = text.Words[i];
            double value;
            if (StanceText.IsNumber(word))
            {
                if (!double.TryParse(word, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out value))
                {
                    continue;
                }
            }
            else if (!NumberWords.TryGetValue(word, out value))
            {
                continue;
            }

            // "two decades", "three-hour", "12-hour", "6,000 kilometers", "five years".
            var u = i + 1;
            if (u < to && NumberWords.TryGetValue(text.Words[u], out var multiplier) && multiplier >= 10 && value < 10)
            {
                value *= multiplier; // "two hundred"
                u++;
            }

            if (u >= to || !Units.TryGetValue(Singular(text.Words[u]), out var unit))
            {
                continue;
            }

            var approximate = false;
            for (var k = Math.Max(from, i - 2); k < i; k++)
            {
                approximate |= Hedges.Contains(text.Words[k]);
            }

            found.Add(new Quantity(unit.Dimension, value * unit.Scale, approximate, new TextSpan(text.Spans[i].Start, text.Spans[u].End), i));
            i = u;
        }

        return found;
    }

    private static string Singular(string word) =>
        word.Length > 3 && word.EndsWith('s') ? word[..^1] : word;
}
