using System.Runtime.InteropServices;

namespace Parallax.Comparison.Stories;

/// <summary>
/// The working state of story detection: every article's vector, the stories (centroid, members, span of dates) and
/// an inverted index from term to the stories that most recently took in an article with it (bounded: at most
/// <see cref="StoryOptions.MaxPostingsPerTerm"/> read per term), so that an article is compared only with a bounded
/// number of stories that share one of its heaviest terms and admit its date — never with all of them. Not thread-safe.
/// </summary>
internal sealed class StoryIndex
{
    private readonly StoryOptions _options;
    private readonly List<TermVector> _vectors = [];
    private readonly List<DateOnly?> _dates = [];
    private readonly List<int> _storyOf = [];
    private readonly List<StoryCluster> _stories = [];
    private readonly Dictionary<int, RecentStories> _postings = [];
    private readonly List<int> _candidates = [];
    private int[] _seen = new int[64];
    private int _stamp;

    public StoryIndex(StoryOptions options) => _options = options;

    public int ArticleCount => _vectors.Count;

    public IReadOnlyList<StoryCluster> Stories => _stories;

    public int StoryOf(int article) => _storyOf[article];

    public int AddArticle(TermVector vector, DateOnly? date)
    {
        _vectors.Add(vector);
        _dates.Add(date);
        _storyOf.Add(-1);
        return _vectors.Count - 1;
    }

    /// <summary>The story most similar to <paramref name="article"/> (its own story scored without it), or (-1, 0).</summary>
    public (int Story, double Similarity) FindBest(int article)
    {
        var vector = _vectors[article];
        var date = _dates[article];
        var candidates = Candidates(vector, date);
        var best = -1;
        var bestSimilarity = 0.0;
        foreach (var story in candidates)
        {
            var similarity = Similarity(article, story);
            if (similarity > bestSimilarity || (similarity == bestSimilarity && similarity > 0 && story < best))
            {
                best = story;
                bestSimilarity = similarity;
            }
        }

        return (best, bestSimilarity);
    }

    // The live stories in the recent postings of the article's heaviest terms that admit its date, each once, newest first.
    private List<int> Candidates(TermVector vector, DateOnly? date)
    {
        _candidates.Clear();
        if (_seen.Length < _stories.Count)
        {
            Array.Resize(ref _seen, Math.Max(_stories.Count, _seen.Length * 2));
        }

        if (++_stamp == int.MaxValue)
        {
            Array.Clear(_seen);
            _stamp = 1;
        }

        var lookups = Math.Min(vector.Length, _options.LookupTerms);
        for (var i = 0; i < lookups; i++)
        {
            if (!_postings.TryGetValue(vector.Ids[i], out var posting))
            {
                continue;
            }

            var recent = posting.Recent(_options.MaxPostingsPerTerm);
            for (var p = recent.Length - 1; p >= 0; p--)
            {
                var story = recent[p];
                if (_seen[story] == _stamp)
                {
                    continue;
                }

                _seen[story] = _stamp;
                var cluster = _stories[story];
                if (cluster.Articles.Count > 0 && (date is not { } d || cluster.Admits(d, _options.WindowDays)))
                {
                    _candidates.Add(story);
                }
            }
        }

        return _candidates;
    }

    /// <summary>Cosine similarity of the article and the story's centroid, the article's own contribution removed.</summary>
    public double Similarity(int article, int story)
    {
        var vector = _vectors[article];
        var cluster = _stories[story];
        var member = _storyOf[article] == story;
        if (member && cluster.Articles.Count == 1)
        {
            return 0;
        }

        var dot = 0.0;
        var sumSquares = cluster.SumSquares;
        for (var i = 0; i < vector.Length; i++)
        {
            if (!cluster.Centroid.TryGetValue(vector.Ids[i], out var c))
            {
                continue;
            }

            if (member)
            {
                var without = c - vector.Weights[i];
                sumSquares += (without * without) - (c * c);
                c = without;
            }

            dot += c * vector.Weights[i];
        }

        return sumSquares <= 1e-12 ? 0 : dot / Math.Sqrt(sumSquares);
    }

    public int StartStory(int article)
    {
        var story = _stories.Count;
        _stories.Add(new StoryCluster());
        Join(article, story);
        return story;
    }

    public void Join(int article, int story)
    {
        var cluster = _stories[story];
        var vector = _vectors[article];
        for (var i = 0; i < vector.Length; i++)
        {
            cluster.Add(vector.Ids[i], vector.Weights[i]);
            if (!_postings.TryGetValue(vector.Ids[i], out var posting))
            {
                posting = new RecentStories(_options.MaxPostingsPerTerm);
                _postings.Add(vector.Ids[i], posting);
            }

            posting.Add(story);
        }

        cluster.Articles.Add(article);
        if (_dates[article] is { } date)
        {
            cluster.Widen(date);
        }

        cluster.Prune(_options.StoryTerms);
        _storyOf[article] = story;
    }

    public void Leave(int article)
    {
        var story = _storyOf[article];
        var cluster = _stories[story];
        var vector = _vectors[article];
        for (var i = 0; i < vector.Length; i++)
        {
            cluster.Subtract(vector.Ids[i], vector.Weights[i]);
        }

        cluster.Articles.Remove(article);
        cluster.ResetDates();
        foreach (var other in cluster.Articles)
        {
            if (_dates[other] is { } date)
            {
                cluster.Widen(date);
            }
        }

        _storyOf[article] = -1;
    }
}

/// <summary>One story being built: its members, the sum of their vectors and the span of their dates. Not thread-safe.</summary>
internal sealed class StoryCluster
{
    public List<int> Articles { get; } = [];

    public Dictionary<int, double> Centroid { get; } = [];

    public double SumSquares { get; private set; }

    public DateOnly? First { get; private set; }

    public DateOnly? Last { get; private set; }

    /// <summary>Adds <paramref name="weight"/> to a term.</summary>
    public void Add(int term, double weight)
    {
        ref var value = ref CollectionsMarshal.GetValueRefOrAddDefault(Centroid, term, out _);
        var old = value;
        value = old + weight;
        SumSquares += (value * value) - (old * old);
    }

    public void Subtract(int term, double weight)
    {
        if (!Centroid.TryGetValue(term, out var old))
        {
            return;
        }

        var value = old - weight;
        SumSquares += (value * value) - (old * old);
        if (value <= 1e-9)
        {
            Centroid.Remove(term);
            SumSquares -= value * value;
        }
        else
        {
            Centroid[term] = value;
        }

        SumSquares = Math.Max(0, SumSquares);
    }

    /// <summary>Keeps the heaviest <paramref name="maxTerms"/> terms once the centroid holds twice as many.</summary>
    public void Prune(int maxTerms)
    {
        if (Centroid.Count <= maxTerms * 2)
        {
            return;
        }

        var kept = Centroid.OrderByDescending(static p => p.Value).ThenBy(static p => p.Key).Take(maxTerms).ToList();
        Centroid.Clear();
        SumSquares = 0;
        foreach (var (term, value) in kept)
        {
            Centroid[term] = value;
            SumSquares += value * value;
        }
    }

    public void Widen(DateOnly date)
    {
        First = First is { } first && first <= date ? first : date;
        Last = Last is { } last && last >= date ? last : date;
    }

    public void ResetDates()
    {
        First = null;
        Last = null;
    }

    /// <summary>True when <paramref name="date"/> is within <paramref name="windowDays"/> of the story's dates, or the story has none.</summary>
    public bool Admits(DateOnly date, int windowDays) =>
        First is not { } first || Last is not { } last
        || (date.DayNumber >= first.DayNumber - windowDays && date.DayNumber <= last.DayNumber + windowDays);
}
