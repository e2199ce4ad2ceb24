namespace Parallax.Comparison.Stories;

/// <summary>
/// An <see cref="ArticleDigest"/> reduced to what clustering reads: its terms as ids of a <see cref="TermStatistics"/>
/// vocabulary with their counts (in the digest's order) and its publication date — two arrays, no strings, so a batch
/// of a hundred thousand articles holds about a kilobyte each. Immutable once created.
/// </summary>
internal sealed class CompactDigest
{
    private CompactDigest(int[] termIds, float[] counts, DateOnly? published)
    {
        TermIds = termIds;
        Counts = counts;
        Published = published;
    }

    /// <summary>Term ids in <see cref="TermStatistics"/>, in the order of the digest's terms.</summary>
    public int[] TermIds { get; }

    /// <summary>The count of each term of <see cref="TermIds"/>.</summary>
    public float[] Counts { get; }

    /// <summary>The publication date, when known.</summary>
    public DateOnly? Published { get; }

    public int Length => TermIds.Length;

    /// <summary>Interns the terms of <paramref name="digest"/> in <paramref name="vocabulary"/> (without counting them).</summary>
    public static CompactDigest Create(ArticleDigest digest, TermStatistics vocabulary)
    {
        ArgumentNullException.ThrowIfNull(digest);
        ArgumentNullException.ThrowIfNull(vocabulary);
        var terms = digest.Terms;
        var ids = new int[terms.Length];
        var counts = new float[terms.Length];
        for (var i = 0; i < terms.Length; i++)
        {
            ids[i] = vocabulary.Intern(terms[i]);
            counts[i] = terms[i].Count;
        }

        return new CompactDigest(ids, counts, digest.Published);
    }
}
