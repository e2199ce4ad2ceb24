namespace Parallax.Comparison.Claims;

/// <summary>
/// Scores the pairs one clause takes part in as the first clause: finds its candidates (or, without a candidate
/// search, every later clause of another article) and keeps the grouping edges among them: at least the group
/// threshold similar, or at least the conflict threshold similar and explicitly contradicting, with their
/// contradiction signal. Holds its own comparer (which caches) and scratch space: one per thread.
/// </summary>
internal sealed class ClaimPairScorer(ClaimComparer comparer, ClaimCandidates.Probe probe)
{
    private readonly List<int> _found = [];
    private readonly List<int> _scratch = [];
    private readonly List<WordMatch> _matches = [];

    /// <summary>The edges (ascending by the later clause) clause <paramref name="a"/> has with later clauses.</summary>
    internal List<(int B, double Similarity, Conflict Conflict)> Score(int a, List<ClaimClause> clauses, ClaimPairSearch? search, double conflictThreshold, double groupThreshold)
    {
        if (search is null)
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
            search.Find(a, probe, _found, _scratch);
        }

        var result = new List<(int B, double Similarity, Conflict Conflict)>();
        foreach (var b in _found)
        {
            var s = comparer.Similarity(clauses[a], clauses[b], _matches);
            if (s >= conflictThreshold)
            {
                var conflict = comparer.FindConflict(clauses[a], clauses[b], _matches, s, groupThreshold);
                if (s >= groupThreshold || conflict != Conflict.None)
                {
                    result.Add((b, s, conflict));
                }
            }
        }

        return result;
    }
}
