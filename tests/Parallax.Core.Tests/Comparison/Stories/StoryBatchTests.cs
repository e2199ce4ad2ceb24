using Parallax.Comparison.Stories;

namespace Parallax.Core.Tests.Comparison.Stories;

public class StoryBatchTests
{
    private static ArticleDigest Digest(string source, params string[] words) =>
        new(source, null, null, [.. words.Select(w => new StoryTerm("w:" + w, StoryTermKind.Word, 2, w))]);

    [Fact]
    public void Compact_digest_keeps_term_ids_and_counts_in_order_and_shares_the_vocabulary()
    {
        var vocabulary = new TermStatistics();
        var first = CompactDigest.Create(Digest("a", "quake", "rescue"), vocabulary);
        var second = CompactDigest.Create(
            new ArticleDigest("b", "t", new DateOnly(2024, 5, 1), [new StoryTerm("w:rescue", StoryTermKind.Word, 3, "rescue"), new StoryTerm("e:van", StoryTermKind.Entity, 1, "Van")]),
            vocabulary);

        Assert.Equal([0, 1], first.TermIds);
        Assert.Equal([1, 2], second.TermIds);
        Assert.Equal([3f, 1f], second.Counts);
        Assert.Equal(new DateOnly(2024, 5, 1), second.Published);
        Assert.Equal(StoryTermKind.Entity, vocabulary.Kind(2));
        Assert.Equal(0, vocabulary.Documents); // interning does not count
    }

    [Fact]
    public void Batch_counts_rarities_as_articles_arrive_and_clusters_like_a_list()
    {
        var digests = new[]
        {
            Digest("a", "earthquake", "turkey", "van", "rescue"),
            Digest("b", "election", "ballot", "senate", "vote"),
            Digest("c", "earthquake", "turkey", "van", "aftershock"),
            Digest("d", "election", "ballot", "senate", "recount"),
        };
        var batch = new StoryBatch();
        foreach (var digest in digests)
        {
            batch.Add(digest);
        }

        Assert.Equal(4, batch.Count);
        Assert.Equal(4, batch.Statistics.Documents);
        var clusterer = new StoryClusterer();
        var fromBatch = clusterer.Cluster(batch);
        var fromList = clusterer.Cluster(digests);
        Assert.Equal(fromList.Select(s => (s.Id, s.Label, string.Join(",", s.Articles))), fromBatch.Select(s => (s.Id, s.Label, string.Join(",", s.Articles))));
        Assert.Equal(2, fromBatch.Length);

        // Clustering leaves the batch as it was: a second run gives the same stories.
        Assert.Equal(fromBatch.Select(s => string.Join(",", s.Articles)), clusterer.Cluster(batch).Select(s => string.Join(",", s.Articles)));
    }
}
