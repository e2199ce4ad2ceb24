namespace Parallax.Comparison.Entities;

/// <summary>
/// The relation of two names (<see cref="MatchJudge.Relate"/>), computed once per ordered pair of distinct name
/// profiles: the same names recur across many articles. Not thread-safe; one per resolution.
/// </summary>
internal sealed class NameComparisons
{
    private readonly Dictionary<long, NameRelation> _cache = new(PairKeyComparer.Instance);

    /// <summary>How the names of <paramref name="a"/> and <paramref name="b"/> relate.</summary>
    public NameRelation Relate(CandidateFeatures a, CandidateFeatures b)
    {
        var key = ((long)a.ProfileId << 32) | (uint)b.ProfileId;
        if (!_cache.TryGetValue(key, out var relation))
        {
            relation = MatchJudge.Relate(a.Profile, b.Profile);
            _cache[key] = relation;
        }

        return relation;
    }
}
