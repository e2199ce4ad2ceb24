namespace Parallax.Comparison.Claims;

/// <summary>
/// Scores the pairs one clause takes part in as the first clause: finds its candidates (or, without a candidate
/// index, every later clause of another article), keeps those at least as similar as the conflict threshold, with
/// their contradiction signal. Holds its own comparer (which caches) and scratch space: one per thread.
/// </summary>
internal sealed class ClaimPairScorer(ClaimComparer comparer, ClaimCandidates.Probe probe)
{
    private readonly List<int> _found = [];
    private readonly List<WordMatch> _matches = [];

    /// <summary>The later clauses (ascending) at least <paramref name="conflictThreshold"/> similar to clause <paramref name="a"/>.</summary>
    internal List<(int B, double Similarity, Conflict Conflict)> Score(int a, List<ClaimClause> clauses, ClaimCandidates? candidates, double conflictThreshold, double groupThreshold)
    {
        if (candidates is null)
        {
            _found.Clear();
            for (var b = a + 1; b < clauses.Count; b++)
            {
                if (clauses[b].Article != clauses[a].Article)
                {
                    _found.Add(b);
                }
            }
        }
        else
        {
            candidates.Find(a, probe, _found);
        }

        var result = new List<(int B, double Similarity, Conflict Conflict)>();
        foreach (var b in _found)
        {
            var s = comparer.Similarity(clauses[a], clauses[b], _matches);
            if (s >= conflictThreshold)
            {
                result.Add((b, s, comparer.FindConflict(clauses[a], clauses[b], _matches, s, groupThreshold)));
            }
        }

        return result;
    }
}
