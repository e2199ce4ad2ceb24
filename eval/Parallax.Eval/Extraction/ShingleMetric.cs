using System.Globalization;
using System.Text;

namespace Parallax.Eval.Extraction;

/// <summary>
/// The scrapinghub article-extraction-benchmark metric (evaluate.py): tokens are <c>\w+</c> runs (Python's Unicode
/// word characters, case kept), shingles are word 4-grams counted as a multiset (a text shorter than four tokens is one
/// shingle), TP/FP/FN are normalised per page; precision is averaged over pages with a non-empty prediction, recall over
/// pages with non-empty truth, and F1 is taken from the two averages.
/// </summary>
internal static class ShingleMetric
{
    public readonly record struct Counts(double Tp, double Fp, double Fn);

    /// <summary>TP/FP/FN of one page, normalised to sum to one. <paramref name="asSets"/> lowercases tokens and counts
    /// each distinct shingle once (a variant some write-ups use); the default is evaluate.py's multiset.</summary>
    public static Counts Match(string truth, string prediction, bool asSets = false, int n = 4)
    {
        var trueShingles = Shingles(asSets ? truth.ToLowerInvariant() : truth, n);
        var predShingles = Shingles(asSets ? prediction.ToLowerInvariant() : prediction, n);
        if (asSets)
        {
            foreach (var key in trueShingles.Keys)
            {
                trueShingles[key] = 1;
            }

            foreach (var key in predShingles.Keys)
            {
                predShingles[key] = 1;
            }
        }

        double tp = 0, fp = 0, fn = 0;
        foreach (var (key, trueCount) in trueShingles)
        {
            var predCount = predShingles.GetValueOrDefault(key);
            tp += Math.Min(trueCount, predCount);
            fn += Math.Max(0, trueCount - predCount);
        }

        foreach (var (key, predCount) in predShingles)
        {
            fp += Math.Max(0, predCount - trueShingles.GetValueOrDefault(key));
        }

        var sum = tp + fp + fn;
        return sum > 0 ? new Counts(tp / sum, fp / sum, fn / sum) : new Counts(0, 0, 0);
    }

    public static double Precision(Counts c) => c.Fp == 0 && c.Fn == 0 ? 1 : c.Tp == 0 && c.Fp == 0 ? 0 : c.Tp / (c.Tp + c.Fp);

    public static double Recall(Counts c) => c.Fp == 0 && c.Fn == 0 ? 1 : c.Tp == 0 && c.Fn == 0 ? 0 : c.Tp / (c.Tp + c.Fn);

    public static (double F1, double Precision, double Recall) Aggregate(IReadOnlyList<Counts> pages)
    {
        double p = 0, r = 0;
        int np = 0, nr = 0;
        foreach (var c in pages)
        {
            if (c.Tp + c.Fp > 0)
            {
                p += Precision(c);
                np++;
            }

            if (c.Tp + c.Fn > 0)
            {
                r += Recall(c);
                nr++;
            }
        }

        p = np == 0 ? 0 : p / np;
        r = nr == 0 ? 0 : r / nr;
        var f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return (f1, p, r);
    }

    private static Dictionary<string, int> Shingles(string text, int n)
    {
        var tokens = Tokenize(text);
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        var count = Math.Max(1, tokens.Count - n + 1);
        for (var i = 0; i < count; i++)
        {
            var take = Math.Min(n, tokens.Count - i);
            if (take <= 0)
            {
                break;
            }

            var key = string.Join('\u0001', tokens.GetRange(i, take));
            result[key] = result.GetValueOrDefault(key) + 1;
        }

        return result;
    }

    /// <summary>Python's <c>re.findall(r'\w+', text)</c>: letters, digits (decimal, other numeric) and underscore.</summary>
    public static List<string> Tokenize(string text)
    {
        var tokens = new List<string>();
        var current = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsWordRune(rune))
            {
                current.Append(rune.ToString());
            }
            else if (current.Length > 0)
            {
                tokens.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            tokens.Add(current.ToString());
        }

        return tokens;
    }

    private static bool IsWordRune(Rune rune)
    {
        if (rune.Value == '_')
        {
            return true;
        }

        var category = Rune.GetUnicodeCategory(rune);
        return category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber
            or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber;
    }
}
