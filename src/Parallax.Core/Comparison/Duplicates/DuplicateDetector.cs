using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace Parallax.Comparison.Duplicates;

/// <summary>How alike two texts are.</summary>
public enum DuplicateKind
{
    /// <summary>The same words in the same order (case, whitespace and punctuation aside).</summary>
    Exact,

    /// <summary>Most word 5-gram shingles shared: a syndicated or lightly edited copy.</summary>
    Near,
}

/// <summary>A text found to duplicate an earlier one. Immutable.</summary>
/// <param name="Index">The position of the duplicate among the texts given.</param>
/// <param name="OriginalIndex">The position of the earlier text it copies (the one to keep).</param>
/// <param name="Kind">Exact or near.</param>
/// <param name="Similarity">Jaccard similarity of the two texts' word 5-gram shingle sets, 0–1.</param>
public sealed record DuplicateMatch(int Index, int OriginalIndex, DuplicateKind Kind, double Similarity);

/// <summary>
/// Finds exact and near-duplicate texts (syndicated copies) without comparing every pair: each text gets a
/// MinHash signature of its word 5-gram shingles, locality-sensitive hashing (bands of the signature) proposes
/// candidate pairs, and only candidates have their true shingle-set Jaccard similarity computed.
/// Stateless and thread-safe; no I/O.
/// </summary>
public sealed class DuplicateDetector
{
    private const int ShingleSize = 5;
    private const int SignatureLength = 64;
    private const int Bands = 16;
    private const int RowsPerBand = SignatureLength / Bands;

    private static readonly ulong[] Seeds = CreateSeeds();

    /// <summary>Creates a detector.</summary>
    /// <param name="nearThreshold">Minimum Jaccard similarity of shingle sets for a near duplicate (default 0.8).</param>
    public DuplicateDetector(double nearThreshold = 0.8)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(nearThreshold, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(nearThreshold, 1);
        NearThreshold = nearThreshold;
    }

    /// <summary>Minimum Jaccard similarity for a near duplicate.</summary>
    public double NearThreshold { get; }

    /// <summary>
    /// Returns one match for every text that duplicates an earlier text in <paramref name="texts"/>; the earliest
    /// text of each group is the original. Empty texts are never duplicates.
    /// </summary>
    public ImmutableArray<DuplicateMatch> Find(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var shingles = new HashSet<ulong>[texts.Count];
        var exactKeys = new Dictionary<ulong, int>();
        var buckets = new Dictionary<(int Band, ulong Key), List<int>>();
        var matches = ImmutableArray.CreateBuilder<DuplicateMatch>();
        var originalOf = new int[texts.Count];

        for (var i = 0; i < texts.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            originalOf[i] = i;
            var words = Words(texts[i]);
            shingles[i] = Shingles(words);
            if (words.Count == 0)
            {
                continue;
            }

            var exactKey = HashWords(words);
            if (exactKeys.TryGetValue(exactKey, out var exactOriginal))
            {
                originalOf[i] = originalOf[exactOriginal];
                matches.Add(new DuplicateMatch(i, originalOf[i], DuplicateKind.Exact, 1.0));
                continue;
            }

            exactKeys[exactKey] = i;
            var best = -1;
            var bestSimilarity = 0.0;
            var signature = Signature(shingles[i]);
            for (var band = 0; band < Bands; band++)
            {
                var key = BandKey(signature, band);
                if (!buckets.TryGetValue((band, key), out var members))
                {
                    members = [];
                    buckets[(band, key)] = members;
                }

                foreach (var candidate in members)
                {
                    if (originalOf[candidate] != candidate)
                    {
                        continue;
                    }

                    var similarity = Jaccard(shingles[i], shingles[candidate]);
                    if (similarity > bestSimilarity)
                    {
                        bestSimilarity = similarity;
                        best = candidate;
                    }
                }

                members.Add(i);
            }

            if (best >= 0 && bestSimilarity >= NearThreshold)
            {
                originalOf[i] = best;
                matches.Add(new DuplicateMatch(i, best, DuplicateKind.Near, Math.Round(bestSimilarity, 3)));
            }
        }

        return matches.ToImmutable();
    }

    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                current.Append(char.ToLowerInvariant(c));
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }

        return words;
    }

    private static HashSet<ulong> Shingles(List<string> words)
    {
        var set = new HashSet<ulong>();
        if (words.Count == 0)
        {
            return set;
        }

        var size = Math.Min(ShingleSize, words.Count);
        for (var i = 0; i + size <= words.Count; i++)
        {
            var hash = 14695981039346656037UL;
            for (var j = i; j < i + size; j++)
            {
                hash = Fnv(hash, words[j]);
                hash = (hash ^ ' ') * 1099511628211UL;
            }

            set.Add(hash);
        }

        return set;
    }

    private static ulong HashWords(List<string> words)
    {
        var hash = 14695981039346656037UL;
        foreach (var word in words)
        {
            hash = Fnv(hash, word);
            hash = (hash ^ ' ') * 1099511628211UL;
        }

        return hash;
    }

    private static ulong Fnv(ulong hash, string word)
    {
        foreach (var c in word)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }

    private static ulong[] Signature(HashSet<ulong> shingles)
    {
        var signature = new ulong[SignatureLength];
        Array.Fill(signature, ulong.MaxValue);
        foreach (var shingle in shingles)
        {
            for (var k = 0; k < SignatureLength; k++)
            {
                var value = Mix(shingle ^ Seeds[k]);
                if (value < signature[k])
                {
                    signature[k] = value;
                }
            }
        }

        return signature;
    }

    private static ulong BandKey(ulong[] signature, int band)
    {
        var key = 17UL;
        for (var r = 0; r < RowsPerBand; r++)
        {
            key = (key * 31) ^ signature[(band * RowsPerBand) + r];
        }

        return key;
    }

    private static double Jaccard(HashSet<ulong> a, HashSet<ulong> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var shared = 0;
        foreach (var item in small)
        {
            if (large.Contains(item))
            {
                shared++;
            }
        }

        return (double)shared / (a.Count + b.Count - shared);
    }

    // SplitMix64 finaliser: a cheap, well-distributed 64-bit hash for MinHash permutations.
    private static ulong Mix(ulong x)
    {
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }

    private static ulong[] CreateSeeds()
    {
        var seeds = new ulong[SignatureLength];
        var state = 0x9E3779B97F4A7C15UL;
        for (var i = 0; i < seeds.Length; i++)
        {
            state += 0x9E3779B97F4A7C15UL;
            seeds[i] = Mix(state);
        }

        return seeds;
    }

    /// <summary>A short human description of a match ("exact copy", "near copy, 91% shared shingles").</summary>
    public static string Describe(DuplicateMatch match)
    {
        ArgumentNullException.ThrowIfNull(match);
        return match.Kind == DuplicateKind.Exact
            ? "exact copy"
            : string.Create(CultureInfo.InvariantCulture, $"near copy, {match.Similarity:P0} of word 5-gram shingles shared");
    }
}
