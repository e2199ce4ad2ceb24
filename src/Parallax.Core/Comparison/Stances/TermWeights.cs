namespace Parallax.Comparison.Stances;

/// <summary>Inverse document frequencies of stems, from the texts the stance model was trained on. Immutable.</summary>
internal sealed class TermWeights
{
    private readonly Dictionary<string, float> _idf;

    internal TermWeights(int documents, Dictionary<string, float> idf)
    {
        Documents = documents;
        _idf = idf;
        Unknown = (float)(Math.Log((documents + 1.0) / 1.0) + 1.0);
    }

    internal int Documents { get; }

    internal float Unknown { get; }

    internal IReadOnlyDictionary<string, float> Table => _idf;

    internal float Idf(string term) => _idf.TryGetValue(term, out var value) ? value : Unknown;

    /// <summary>Counts, for each stem, the documents it appears in; keeps stems seen in at least <paramref name="minDocuments"/>.</summary>
    internal static TermWeights Count(IEnumerable<StanceText> documents, int minDocuments)
    {
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        var n = 0;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var doc in documents)
        {
            n++;
            seen.Clear();
            foreach (var term in doc.Terms)
            {
                if (seen.Add(term))
                {
                    df[term] = df.GetValueOrDefault(term) + 1;
                }
            }
        }

        var idf = new Dictionary<string, float>(StringComparer.Ordinal);
        foreach (var (term, count) in df)
        {
            if (count >= minDocuments)
            {
                idf[term] = (float)(Math.Log((n + 1.0) / (count + 1.0)) + 1.0);
            }
        }

        return new TermWeights(n, idf);
    }
}
