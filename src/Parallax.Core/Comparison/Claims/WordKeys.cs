using Parallax.Language.WordRelations;

namespace Parallax.Comparison.Claims;

/// <summary>
/// The <see cref="MatchKeys"/> of every content word of a story's clauses, numbered once: the keys a word is filed
/// under and the keys it looks up. Two words with different stems that <see cref="ClaimComparer"/> relates in either
/// order share a key one way round, so words that share none are unrelated without asking WordNet. Immutable once
/// built; thread-safe.
/// </summary>
internal sealed class WordKeys
{
    private readonly Dictionary<string, (int[] Index, int[] Probe)> _keys = new(StringComparer.Ordinal);

    /// <summary>Numbers the keys of the content words of the clauses.</summary>
    internal WordKeys(List<ClaimClause> clauses, WordRelations relations)
    {
        var keys = new MatchKeys(relations);
        var index = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var clause in clauses)
        {
            foreach (var i in clause.Content)
            {
                var word = clause.Text.Words[i];
                if (!index.ContainsKey(word))
                {
                    var filed = keys.Index(word, clause.Text.Terms[i]).ToArray();
                    Array.Sort(filed);
                    index[word] = filed;
                }
            }
        }

        foreach (var clause in clauses)
        {
            foreach (var i in clause.Content)
            {
                var word = clause.Text.Words[i];
                if (!_keys.ContainsKey(word))
                {
                    int[] probe = [.. keys.Probe(word, clause.Text.Terms[i])];
                    Array.Sort(probe);
                    _keys[word] = (index[word], probe);
                }
            }
        }
    }

    /// <summary>
    /// False when both words are known and share no key either way round (then they are unrelated unless they have
    /// the same stem); true otherwise.
    /// </summary>
    internal bool MayRelate(string a, string b)
    {
        if (!_keys.TryGetValue(a, out var x) || !_keys.TryGetValue(b, out var y))
        {
            return true;
        }

        return Intersect(x.Probe, y.Index) || Intersect(y.Probe, x.Index);
    }

    private static bool Intersect(int[] x, int[] y)
    {
        int i = 0, j = 0;
        while (i < x.Length && j < y.Length)
        {
            if (x[i] == y[j])
            {
                return true;
            }

            if (x[i] < y[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return false;
    }
}
