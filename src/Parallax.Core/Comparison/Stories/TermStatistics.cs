namespace Parallax.Comparison.Stories;

/// <summary>
/// The vocabulary of story terms (each key gets a small integer id) and how many articles contain each term, for
/// inverse document frequency. Not thread-safe: one writer at a time.
/// </summary>
public sealed class TermStatistics
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<int> _documentFrequency = [];
    private readonly List<StoryTerm> _terms = [];

    /// <summary>How many articles have been counted.</summary>
    public int Documents { get; private set; }

    /// <summary>How many distinct terms are known.</summary>
    public int Count => _terms.Count;

    /// <summary>Counts the distinct terms of <paramref name="digest"/> as one more article.</summary>
    public void Add(ArticleDigest digest)
    {
        ArgumentNullException.ThrowIfNull(digest);
        Documents++;
        foreach (var term in digest.Terms)
        {
            _documentFrequency[Intern(term)]++;
        }
    }

    /// <summary>Counts the distinct terms of <paramref name="digest"/> (interned in this vocabulary) as one more article.</summary>
    internal void Add(CompactDigest digest)
    {
        Documents++;
        foreach (var id in digest.TermIds)
        {
            _documentFrequency[id]++;
        }
    }

    /// <summary>The id of <paramref name="term"/>, adding it (with frequency 0) when new.</summary>
    public int Intern(StoryTerm term)
    {
        if (!_ids.TryGetValue(term.Key, out var id))
        {
            id = _terms.Count;
            _ids.Add(term.Key, id);
            _terms.Add(term with { Count = 0 });
            _documentFrequency.Add(0);
        }

        return id;
    }

    /// <summary>The term with id <paramref name="id"/> (its count is zero).</summary>
    public StoryTerm Term(int id) => _terms[id];

    /// <summary>The kind of the term with id <paramref name="id"/>.</summary>
    public StoryTermKind Kind(int id) => _terms[id].Kind;

    /// <summary>Articles containing the term with id <paramref name="id"/>.</summary>
    public int DocumentFrequency(int id) => _documentFrequency[id];

    /// <summary>
    /// Inverse document frequency: ln(1 + (N + <paramref name="priorDocuments"/>) / df). The prior counts as articles
    /// that lack the term, so that in a small batch — five articles about one summit — the names they all share are
    /// not weighed down as if they were common words.
    /// </summary>
    public double InverseDocumentFrequency(int id, int priorDocuments = 0)
    {
        var df = Math.Max(1, _documentFrequency[id]);
        return Math.Log(1.0 + ((double)(Math.Max(Documents, df) + Math.Max(0, priorDocuments)) / df));
    }
}
