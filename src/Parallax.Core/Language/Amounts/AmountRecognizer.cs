using System.Globalization;
using Parallax.Model;

namespace Parallax.Language.Amounts;

/// <summary>
/// Finds amounts: money ("$5 million", "€3bn", "500 rubles"), percentages ("40%", "12 percent") and counts of
/// things ("6,000 troops"). Stateless, thread-safe, linear in the text; never throws on odd input.
/// Years ("2025") and numbers inside dates are not amounts unless a currency or unit says so.
/// </summary>
public static class AmountRecognizer
{
    private const int MaxNumberLength = 32;

    /// <summary>Finds the amounts in <paramref name="text"/>.</summary>
    /// <exception cref="OperationCanceledException">When <paramref name="cancellationToken"/> is cancelled.</exception>
    public static AnnotationLayer<AmountMention> Recognize(string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<AmountMention>();
        var i = 0;
        while (i < text.Length)
        {
            if ((i & 4095) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var c = text[i];
            if (!char.IsAsciiDigit(c) || (i > 0 && (char.IsLetterOrDigit(text[i - 1]) || text[i - 1] is '.' or ',')))
            {
                i++;
                continue;
            }

            // The number: digits with inner thousands commas and one decimal point.
            var numberStart = i;
            var j = i;
            while (j < text.Length && j - numberStart < MaxNumberLength
                && (char.IsAsciiDigit(text[j]) || (text[j] is ',' or '.' && j + 1 < text.Length && char.IsAsciiDigit(text[j + 1]))))
            {
                j++;
            }

            var numberEnd = j;
            i = j;
            var start = numberStart;
            string? unit = null;
            if (numberStart > 0)
            {
                unit = CurrencySymbol(text, numberStart, out var symbolStart);
                if (unit is not null)
                {
                    start = symbolStart;
                }
            }

            if (!decimal.TryParse(text.AsSpan(numberStart, numberEnd - numberStart), NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            {
                continue;
            }

            var end = numberEnd;
            // Scale: "5 million", "3bn", "2.5m".
            var k = SkipSpaces(text, end);
            var scaleWord = ReadWord(text, k);
            var scale = Scale(text.AsSpan(k, scaleWord - k), attached: k == end);
            if (scale != 1m)
            {
                value *= scale;
                end = scaleWord;
                k = SkipSpaces(text, end);
            }

            // Unit after the number: %, percent, a currency word, or a plural noun for a count.
            if (k < text.Length && text[k] == '%' && unit is null)
            {
                found.Add(new AmountMention(new TextSpan(start, k + 1), value, "percent"));
                continue;
            }

            var wordEnd = ReadWord(text, k);
            var word = text.AsSpan(k, wordEnd - k);
            if (unit is null)
            {
                unit = word.Equals("percent", StringComparison.OrdinalIgnoreCase) || word.Equals("per", StringComparison.OrdinalIgnoreCase) && PercentAfterPer(text, wordEnd)
                    ? "percent"
                    : CurrencyWord(word);
                if (unit is not null)
                {
                    end = word.Equals("per", StringComparison.OrdinalIgnoreCase) ? ReadWord(text, SkipSpaces(text, wordEnd)) : wordEnd;
                }
                else if (word.Length >= 3 && char.IsLower(word[0]) && word[^1] == 's' && !IsYear(text, numberStart, numberEnd) && wordEnd - k <= 24)
                {
                    unit = word.ToString();
                    end = wordEnd;
                }
            }

            if (unit is null && scale == 1m)
            {
                continue; // a bare number: a year, a score, a page number…
            }

            found.Add(new AmountMention(new TextSpan(start, end), value, unit));
        }

        return new AnnotationLayer<AmountMention>(found);
    }

    private static bool IsYear(string text, int start, int end) => end - start == 4 && text[start] is '1' or '2';

    private static bool PercentAfterPer(string text, int wordEnd)
    {
        var k = SkipSpaces(text, wordEnd);
        return text.AsSpan(k, ReadWord(text, k) - k).Equals("cent", StringComparison.OrdinalIgnoreCase);
    }

    private static string? CurrencySymbol(string text, int numberStart, out int symbolStart)
    {
        symbolStart = numberStart;
        var p = numberStart - 1;
        var code = text[p] switch
        {
            '$' => "USD",
            '\u20ac' => "EUR",
            '\u00a3' => "GBP",
            '\u00a5' => "JPY",
            '\u20bd' => "RUB",
            '\u20b4' => "UAH",
            _ => null,
        };
        if (code is null)
        {
            return null;
        }

        symbolStart = p;
        // "US$5", "C$3", "A$"
        if (code == "USD" && p >= 1 && char.IsUpper(text[p - 1]))
        {
            var q = p - 1;
            while (q > 0 && char.IsUpper(text[q - 1]) && p - q < 3)
            {
                q--;
            }

            var prefix = text.AsSpan(q, p - q);
            code = prefix switch
            {
                "US" => "USD",
                "C" or "CA" => "CAD",
                "A" or "AU" => "AUD",
                "HK" => "HKD",
                "NZ" => "NZD",
                _ => code,
            };
            if (code != "USD" || prefix is "US")
            {
                symbolStart = q;
            }
        }

        return code;
    }

    private static string? CurrencyWord(ReadOnlySpan<char> word) => word.ToString().ToLowerInvariant() switch
    {
        "dollar" or "dollars" or "usd" => "USD",
        "euro" or "euros" or "eur" => "EUR",
        "pound" or "pounds" or "gbp" => "GBP",
        "ruble" or "rubles" or "rouble" or "roubles" or "rub" => "RUB",
        "yen" or "jpy" => "JPY",
        "yuan" or "renminbi" or "cny" => "CNY",
        "hryvnia" or "hryvnias" or "uah" => "UAH",
        "rupee" or "rupees" => "INR",
        _ => null,
    };

    private static decimal Scale(ReadOnlySpan<char> word, bool attached)
    {
        if (word.Equals("thousand", StringComparison.OrdinalIgnoreCase))
        {
            return 1_000m;
        }

        if (word.Equals("million", StringComparison.OrdinalIgnoreCase) || (attached && word is "m" or "mn"))
        {
            return 1_000_000m;
        }

        if (word.Equals("billion", StringComparison.OrdinalIgnoreCase) || (attached && word is "bn" or "b"))
        {
            return 1_000_000_000m;
        }

        if (word.Equals("trillion", StringComparison.OrdinalIgnoreCase) || (attached && word is "tn"))
        {
            return 1_000_000_000_000m;
        }

        return 1m;
    }

    private static int SkipSpaces(string text, int i)
    {
        var limit = Math.Min(text.Length, i + 3);
        while (i < limit && text[i] is ' ' or '\u00a0')
        {
            i++;
        }

        return i;
    }

    private static int ReadWord(string text, int i)
    {
        var limit = Math.Min(text.Length, i + 32);
        while (i < limit && char.IsLetter(text[i]))
        {
            i++;
        }

        return i;
    }
}
