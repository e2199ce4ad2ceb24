using System.Collections.Immutable;
using System.Globalization;

namespace Parallax.Comparison.Stories;

/// <summary>
/// Batch story detection built on <see cref="StoryAssigner"/>: term rarities are counted over the whole batch first,
/// the articles are then assigned online in the order given, and <see cref="StoryOptions.RefinementPasses"/> passes
/// move each article to the story it is most similar to (or out on its own when it no longer reaches the threshold),
/// undoing the order-dependence of a single pass. Every article ends in exactly one story. Deterministic; stateless
/// and thread-safe (each call has its own state). No I/O.
/// </summary>
public sealed class StoryClusterer
{
    /// <summary>Creates a clusterer with <paramref name="options"/> (or the defaults).</summary>
    public StoryClusterer(StoryOptions? options = null) => Options = options ?? StoryOptions.Default;

    /// <summary>The options in force.</summary>
    public StoryOptions Options { get; }

    /// <summary>
    /// Groups <paramref name="digests"/> into stories. Story ids follow the position of each story's first article;
    /// <see cref="Story.Articles"/> are positions in <paramref name="digests"/>.
    /// </summary>
    /// <exception cref="OperationCanceledException">When <paramref name="cancellationToken"/> is cancelled.</exception>
    public ImmutableArray<Story> Cluster(IReadOnlyList<ArticleDigest> digests, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(digests);
        var batch = new StoryBatch();
        foreach (var digest in digests)
        {
            batch.Add(digest);
        }

        return Cluster(batch, cancellationToken);
    }

    /// <summary>
    /// Groups the articles of <paramref name="batch"/> into stories, as <see cref="Cluster(IReadOnlyList{ArticleDigest}, CancellationToken)"/>
    /// does; <see cref="Story.Articles"/> are positions in the batch. Does not change the batch.
    /// </summary>
    /// <exception cref="OperationCanceledException">When <paramref name="cancellationToken"/> is cancelled.</exception>
    public ImmutableArray<Story> Cluster(StoryBatch batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var statistics = batch.Statistics;
        var digests = batch.Digests;
        var assigner = new StoryAssigner(Options, statistics);
        for (var i = 0; i < digests.Count; i++)
        {
            if ((i & 255) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            assigner.Assign(digests[i]);
        }

        var index = assigner.Index;
        for (var pass = 0; pass < Options.RefinementPasses; pass++)
        {
            if (Refine(index, cancellationToken) == 0)
            {
                break;
            }
        }

        var clusters = index.Stories.Where(static c => c.Articles.Count > 0).OrderBy(static c => c.Articles.Min()).ToList();
        var stories = ImmutableArray.CreateBuilder<Story>(clusters.Count);
        for (var i = 0; i < clusters.Count; i++)
        {
            stories.Add(StoryAssigner.ToStory("s" + (i + 1).ToString(CultureInfo.InvariantCulture), clusters[i], statistics));
        }

        return stories.MoveToImmutable();
    }

    private int Refine(StoryIndex index, CancellationToken cancellationToken)
    {
        var moved = 0;
        for (var article = 0; article < index.ArticleCount; article++)
        {
            if ((article & 255) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var current = index.StoryOf(article);
            var currentSimilarity = index.Similarity(article, current);
            var (best, similarity) = index.FindBest(article);
            if (best >= 0 && best != current && similarity > currentSimilarity && similarity >= Options.JoinThreshold)
            {
                index.Leave(article);
                index.Join(article, best);
                moved++;
            }
            else if (currentSimilarity < Options.JoinThreshold && index.Stories[current].Articles.Count > 1)
            {
                index.Leave(article);
                index.StartStory(article);
                moved++;
            }
        }

        return moved;
    }
}
