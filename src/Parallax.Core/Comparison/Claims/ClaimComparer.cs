using Parallax.Language.WordRelations;

namespace Parallax.Comparison.Claims;

/// <summary>A matched pair of content words of two clauses and how well they match (1 same stem, 0.8 synonyms or noun and verb of one act, 0.7 one broader than the other).</summary>
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
internal sealed class ClaimComparer(WordRelations relations, IReadOnlyDictionary<string, double> weights, WordKeys? keys = null)
{
    /// <summary>Added to the similarity (up to 1) of clauses with compatible quantities of one dimension.</summary>
    internal const double QuantityBonus = 0.15;

    /// <summary>How well WordNet synonyms, or a noun and verb of one act, match.</summary>
    internal const double SynonymStrength = 0.8;

    /// <summary>How well a word and a direct hypernym of it match.</summary>
    internal const double BroaderStrength = 0.7;

    /// <summary>The strongest match of two words with different stems.</summary>
    internal const double RelatedStrength = SynonymStrength;

    /// <summary>The similarity is scaled by this when each clause names someone or somewhere the other does not.</summary>
    internal const double NameClashFactor = 0.8;

    private readonly Dictionary<(string, string), double> _relatedness = [];
    /// <summary>The similarity is scaled by this when both clauses tell of an event and neither event word is in the other.</summary>
    internal const double EventClashFactor = 0.75;

    private readonly List<WordMatch> _scratch = [];

    /// <summary>The story weights of stems (a stem not listed weighs 1).</summary>
    internal IReadOnlyDictionary<string, double> Weights => weights;

    /// <summary>The story's word keys, when given: a cheap proof that two words are unrelated.</summary>
    internal WordKeys? Keys => keys;

    internal double Weight(string term) => weights.TryGetValue(term, out var w) ? w : 1.0;

    /// <summary>Whether the clauses have quantities of one dimension that can describe the same thing.</summary>
    internal static bool HaveCompatibleQuantities(ClaimClause a, ClaimClause b)
    {
        foreach (var qa in a.Quantities)
        {
            foreach (var qb in b.Quantities)
            {
                if (qa.Dimension == qb.Dimension && qa.IsCompatibleWith(qb))
                {
                    return true;
                }
            }
        }

        return false;
    }

    internal double Similarity(ClaimClause a, ClaimClause b, List<WordMatch>? matches)
    {
        matches ??= _scratch;
        matches.Clear();
        double matched = 0, totalA = 0, totalB = 0;
        foreach (var i in a.UniqueContent)
        {
            var term = a.Text.Terms[i];
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
                matches.Add(new WordMatch(i, bestJ, best, weight));
            }
        }

        foreach (var j in b.UniqueContent)
        {
            totalB += Weight(b.Text.Terms[j]);
        }

        var similarity = totalA + totalB > 0 ? 2 * matched / (totalA + totalB) : 0;
        if (DifferentEvents(a, b))
        {
            // "The minister resigned on Friday" / "The minister opened a hospital on Friday": the same people and
            // day, but what happened differs.
            similarity *= EventClashFactor;
        }

        if (HasUnmatchedName(a, matches, left: true) && HasUnmatchedName(b, matches, left: false))
        {
            // "Trump and Putin met in Anchorage" / "Trump and Xi met in Osaka": each names someone or somewhere the
            // other does not, so they are likely other events with the same wording.
            similarity *= NameClashFactor;
        }

        return HaveCompatibleQuantities(a, b) ? Math.Min(1, similarity + QuantityBonus) : similarity;
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
                if (qa.Dimension == qb.Dimension && !qa.IsCompatibleWith(qb) && SameMeasured(qa, qb, matches))
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

    /// <summary>
    /// Whether two quantities measure the same thing: a content word (other than the unit) within four words of one
    /// of them is matched in the other clause ("first meeting in five years" / "a meeting … not seen in nearly two
    /// decades"); the same unit alone is not enough.
    /// </summary>
    private static bool SameMeasured(Quantity qa, Quantity qb, List<WordMatch> matches)
    {
        foreach (var m in matches)
        {
            if (m.Strength >= 0.7 && ((Math.Abs(m.Left - qa.Word) <= 4 && m.Left != qa.Word + 1) || (Math.Abs(m.Right - qb.Word) <= 4 && m.Right != qb.Word + 1)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether both clauses have event verbs (<see cref="ClaimClause.EventWords"/>) and none of either side's is the
    /// same concept as a content word of the other ("resigned" / "resignation" is; "resigned" / "opened" is not).
    /// </summary>
    private bool DifferentEvents(ClaimClause a, ClaimClause b)
    {
        var eventsA = a.EventWords(relations);
        var eventsB = b.EventWords(relations);
        if (eventsA.Count == 0 || eventsB.Count == 0)
        {
            return false;
        }

        foreach (var i in eventsA)
        {
            foreach (var j in b.Content)
            {
                if (Relatedness(a.Text.Words[i], a.Text.Terms[i], b.Text.Words[j], b.Text.Terms[j]) >= 0.7)
                {
                    return false;
                }
            }
        }

        foreach (var j in eventsB)
        {
            foreach (var i in a.Content)
            {
                if (Relatedness(a.Text.Words[i], a.Text.Terms[i], b.Text.Words[j], b.Text.Terms[j]) >= 0.7)
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static bool HasUnmatchedName(ClaimClause clause, List<WordMatch> matches, bool left)
    {
        foreach (var i in clause.Content)
        {
            if (i == clause.From || !clause.Text.Capitalized[i])
            {
                continue;
            }

            var matched = false;
            foreach (var m in matches)
            {
                matched |= (left ? m.Left : m.Right) == i;
            }

            if (!matched)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether two words name the same thing: same stem, WordNet synonyms, a derived noun or verb ("agree" / "agreement"), or one a direct hypernym of the other.</summary>
    internal bool SameConcept(string wordA, string termA, string wordB, string termB) => Relatedness(wordA, termA, wordB, termB) >= 0.7;

    private double Relatedness(string wordA, string termA, string wordB, string termB)
    {
        if (termA == termB)
        {
            return 1;
        }

        if (keys is not null && !keys.MayRelate(wordA, wordB))
        {
            return 0; // not cached: most word pairs are unrelated, and the check is cheaper than the cache
        }

        var key = string.CompareOrdinal(wordA, wordB) < 0 ? (wordA, wordB) : (wordB, wordA);
        if (_relatedness.TryGetValue(key, out var r))
        {
            return r;
        }

        r = relations.AreSynonyms(wordA, wordB) || relations.AreDerived(wordA, wordB) ? SynonymStrength
            : relations.IsBroader(wordA, wordB) || relations.IsBroader(wordB, wordA) ? BroaderStrength
            : 0;
        _relatedness[key] = r;
        return r;
    }
}
