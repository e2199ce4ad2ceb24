using System.Collections.Immutable;
using System.Globalization;

namespace Parallax.Comparison.Stories;

/// <summary>
/// Online story detection: each arriving article (as an <see cref="ArticleDigest"/>) joins the most similar story —
/// by cosine similarity of TF-IDF-weighted words, named entities and dates to the story's centroid — when that
/// similarity reaches <see cref="StoryOptions.JoinThreshold"/> and its date lies within the story's time window;
/// otherwise it starts a new story. Candidate stories come from an inverted index over the article's heaviest terms,
/// so the work per article is bounded, not proportional to the number of stories. Term rarities are counted over the
/// articles seen so far (or taken from fixed statistics). Deterministic: the same articles in the same order give the
/// same stories. Not thread-safe: one caller at a time. No I/O.
/// </summary>
public sealed class StoryAssigner
{
    private readonly StoryIndex _index;
    private readonly TermStatistics _statistics;
    private readonly bool _countArrivals;

    /// <summary>Creates an assigner that counts term rarities over the articles it is given.</summary>
    public StoryAssigner(StoryOptions? options = null)
        : this(options, null)
    {
    }

    internal StoryAssigner(StoryOptions? options, TermStatistics? fixedStatistics)
    {
        Options = options ?? StoryOptions.Default;
        _index = new StoryIndex(Options);
        _statistics = fixedStatistics ?? new TermStatistics();
        _countArrivals = fixedStatistics is null;
    }

    /// <summary>The options in force.</summary>
    public StoryOptions Options { get; }

    /// <summary>How many articles have been assigned.</summary>
    public int ArticleCount => _index.ArticleCount;

    internal StoryIndex Index => _index;

    internal TermStatistics Statistics => _statistics;

    /// <summary>Assigns <paramref name="digest"/> to a story (an existing one or a new one).</summary>
    public StoryAssignment Assign(ArticleDigest digest)
    {
        ArgumentNullException.ThrowIfNull(digest);
        return Assign(Arrive(digest));
    }

    /// <summary>Assigns an article whose terms are already interned in (and counted by) this assigner's statistics.</summary>
    internal StoryAssignment Assign(CompactDigest digest)
    {
        var article = _index.AddArticle(TermVector.Create(digest, _statistics, Options), digest.Published);
        var (best, similarity) = _index.FindBest(article);
        if (best >= 0 && similarity >= Options.JoinThreshold)
        {
            _index.Join(article, best);
            return new StoryAssignment(article, StoryId(best), IsNewStory: false, Math.Round(similarity, 4));
        }

        var story = _index.StartStory(article);
        return new StoryAssignment(article, StoryId(story), IsNewStory: true, Math.Round(similarity, 4));
    }

    /// <summary>
    /// Adds <paramref name="digest"/> to the story <paramref name="storyId"/> (an id this assigner returned), or to a new
    /// story when it is null, without looking for the most similar one: replays an assignment made earlier (and stored),
    /// so that the state matches it even where today's similarities would decide differently.
    /// </summary>
    /// <exception cref="ArgumentException">When <paramref name="storyId"/> is not a story of this assigner.</exception>
    public StoryAssignment Place(ArticleDigest digest, string? storyId)
    {
        ArgumentNullException.ThrowIfNull(digest);
        var story = -1;
        if (storyId is not null &&
            (!storyId.StartsWith('s') || !int.TryParse(storyId.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out story) ||
             story < 1 || story > _index.Stories.Count))
        {
            throw new ArgumentException($"There is no story {storyId}.", nameof(storyId));
        }

        var compact = Arrive(digest);
        var article = _index.AddArticle(TermVector.Create(compact, _statistics, Options), compact.Published);
        if (storyId is null)
        {
            return new StoryAssignment(article, StoryId(_index.StartStory(article)), IsNewStory: true, 0);
        }

        var similarity = _index.Similarity(article, story - 1);
        _index.Join(article, story - 1);
        return new StoryAssignment(article, StoryId(story - 1), IsNewStory: false, Math.Round(similarity, 4));
    }

    /// <summary>The story of the article at <paramref name="article"/> (arrival position).</summary>
    public string StoryOf(int article) => StoryId(_index.StoryOf(article));

    /// <summary>The current stories (none empty), in order of creation.</summary>
    public ImmutableArray<Story> Stories()
    {
        var stories = ImmutableArray.CreateBuilder<Story>();
        for (var i = 0; i < _index.Stories.Count; i++)
        {
            var cluster = _index.Stories[i];
            if (cluster.Articles.Count > 0)
            {
                stories.Add(ToStory(StoryId(i), cluster, _statistics));
            }
        }

        return stories.ToImmutable();
    }

    internal static Story ToStory(string id, StoryCluster cluster, TermStatistics statistics) =>
        new(id, StoryLabels.Create(cluster, statistics), [.. cluster.Articles.Order()], cluster.First, cluster.Last);

    // Interns the digest's terms and, when rarities are counted over arrivals, counts it.
    private CompactDigest Arrive(ArticleDigest digest)
    {
        var compact = CompactDigest.Create(digest, _statistics);
        if (_countArrivals)
        {
            _statistics.Add(compact);
        }

        return compact;
    }

    private static string StoryId(int index) => "s" + (index + 1).ToString(CultureInfo.InvariantCulture);
}
