using System.Text;

namespace Parallax.Comparison.Entities;

/// <summary>
/// The context of each candidate: the identity keys of the other entities of its article, each weighted by how few
/// articles mention it. Keys are numbered so that the context two candidates share is summed without hashing strings.
/// Immutable after construction.
/// </summary>
internal sealed class SharedContext
{
    private readonly int[][] _articleKeys;
    private readonly HashSet<int>[] _articleSets;
    private readonly int[] _articleOf;
    private readonly int[] _ownKey;
    private readonly double[] _weights;
    private readonly string[] _keys;
    private readonly string[] _display;

    private SharedContext(int[][] articleKeys, int[] articleOf, int[] ownKey, double[] weights, string[] keys, string[] display)
    {
        _articleKeys = articleKeys;
        _articleSets = new HashSet<int>[articleKeys.Length];
        for (var i = 0; i < articleKeys.Length; i++)
        {
            _articleSets[i] = [.. articleKeys[i]];
        }

        _articleOf = articleOf;
        _ownKey = ownKey;
        _weights = weights;
        _keys = keys;
        _display = display;
    }

    /// <summary>The context of the first <paramref name="count"/> of <paramref name="features"/>.</summary>
    public static SharedContext Build(CandidateFeatures[] features, int count)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var keys = new List<string>();
        var display = new Dictionary<string, string>(StringComparer.Ordinal);
        var articleIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var articleKeys = new List<List<int>>();
        var articleOf = new int[count];
        var ownKey = new int[count];
        for (var i = 0; i < count; i++)
        {
            var f = features[i];
            if (!articleIds.TryGetValue(f.Candidate.Article, out var article))
            {
                articleIds[f.Candidate.Article] = article = articleKeys.Count;
                articleKeys.Add([]);
            }

            articleOf[i] = article;
            ownKey[i] = -1;
            display.TryAdd(f.IdentityKey, f.Profile.KeyAsWritten);
            if (f.IdentityKey.Length > 2)
            {
                if (!ids.TryGetValue(f.IdentityKey, out var id))
                {
                    ids[f.IdentityKey] = id = keys.Count;
                    keys.Add(f.IdentityKey);
                }

                ownKey[i] = id;
                if (!articleKeys[article].Contains(id))
                {
                    articleKeys[article].Add(id);
                }
            }
        }

        var documentFrequency = new int[keys.Count];
        foreach (var list in articleKeys)
        {
            foreach (var k in list)
            {
                documentFrequency[k]++;
            }
        }

        // A co-occurring entity is evidence in proportion to how few articles mention it.
        var weights = new double[keys.Count];
        for (var k = 0; k < weights.Length; k++)
        {
            weights[k] = Math.Clamp(Math.Log((articleKeys.Count + 1.0) / documentFrequency[k]), 0, 1);
        }

        var names = new string[keys.Count];
        for (var k = 0; k < names.Length; k++)
        {
            names[k] = display.GetValueOrDefault(keys[k], keys[k]);
        }

        return new SharedContext([.. articleKeys.Select(static l => l.ToArray())], articleOf, ownKey, weights, [.. keys], names);
    }

    /// <summary>The weight of the context candidates <paramref name="x"/> and <paramref name="y"/> share (their own keys aside).</summary>
    public double Weight(int x, int y)
    {
        var (small, large) = Order(x, y);
        double total = 0;
        foreach (var k in _articleKeys[_articleOf[small]])
        {
            if (k != _ownKey[x] && k != _ownKey[y] && _articleSets[_articleOf[large]].Contains(k))
            {
                var w = _weights[k];
                if (w > 0)
                {
                    total += w;
                }
            }
        }

        return total;
    }

    /// <summary>The written names of the (at most four) weightiest entities in the context both candidates share, or empty.</summary>
    public string Names(int x, int y)
    {
        var (small, large) = Order(x, y);
        var shared = new List<(double W, string K, string Name)>();
        foreach (var k in _articleKeys[_articleOf[small]])
        {
            if (k != _ownKey[x] && k != _ownKey[y] && _articleSets[_articleOf[large]].Contains(k) && _weights[k] > 0)
            {
                shared.Add((_weights[k], _keys[k], _display[k]));
            }
        }

        shared.Sort(static (a, b) => b.W != a.W ? b.W.CompareTo(a.W) : string.CompareOrdinal(a.K, b.K));
        var sb = new StringBuilder();
        for (var i = 0; i < shared.Count && i < 4; i++)
        {
            if (i > 0)
            {
                sb.Append(", ");
            }

            sb.Append(shared[i].Name);
        }

        return sb.ToString();
    }

    /// <summary>The candidate with the smaller context first (the first one on a tie), so that sums run in one fixed order.</summary>
    private (int Small, int Large) Order(int x, int y) => ContextSize(x) <= ContextSize(y) ? (x, y) : (y, x);

    private int ContextSize(int i) => _articleKeys[_articleOf[i]].Length - (_ownKey[i] >= 0 ? 1 : 0);
}
