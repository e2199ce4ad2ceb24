namespace Parallax.Server.Stories;

/// <summary>
/// Every story's terms, kept in memory for story assignment: for each story, how many of its articles carry each term,
/// and across all articles, how many carry each term. Loaded from the store at start and updated as articles are
/// added. Thread-safe (one lock).
/// </summary>
public sealed class StoryCatalog
{
    private readonly Lock _lock = new();
    private readonly Dictionary<long, StoryProfile> _stories = [];
    private readonly Dictionary<string, int> _articlesWithTerm = new(StringComparer.Ordinal);
    private int _articles;

    /// <summary>How many articles the catalog knows.</summary>
    public int ArticleCount
    {
        get
        {
            lock (_lock)
            {
                return _articles;
            }
        }
    }

    /// <summary>Records that an article with <paramref name="terms"/> joined story <paramref name="storyId"/>.</summary>
    public void Add(long storyId, IReadOnlyList<string> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        lock (_lock)
        {
            if (!_stories.TryGetValue(storyId, out var story))
            {
                story = new StoryProfile(storyId);
                _stories[storyId] = story;
            }

            story.Articles++;
            foreach (var term in terms.Distinct(StringComparer.Ordinal))
            {
                story.Terms[term] = story.Terms.GetValueOrDefault(term) + 1;
                _articlesWithTerm[term] = _articlesWithTerm.GetValueOrDefault(term) + 1;
            }

            _articles++;
        }
    }

    /// <summary>
    /// The story whose articles share most of <paramref name="terms"/>, weighted by how rare each term is across all
    /// articles, with its score in [0, 1]: the idf-weighted share of the terms, each counted by the fraction of the
    /// story's articles that carry it. Null when there are no stories.
    /// </summary>
    public (long StoryId, double Score, int SharedTerms)? BestMatch(IReadOnlyList<string> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        lock (_lock)
        {
            if (_stories.Count == 0 || terms.Count == 0)
            {
                return null;
            }

            var idf = new double[terms.Count];
            var total = 0.0;
            for (var i = 0; i < terms.Count; i++)
            {
                idf[i] = Math.Log(1.0 + ((_articles + 1.0) / (_articlesWithTerm.GetValueOrDefault(terms[i]) + 1.0)));
                total += idf[i];
            }

            (long StoryId, double Score, int SharedTerms)? best = null;
            foreach (var story in _stories.Values)
            {
                var score = 0.0;
                var shared = 0;
                for (var i = 0; i < terms.Count; i++)
                {
                    if (story.Terms.TryGetValue(terms[i], out var count))
                    {
                        score += idf[i] * count / story.Articles;
                        shared++;
                    }
                }

                score /= total;
                if (best is null || score > best.Value.Score || (score == best.Value.Score && story.Id < best.Value.StoryId))
                {
                    best = (story.Id, score, shared);
                }
            }

            return best;
        }
    }

    private sealed class StoryProfile(long id)
    {
        public long Id { get; } = id;

        public int Articles { get; set; }

        public Dictionary<string, int> Terms { get; } = new(StringComparer.Ordinal);
    }
}
