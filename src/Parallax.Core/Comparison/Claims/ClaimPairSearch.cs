using Parallax.Language.WordRelations;

namespace Parallax.Comparison.Claims;

/// <summary>
/// The pairs of clauses that can become grouping edges, found exactly through <see cref="ClaimCandidates"/> indexes: an
/// edge is a pair at least the group threshold similar, or at least the conflict threshold similar and explicitly
/// contradicting. Below the group threshold only a polarity or quantity contradiction counts (an antonym needs the
/// group threshold), and those need signs both clauses carry: a stem negated throughout one clause that the other
/// has (<see cref="ClaimClause.Polarity"/> must differ, one side being -1), or quantities of one dimension. So every
/// clause is probed at the group threshold, and at the conflict threshold only for the clauses that can contradict it
/// (all clauses when it has a negated stem, else those with a negated stem or a quantity), keeping those that share a
/// sign with it. Built once per stage run; <see cref="Find"/> is thread-safe given one <see cref="ClaimCandidates.Probe"/>
/// and result lists per thread.
/// </summary>
internal sealed class ClaimPairSearch
{
    private readonly ClaimCandidates _group;
    private readonly ClaimCandidates _conflict;
    private readonly ClaimCandidates _conflictProne;
    private readonly Signs[] _signs;

    internal ClaimPairSearch(List<ClaimClause> clauses, ClaimComparer comparer, WordRelations relations, double groupThreshold, double conflictThreshold)
    {
        _signs = new Signs[clauses.Count];
        for (var c = 0; c < clauses.Count; c++)
        {
            var clause = clauses[c];
            var terms = new HashSet<string>(StringComparer.Ordinal);
            var negated = new List<string>();
            foreach (var i in clause.Content)
            {
                terms.Add(clause.Text.Terms[i]);
            }

            foreach (var i in clause.UniqueContent)
            {
                if (clause.Polarity(clause.Text.Terms[i]) < 0)
                {
                    negated.Add(clause.Text.Terms[i]);
                }
            }

            var dimensions = 0L;
            foreach (var q in clause.Quantities)
            {
                dimensions |= 1L << ((int)q.Dimension & 63);
            }

            _signs[c] = new Signs(terms, [.. negated], dimensions);
        }

        _group = new ClaimCandidates(clauses, comparer, relations, groupThreshold);
        _conflict = conflictThreshold < groupThreshold ? new ClaimCandidates(clauses, comparer, relations, conflictThreshold) : _group;
        _conflictProne = conflictThreshold < groupThreshold
            ? new ClaimCandidates(clauses, comparer, relations, conflictThreshold, c => _signs[c].Negated.Length > 0 || _signs[c].Dimensions != 0)
            : _group;
    }

    /// <summary>
    /// Into <paramref name="found"/> (cleared first), ascending: the later clauses of other articles that may form an
    /// edge with clause <paramref name="a"/>; <paramref name="scratch"/> is working space.
    /// </summary>
    internal void Find(int a, ClaimCandidates.Probe probe, List<int> found, List<int> scratch)
    {
        _group.Find(a, probe, found);
        if (ReferenceEquals(_conflict, _group))
        {
            return;
        }

        (_signs[a].Negated.Length > 0 ? _conflict : _conflictProne).Find(a, probe, scratch);
        var merged = 0;
        for (var k = 0; k < scratch.Count; k++)
        {
            if (CanContradict(_signs[a], _signs[scratch[k]]))
            {
                scratch[merged++] = scratch[k];
            }
        }

        scratch.RemoveRange(merged, scratch.Count - merged);
        if (scratch.Count == 0)
        {
            return;
        }

        // Merge the two ascending lists.
        var group = found.ToArray();
        found.Clear();
        int x = 0, y = 0;
        while (x < group.Length || y < scratch.Count)
        {
            var next = y >= scratch.Count || (x < group.Length && group[x] <= scratch[y]) ? group[x] : scratch[y];
            if (x < group.Length && group[x] == next)
            {
                x++;
            }

            if (y < scratch.Count && scratch[y] == next)
            {
                y++;
            }

            found.Add(next);
        }
    }

    private static bool CanContradict(Signs a, Signs b)
    {
        if ((a.Dimensions & b.Dimensions) != 0)
        {
            return true;
        }

        foreach (var term in a.Negated)
        {
            if (b.Terms.Contains(term))
            {
                return true;
            }
        }

        foreach (var term in b.Negated)
        {
            if (a.Terms.Contains(term))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>What a clause could contradict another with: its content stems, the stems negated throughout it, the dimensions of its quantities (bits).</summary>
    private readonly record struct Signs(HashSet<string> Terms, string[] Negated, long Dimensions);
}
