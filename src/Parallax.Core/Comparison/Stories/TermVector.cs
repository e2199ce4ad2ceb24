namespace Parallax.Comparison.Stories;

/// <summary>
/// An article's terms as a sparse unit vector of TF-IDF weights (heaviest first), the form stories are compared in.
/// Immutable.
/// </summary>
internal sealed class TermVector
{
    private TermVector(int[] ids, float[] weights)
    {
        Ids = ids;
        Weights = weights;
    }

    /// <summary>Term ids, heaviest first.</summary>
    public int[] Ids { get; }

    /// <summary>Weights of <see cref="Ids"/>; their squares sum to 1 (or the vector is empty).</summary>
    public float[] Weights { get; }

    public int Length => Ids.Length;

    /// <summary>Weights <paramref name="digest"/>'s terms: kind weight × (1 + ln count) × idf; keeps the heaviest, normalized.</summary>
    public static TermVector Create(ArticleDigest digest, TermStatistics statistics, StoryOptions options) =>
        Create(CompactDigest.Create(digest, statistics), statistics, options);

    /// <summary>Weights <paramref name="digest"/>'s terms (ids of <paramref name="statistics"/>) the same way.</summary>
    public static TermVector Create(CompactDigest digest, TermStatistics statistics, StoryOptions options)
    {
        var ids = new int[digest.Length];
        var weights = new double[digest.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            var id = digest.TermIds[i];
            var kind = statistics.Kind(id) switch
            {
                StoryTermKind.Entity => options.EntityWeight,
                StoryTermKind.Date => options.DateWeight,
                _ => 1.0,
            };
            ids[i] = id;
            weights[i] = kind * (1.0 + Math.Log(Math.Max(1.0, digest.Counts[i]))) * statistics.InverseDocumentFrequency(id, options.PriorDocuments);
        }

        var order = new int[ids.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        // Heaviest first; equal weights by term id, so the result never depends on hash order.
        Array.Sort(order, (a, b) =>
        {
            var byWeight = weights[b].CompareTo(weights[a]);
            return byWeight != 0 ? byWeight : ids[a].CompareTo(ids[b]);
        });
        var kept = Math.Min(order.Length, options.ArticleTerms);
        var norm = 0.0;
        for (var i = 0; i < kept; i++)
        {
            norm += weights[order[i]] * weights[order[i]];
        }

        norm = Math.Sqrt(norm);
        var keptIds = new int[kept];
        var keptWeights = new float[kept];
        for (var i = 0; i < kept; i++)
        {
            keptIds[i] = ids[order[i]];
            keptWeights[i] = norm > 0 ? (float)(weights[order[i]] / norm) : 0f;
        }

        return new TermVector(keptIds, keptWeights);
    }
}
