using Parallax.Language.WordRelations;

namespace Parallax.Comparison.Claims;

/// <summary>
/// The pairs of clauses (of different articles) worth comparing, from an inverted index instead of all pairs: two
/// clauses are candidates when some content word of one is related to some content word of the other — the same stem,
/// or a key they share in <see cref="WordRelations.RelationKeys"/> (a form, a WordNet synset, a direct hypernym).
/// A pair with no such word has no word overlap in <see cref="ClaimComparer.Similarity"/>, so it scores at most
/// <see cref="ClaimComparer.QuantityBonus"/>; as long as the stage's least similarity is above that, the candidates
/// give exactly the groups all pairs would. With <c>allPairs</c> every pair of different articles is a candidate.
/// Not thread-safe.
/// </summary>
internal sealed class ClaimCandidates
{
    private readonly List<ClaimClause> _clauses;
    private readonly bool _allPairs;
    private readonly int[][] _keysOf;
    private readonly List<int>[] _postings;
    private readonly int[] _seen;

    public ClaimCandidates(List<ClaimClause> clauses, WordRelations relations, bool allPairs)
    {
        _clauses = clauses;
        _allPairs = allPairs;
        _seen = new int[clauses.Count];
        Array.Fill(_seen, -1);
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var postings = new List<List<int>>();
        var wordKeys = new Dictionary<string, string[]>(StringComparer.Ordinal);
        _keysOf = new int[allPairs ? 0 : clauses.Count][];
        var keys = new HashSet<int>();
        for (var c = 0; !allPairs && c < clauses.Count; c++)
        {
            keys.Clear();
            var clause = clauses[c];
            foreach (var i in clause.Content)
            {
                keys.Add(Id("t:" + clause.Text.Terms[i]));
                var word = clause.Text.Words[i];
                if (!wordKeys.TryGetValue(word, out var related))
                {
                    wordKeys[word] = related = [.. relations.RelationKeys(word).Distinct(StringComparer.Ordinal)];
                }

                foreach (var key in related)
                {
                    keys.Add(Id(key));
                }
            }

            _keysOf[c] = [.. keys];
            foreach (var key in _keysOf[c])
            {
                postings[key].Add(c);
            }
        }

        _postings = [.. postings];

        int Id(string key)
        {
            if (!ids.TryGetValue(key, out var id))
            {
                ids[key] = id = postings.Count;
                postings.Add([]);
            }

            return id;
        }
    }

    /// <summary>Fills <paramref name="partners"/> with the candidates j &gt; i of another article than clause i, ascending.</summary>
    public void Partners(int i, List<int> partners)
    {
        partners.Clear();
        var article = _clauses[i].Article;
        if (_allPairs)
        {
            for (var j = i + 1; j < _clauses.Count; j++)
            {
                if (_clauses[j].Article != article)
                {
                    partners.Add(j);
                }
            }

            return;
        }

        foreach (var key in _keysOf[i])
        {
            foreach (var j in _postings[key])
            {
                if (j > i && _seen[j] != i && _clauses[j].Article != article)
                {
                    _seen[j] = i;
                    partners.Add(j);
                }
            }
        }

        partners.Sort();
    }
}
