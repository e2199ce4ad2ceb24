using Parallax.Language.WordRelations;

namespace Parallax.Comparison.Claims;

/// <summary>
/// The pairs of clauses that can reach a similarity threshold under <see cref="ClaimComparer.Similarity"/>, found
/// through an inverted index instead of comparing every pair, and exactly: no pair that reaches the threshold is left
/// out (pairs that do not may be included; the caller scores them).
/// <para>
/// Why it is exact. The similarity is at most the soft Dice overlap <c>2·matched / (W_a + W_b)</c> (the event and
/// name factors only lower it), plus <see cref="ClaimComparer.QuantityBonus"/> when the clauses have compatible
/// quantities of one dimension. <c>matched</c> sums, over the distinct content stems <c>x</c> of the first clause,
/// the strength (1 same stem, at most <see cref="ClaimComparer.RelatedStrength"/> otherwise) times
/// <c>min(w(x), w(y))</c> for the word <c>y</c> of the second clause it matches best, and a stem matches only a word
/// it is related to. Each word is indexed under match keys (its stem; its WordNet synsets; its base forms and the
/// base forms it derives from or is a direct hyponym of, crossed so that either direction of those relations shares
/// a key), so two related words always share a key, and <c>matched</c> is at most the sum over the first clause's
/// stems of the best key hit's strength · min of the weights. The first clause's stems are probed rarest (heaviest)
/// first; if the stems from the <c>m</c>-th on weigh <c>rest_m</c> in all, a clause first hit there can reach
/// <c>t</c> only if <c>2·rest_m ≥ t·(W_a + W_b)</c>, so each posting list (sorted by clause weight) is read only up
/// to <c>W_b ≤ 2·rest_m / t − W_a</c>, and probing stops when that is negative. A clause hit on the first <c>k</c>
/// stems gets the bound <c>hits + rest_k</c>, kept when it can reach the threshold. When compatible quantities
/// alone can lift a pair over the threshold (<c>t ≤ </c> the bonus), every such pair is included.
/// </para>
/// Built once per stage run; <see cref="Find"/> is thread-safe given one <see cref="Probe"/> per thread.
/// </summary>
internal sealed class ClaimCandidates
{
    /// <summary>Relative slack on every bound, so rounding never prunes a pair that reaches the threshold.</summary>
    private const double Slack = 1e-9;

    private readonly List<ClaimClause> _clauses;
    private readonly double _threshold;
    private readonly double[] _total;
    private readonly ProbeStem[][] _stems;
    private readonly Posting[][] _postings;
    private readonly Func<int, bool>? _indexed;

    /// <summary>
    /// Indexes the clauses (those <paramref name="indexed"/> accepts, when given: only they are found) for a similarity
    /// threshold, with the comparer's stem weights.
    /// </summary>
    internal ClaimCandidates(List<ClaimClause> clauses, ClaimComparer comparer, WordRelations relations, double threshold, Func<int, bool>? indexed = null)
    {
        _clauses = clauses;
        _threshold = threshold;
        _indexed = indexed;
        _total = new double[clauses.Count];
        _stems = new ProbeStem[clauses.Count][];
        var keys = new MatchKeys(relations);
        var lists = new List<List<Posting>>();
        var best = new Dictionary<int, double>();
        for (var c = 0; c < clauses.Count; c++)
        {
            var clause = clauses[c];
            best.Clear();
            foreach (var j in indexed is null || indexed(c) ? clause.Content : (IEnumerable<int>)[])
            {
                var w = comparer.Weight(clause.Text.Terms[j]);
                foreach (var key in keys.Index(clause.Text.Words[j], clause.Text.Terms[j]))
                {
                    best[key] = Math.Max(best.GetValueOrDefault(key), w);
                }
            }

            foreach (var (key, w) in best)
            {
                while (lists.Count <= key)
                {
                    lists.Add([]);
                }

                lists[key].Add(new Posting(c, w));
            }

            var total = 0.0;
            foreach (var i in clause.UniqueContent)
            {
                total += comparer.Weight(clause.Text.Terms[i]);
            }

            _total[c] = total;
        }

        _postings = new Posting[lists.Count][];
        for (var k = 0; k < lists.Count; k++)
        {
            var list = lists[k];
            list.Sort((x, y) =>
            {
                var order = _total[x.Clause].CompareTo(_total[y.Clause]);
                return order != 0 ? order : x.Clause.CompareTo(y.Clause);
            });
            _postings[k] = [.. list];
        }

        for (var c = 0; c < clauses.Count; c++)
        {
            var clause = clauses[c];
            var stems = new List<ProbeStem>(clause.UniqueContent.Count);
            foreach (var i in clause.UniqueContent)
            {
                var term = clause.Text.Terms[i];
                stems.Add(new ProbeStem(comparer.Weight(term), keys.Term(term), [.. keys.Probe(clause.Text.Words[i], term)], 0));
            }

            stems.Sort((x, y) => y.Weight.CompareTo(x.Weight));
            var rest = 0.0;
            for (var m = stems.Count - 1; m >= 0; m--)
            {
                rest += stems[m].Weight;
                stems[m] = stems[m] with { Rest = rest };
            }

            _stems[c] = [.. stems];
        }
    }

    /// <summary>Scratch space for <see cref="Find"/>, one per thread.</summary>
    internal sealed class Probe(int clauses)
    {
        internal double[] Hits { get; } = new double[clauses];

        internal double[] Current { get; } = new double[clauses];

        internal int[] Stem { get; } = new int[clauses];

        internal List<int> Touched { get; } = [];

        internal double[] Reach { get; set; } = new double[16];
    }

    /// <summary>
    /// Into <paramref name="found"/> (cleared first), in ascending order: every clause after <paramref name="a"/>, of
    /// another article, that may be at least as similar to it as the threshold (<paramref name="a"/> first, as the
    /// stage compares them).
    /// </summary>
    internal void Find(int a, Probe probe, List<int> found)
    {
        found.Clear();
        if (_threshold <= 0)
        {
            AddLater(a, found, quantitiesOnly: false); // every pair reaches it
            return;
        }

        var lowest = _clauses[a].Quantities.Count > 0 ? _threshold - ClaimComparer.QuantityBonus : _threshold;
        if (lowest <= 0)
        {
            AddLater(a, found, quantitiesOnly: true);
            lowest = _threshold; // the pairs without compatible quantities
        }

        Scan(a, _stems[a], _total[a], lowest, probe, found);

        found.Sort();
        for (var k = found.Count - 1; k > 0; k--)
        {
            if (found[k] == found[k - 1])
            {
                found.RemoveAt(k);
            }
        }
    }

    private void Scan(int a, ProbeStem[] stems, double totalA, double lowest, Probe probe, List<int> found)
    {
        var article = _clauses[a].Article;
        if (probe.Reach.Length < stems.Length)
        {
            probe.Reach = new double[stems.Length * 2];
        }

        // Reach[m]: the heaviest clause that stems m.. alone can bring to the lowest threshold (non-increasing in m).
        var reach = probe.Reach;
        for (var m = 0; m < stems.Length; m++)
        {
            reach[m] = (2 * stems[m].Rest * (1 + Slack) / lowest) - totalA;
        }

        var touched = probe.Touched;
        touched.Clear();
        for (var m = 0; m < stems.Length && reach[m] >= 0; m++)
        {
            var stem = stems[m];
            foreach (var key in stem.Keys)
            {
                var strength = key == stem.TermKey ? 1.0 : ClaimComparer.RelatedStrength;
                foreach (var posting in _postings[key])
                {
                    var b = posting.Clause;
                    if (_total[b] > reach[m])
                    {
                        break;
                    }

                    if (b <= a || _clauses[b].Article == article)
                    {
                        continue;
                    }

                    var value = strength * Math.Min(stem.Weight, posting.Weight);
                    if (probe.Stem[b] == 0)
                    {
                        touched.Add(b);
                        probe.Hits[b] = value;
                        probe.Current[b] = value;
                        probe.Stem[b] = m + 1;
                    }
                    else if (probe.Stem[b] != m + 1)
                    {
                        probe.Hits[b] += value;
                        probe.Current[b] = value;
                        probe.Stem[b] = m + 1;
                    }
                    else if (value > probe.Current[b])
                    {
                        probe.Hits[b] += value - probe.Current[b];
                        probe.Current[b] = value;
                    }
                }
            }
        }

        foreach (var b in touched)
        {
            // The stems probed for b are those whose reach covers its weight (a prefix); the rest may all match.
            var probed = 0;
            while (probed < stems.Length && reach[probed] >= _total[b])
            {
                probed++;
            }

            var bound = probe.Hits[b] + (probed < stems.Length ? stems[probed].Rest : 0);
            var threshold = ClaimComparer.HaveCompatibleQuantities(_clauses[a], _clauses[b]) ? _threshold - ClaimComparer.QuantityBonus : _threshold;
            if (2 * bound * (1 + Slack) >= threshold * (totalA + _total[b]))
            {
                found.Add(b);
            }

            probe.Stem[b] = 0;
        }
    }

    /// <summary>Every later clause of another article (with a quantity compatible with one of clause a's, when said): the pairs a threshold at or below 0 lets through.</summary>
    private void AddLater(int a, List<int> found, bool quantitiesOnly)
    {
        for (var b = a + 1; b < _clauses.Count; b++)
        {
            if (_clauses[b].Article != _clauses[a].Article && (_indexed is null || _indexed(b)) && (!quantitiesOnly || ClaimComparer.HaveCompatibleQuantities(_clauses[a], _clauses[b])))
            {
                found.Add(b);
            }
        }
    }

    /// <summary>A clause's weight under one match key: the heaviest of its words with that key.</summary>
    private readonly record struct Posting(int Clause, double Weight);

    /// <summary>A distinct stem of a probing clause: its weight, its keys, and the weight of it and all lighter stems.</summary>
    private readonly record struct ProbeStem(double Weight, int TermKey, int[] Keys, double Rest);
}
