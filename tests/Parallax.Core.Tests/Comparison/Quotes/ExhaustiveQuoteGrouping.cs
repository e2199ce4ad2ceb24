using Parallax.Comparison.Quotes;

namespace Parallax.Core.Tests.Comparison.Quotes;

/// <summary>
/// The reference the <see cref="QuoteMatcher"/> must agree with: every two quotes that share a content word are
/// compared with the rule written out directly (the longest common subsequence by the full table), and the matching
/// pairs are joined. Quadratic; for tests only.
/// </summary>
internal static class ExhaustiveQuoteGrouping
{
    /// <summary>For each quote, the smallest index of a quote grouped with it.</summary>
    public static int[] Group(IReadOnlyList<List<string>> flats, IReadOnlyList<string?> speakers)
    {
        var parent = Enumerable.Range(0, flats.Count).ToArray();
        var content = flats.Select(QuoteWords.Content).ToArray();
        for (var a = 0; a < flats.Count; a++)
        {
            for (var b = a + 1; b < flats.Count; b++)
            {
                if (content[a].Overlaps(content[b]) && SameUtterance(flats[a], content[a], speakers[a], flats[b], content[b], speakers[b]))
                {
                    parent[Find(parent, a)] = Find(parent, b);
                }
            }
        }

        var smallest = new Dictionary<int, int>();
        var result = new int[flats.Count];
        for (var q = 0; q < flats.Count; q++)
        {
            var root = Find(parent, q);
            result[q] = smallest.TryGetValue(root, out var first) ? first : smallest[root] = q;
        }

        return result;
    }

    /// <summary>The rule: two content words shared, three words or more, most words in order or nearly all content words; closer for different known speakers.</summary>
    public static bool SameUtterance(List<string> a, HashSet<string> aContent, string? aSpeaker, List<string> b, HashSet<string> bContent, string? bSpeaker)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return false;
        }

        var shared = aContent.Count(bContent.Contains);
        var equal = a.SequenceEqual(b, StringComparer.Ordinal);
        var bothKnown = aSpeaker is not null && bSpeaker is not null;
        if (shared < 2 || Math.Min(a.Count, b.Count) < 3)
        {
            return equal && bothKnown && aSpeaker == bSpeaker;
        }

        var ratio = (double)WordDiff.CommonLength(a, b) / Math.Max(a.Count, b.Count);
        if (bothKnown && aSpeaker != bSpeaker)
        {
            return ratio >= 0.8 && Math.Min(a.Count, b.Count) >= 4;
        }

        var containment = (double)shared / Math.Min(aContent.Count, bContent.Count);
        return ratio >= 0.6 || containment >= 0.8;
    }

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            i = parent[i] = parent[parent[i]];
        }

        return i;
    }
}
