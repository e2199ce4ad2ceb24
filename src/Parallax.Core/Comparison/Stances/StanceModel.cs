using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.IO.Compression;
using System.Text;
using Parallax.Language.WordRelations;
using Parallax.Model;

namespace Parallax.Comparison.Stances;

/// <summary>
/// Decides the stance of a text towards a claim (agree, disagree, discuss, unrelated) in two stages of
/// gradient-boosted trees over <see cref="StanceFeatures"/>: related or not, then agree / disagree / discuss.
/// Trained on FNC-1 by <c>dotnet run -c Release --project tools/Parallax.Train -- stance</c>; the trained file is
/// embedded in the assembly, nothing is downloaded. Thread-safe: one instance serves any number of callers. Texts
/// longer than 200,000 characters are judged on their first 200,000.
/// </summary>
public sealed class StanceModel
{
    private const string Resource = "Parallax.Models.stance.bin";
    private const uint Magic = 0x50585354; // "PXST"
    private const int Version = 1;
    private const int CacheLimit = 4096;
    private static readonly Lazy<StanceModel?> DefaultInstance = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly ConcurrentDictionary<string, ClaimProfile> _claims = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, BodyProfile> _bodies = new(StringComparer.Ordinal);

    internal StanceModel(TermWeights weights, BoostedTrees relatedness, BoostedTrees stance, WordRelations relations)
    {
        Weights = weights;
        Relatedness = relatedness;
        Stance = stance;
        Relations = relations;
    }

    /// <summary>The model shipped with Parallax, or null when the assembly carries none.</summary>
    public static StanceModel? Default => DefaultInstance.Value;

    internal TermWeights Weights { get; }

    internal BoostedTrees Relatedness { get; }

    internal BoostedTrees Stance { get; }

    internal WordRelations Relations { get; }

    /// <summary>Reads a model written by the training tool (gzip-compressed binary).</summary>
    /// <exception cref="InvalidDataException">When the stream is not such a model.</exception>
    public static StanceModel Load(Stream stream) => Load(stream, WordRelations.Default);

    /// <summary>Reads a model, using <paramref name="relations"/> for the antonym features.</summary>
    /// <exception cref="InvalidDataException">When the stream is not such a model.</exception>
    public static StanceModel Load(Stream stream, WordRelations relations)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(relations);
        using var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new BinaryReader(gzip, Encoding.UTF8);
        try
        {
            if (reader.ReadUInt32() != Magic || reader.ReadInt32() != Version)
            {
                throw new InvalidDataException("Not a Parallax stance model (version 1).");
            }

            var documents = reader.ReadInt32();
            var terms = reader.ReadInt32();
            if (documents < 0 || terms is < 0 or > 5_000_000)
            {
                throw new InvalidDataException("Corrupt Parallax stance model header.");
            }

            var idf = new Dictionary<string, float>(terms, StringComparer.Ordinal);
            for (var i = 0; i < terms; i++)
            {
                var term = reader.ReadString();
                idf[term] = reader.ReadSingle();
            }

            var relatedness = BoostedTrees.Load(reader);
            var stance = BoostedTrees.Load(reader);
            if (relatedness.Features != StanceFeatures.Count || stance.Features != StanceFeatures.Count || stance.Classes != 3 || relatedness.Classes != 1)
            {
                throw new InvalidDataException("The stance model was trained on different features.");
            }

            return new StanceModel(new TermWeights(documents, idf), relatedness, stance, relations);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("Truncated Parallax stance model.", e);
        }
    }

    /// <summary>Writes the model (gzip-compressed); deterministic for the same model.</summary>
    internal void Save(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip, Encoding.UTF8);
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write(Weights.Documents);
        var terms = Weights.Table.Keys.Order(StringComparer.Ordinal).ToList();
        writer.Write(terms.Count);
        foreach (var term in terms)
        {
            writer.Write(term);
            writer.Write(Weights.Table[term]);
        }

        Relatedness.Save(writer);
        Stance.Save(writer);
    }

    /// <summary>The stance of <paramref name="text"/> towards <paramref name="claim"/>, with the sentences that decided it.</summary>
    public StanceJudgement Judge(string claim, string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(text);
        var probabilities = Probabilities(claim, text, out var top, cancellationToken);
        var label = StanceLabel.Unrelated;
        for (var c = 0; c < 3; c++)
        {
            if (probabilities[c] > probabilities[(int)label])
            {
                label = (StanceLabel)c;
            }
        }

        var evidence = ImmutableArray<TextSpan>.Empty;
        if (label != StanceLabel.Unrelated)
        {
            var body = BodyOf(text, cancellationToken).Text;
            var spans = new List<TextSpan>();
            for (var k = 0; k < Math.Min(2, top.Length); k++)
            {
                spans.Add(body.Sentences[top[k]]);
            }

            spans.Sort((a, b) => a.Start.CompareTo(b.Start));
            evidence = [.. spans];
        }

        return new StanceJudgement(label, Math.Round(probabilities[(int)label], 4), evidence);
    }

    /// <summary>P(agree), P(disagree), P(discuss), P(unrelated), and the sentence indexes closest to the claim.</summary>
    internal float[] Probabilities(string claim, string text, out int[] topSentences, CancellationToken cancellationToken = default)
    {
        var features = new float[StanceFeatures.Count];
        topSentences = StanceFeatures.Compute(ClaimOf(claim, cancellationToken), BodyOf(text, cancellationToken), Weights, features);
        return Probabilities(features);
    }

    internal float[] Probabilities(float[] features)
    {
        Span<float> related = stackalloc float[2];
        Relatedness.Probabilities(features, related);
        Span<float> stance = stackalloc float[3];
        Stance.Probabilities(features, stance);
        var result = new float[4];
        result[3] = related[0];
        for (var c = 0; c < 3; c++)
        {
            result[c] = related[1] * stance[c];
        }

        return result;
    }

    internal ClaimProfile ClaimOf(string claim, CancellationToken cancellationToken)
    {
        if (_claims.TryGetValue(claim, out var profile))
        {
            return profile;
        }

        profile = new ClaimProfile(StanceText.Parse(claim, cancellationToken), Weights, Relations);
        if (_claims.Count >= CacheLimit)
        {
            _claims.Clear();
        }

        _claims[claim] = profile;
        return profile;
    }

    internal BodyProfile BodyOf(string text, CancellationToken cancellationToken)
    {
        if (_bodies.TryGetValue(text, out var profile))
        {
            return profile;
        }

        profile = new BodyProfile(StanceText.Parse(text, cancellationToken), Weights);
        if (_bodies.Count >= CacheLimit / 8)
        {
            _bodies.Clear();
        }

        _bodies[text] = profile;
        return profile;
    }

    private static StanceModel? LoadDefault()
    {
        using var stream = typeof(StanceModel).Assembly.GetManifestResourceStream(Resource);
        return stream is null ? null : Load(stream);
    }
}
