using Parallax.Language.WordRelations;

namespace Parallax.Comparison.Claims;

/// <summary>A matched pair of content words of two clauses and how well they match (1 same stem, 0.8 synonyms, 0.7 one broader than the other).</summary>
internal readonly record struct WordMatch(int Left, int Right, double Strength, double Weight);

/// <summary>Why two clauses about the same thing cannot both be true.</summary>
internal enum Conflict
{
    None,

    /// <summary>A shared concept is negated in one and not the other ("no substantive agreement" / "reached a consensus").</summary>
    Polarity,

    /// <summary>Quantities of the same kind that differ beyond hedging ("five years" / "nearly two decades").</summary>
    Quantity,

    /// <summary>WordNet antonyms across the clauses.</summary>
    Antonym,
}

/// <summary>
/// Compares clauses of different articles: a soft Dice overlap of their content words weighted by how rare each
/// is in the story, with WordNet synonyms and hypernyms as partial matches, plus agreeing quantities; and the
/// explicit contradiction signals between them. Not thread-safe (it caches word relations); one per stage run.
/// </summary>
internal sealed class ClaimComparer(WordRelations relations, IReadOnlyDictionary<string, double> weights)
{
    /// <summary>What agreeing quantities add to the word overlap; a pair of clauses sharing no related word scores at most this.</summary>
    internal const double QuantityBonus = 0.15;

    private readonly Dictionary<(string, string), double> _relatedness = [];

    internal double Weight(string term) => weights.TryGetValue(term, out var w) ? w : 1.0;

    internal double Similarity(ClaimClause a, ClaimClause b, List<WordMatch>? matches)
    {
        matches?.Clear();
        double matched = 0, totalA = 0, totalB = 0;
        var seenA = new HashSet<string>(StringComparer.Ordinal);
        foreach (var i in a.Content)
        {
            var term = a.Text.Terms[i];
            if (!seenA.Add(term))
            {
                continue;
            }

            var w = Weight(term);
            totalA += w;
            var best = 0.0;
            var bestJ = -1;
            foreach (var j in b.Content)
            {
                var r = Relatedness(a.Text.Words[i], term, b.Text.Words[j], b.Text.Terms[j]);
                if (r > best)
                {
                    best = r;
                    bestJ = j;
                }
            }

            if (bestJ >= 0)
            {
                var weight = Math.Min(w, Weight(b.Text.Terms[bestJ]));
                matched += best * weight;
                matches?.Add(new WordMatch(i, bestJ, best, weight));
            }
        }

        var seenB = new HashSet<string>(StringComparer.Ordinal);
        foreach (var j in b.Content)
        {
            if (seenB.Add(b.Text.Terms[j]))
            {
                totalB += Weight(b.Text.Terms[j]);
            }
        }

        var similarity = totalA + totalB > 0 ? 2 * matched / (totalA + totalB) : 0;
        foreach (var qa in a.Quantities)
        {
            foreach (var qb in b.Quantities)
            {
                if (qa.Dimension == qb.Dimension && qa.IsCompatibleWith(qb))
                {
                    return Math.Min(1, similarity + QuantityBonus);
                }
            }
        }

        return similarity;
    }

    /// <summary>The first contradiction signal between two clauses, given their word matches.</summary>
    internal Conflict FindConflict(ClaimClause a, ClaimClause b, List<WordMatch> matches, double similarity, double antonymThreshold)
    {
        var sharedWeight = 0.0;
        foreach (var m in matches)
        {
            sharedWeight = Math.Max(sharedWeight, m.Weight * m.Strength);
        }

        var strong = 0;
        foreach (var m in matches)
        {
            strong += m.Strength >= 0.7 ? 1 : 0;
        }

        foreach (var m in matches)
        {
            // The negated concept must be one of the most telling shared words, not a name, and the clauses must
            // share something else; a concept mentioned both ways, or in a hope or plan, says nothing.
            if (strong >= 3 && m.Strength >= 1 && m.Weight * m.Strength >= 0.6 * sharedWeight
                && !a.Text.Capitalized[m.Left] && !b.Text.Capitalized[m.Right])
            {
                var pa = a.Polarity(a.Text.Terms[m.Left]);
                var pb = b.Polarity(b.Text.Terms[m.Right]);
                if (pa != 0 && pb != 0 && pa != pb)
                {
                    return Conflict.Polarity;
                }
            }
        }

        foreach (var qa in a.Quantities)
        {
            foreach (var qb in b.Quantities)
            {
                if (qa.Dimension == qb.Dimension && !qa.IsCompatibleWith(qb))
                {
                    return Conflict.Quantity;
                }
            }
        }

        if (similarity < antonymThreshold)
        {
            return Conflict.None; // "war" and "peace" in loosely related clauses are topics, not a contradiction
        }

        foreach (var i in a.Content)
        {
            foreach (var j in b.Content)
            {
                if (relations.AreAntonyms(a.Text.Words[i], b.Text.Words[j]))
                {
                    return Conflict.Antonym;
                }
            }
        }

        return Conflict.None;
    }

    /// <summary>Whether two words name the same thing: same stem, WordNet synonyms, or one a direct hypernym of the other.</summary>
    internal bool SameConcept(string wordA, string termA, string wordB, string termB) => Relatedness(wordA, termA, wordB, termB) >= 0.7;

    private double Relatedness(string wordA, string termA, string wordB, string termB)
    {
        if (termA == termB)
        {
            return 1;
        }

        var key = string.CompareOrdinal(wordA, wordB) < 0 ? (wordA, wordB) : (wordB, wordA);
        if (_relatedness.TryGetValue(key, out var r))
        {
            return r;
        }

        r = relations.AreSynonyms(wordA, wordB) ? 0.8
            : relations.IsBroader(wordA, wordB) || relations.IsBroader(wordB, wordA) ? 0.7
            : 0;
        _relatedness[key] = r;
        return r;
    }
}
