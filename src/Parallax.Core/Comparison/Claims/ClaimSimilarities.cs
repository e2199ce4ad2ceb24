namespace Parallax.Comparison.Claims;

/// <summary>
/// The similarity of pairs of clauses as grouping reads it: the comparer's similarity (first clause the earlier one),
/// or 0 below the conflict threshold. Computed when first asked for and kept, seeded with the edges' similarities, so
/// only the pairs grouping and choosing representatives look at are ever held, never a table of all pairs. Not
/// thread-safe.
/// </summary>
internal sealed class ClaimSimilarities(List<ClaimClause> clauses, ClaimComparer comparer, double conflictThreshold)
{
    private readonly Dictionary<long, double> _known = [];
    private readonly List<WordMatch> _matches = [];

    /// <summary>How many pairs are held.</summary>
    internal int Count => _known.Count;

    /// <summary>Records a pair's similarity already computed (x before y).</summary>
    internal void Add(int x, int y, double similarity) => _known[Key(x, y)] = similarity;

    /// <summary>The similarity of two different clauses of different articles, 0 below the conflict threshold.</summary>
    internal double Of(int x, int y)
    {
        var key = x < y ? Key(x, y) : Key(y, x);
        if (!_known.TryGetValue(key, out var s))
        {
            s = x < y ? comparer.Similarity(clauses[x], clauses[y], _matches) : comparer.Similarity(clauses[y], clauses[x], _matches);
            _known[key] = s;
        }

        return s >= conflictThreshold ? s : 0;
    }

    private static long Key(int x, int y) => ((long)x << 32) | (uint)y;
}
