namespace Parallax.Comparison.Stories;

/// <summary>
/// The articles of one batch, gathered for <see cref="StoryClusterer.Cluster(StoryBatch, CancellationToken)"/> as they
/// arrive: each <see cref="ArticleDigest"/> is counted into the batch's term rarities and kept only as term ids and
/// counts (no strings, no text), so a caller can stream a large corpus — digest an article, add it, drop it — in
/// bounded memory per article. Positions are the order of <see cref="Add"/>. Not thread-safe: one writer at a time;
/// clustering does not change the batch, so it can be clustered again (with other options).
/// </summary>
public sealed class StoryBatch
{
    private readonly List<CompactDigest> _digests = [];

    /// <summary>How many articles have been added.</summary>
    public int Count => _digests.Count;

    internal TermStatistics Statistics { get; } = new();

    internal IReadOnlyList<CompactDigest> Digests => _digests;

    /// <summary>Adds <paramref name="digest"/> as the next article; returns its position (from 0).</summary>
    public int Add(ArticleDigest digest)
    {
        ArgumentNullException.ThrowIfNull(digest);
        var compact = CompactDigest.Create(digest, Statistics);
        Statistics.Add(compact);
        _digests.Add(compact);
        return _digests.Count - 1;
    }
}
