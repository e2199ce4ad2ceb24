using System.Buffers.Binary;
using System.IO.Compression;

namespace Parallax.Language.Entities;

/// <summary>
/// A linear model (averaged perceptron over hashed features) that re-decides the type of each candidate name the
/// rules of <see cref="EntityRecognizer"/> propose: person, organization, place, or not a person/organization/place.
/// Its features are the rules' own guess, gazetteer kinds, the words of the name and around it, and shape.
/// Immutable and thread-safe once loaded. Trained by <c>dotnet run --project tools/Parallax.Train -- ner</c>.
/// </summary>
public sealed class EntityTypeModel
{
    /// <summary>The number of classes: Person, Organization, Place, none.</summary>
    internal const int Classes = 4;

    /// <summary>The index of the "not a person, organization or place" class.</summary>
    internal const int NoneClass = 3;

    private const string Resource = "Parallax.Models.ner-types.bin";
    private const uint Magic = 0x50584E54; // "PXNT"
    private static readonly Lazy<EntityTypeModel?> DefaultInstance = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly float[] _weights;

    internal EntityTypeModel(int bits, float[] weights)
    {
        Bits = bits;
        _weights = weights;
    }

    /// <summary>The model shipped with Parallax, or null when the assembly carries none.</summary>
    public static EntityTypeModel? Default => DefaultInstance.Value;

    /// <summary>log2 of the number of feature buckets.</summary>
    internal int Bits { get; }

    internal int Mask => (1 << Bits) - 1;

    /// <summary>Reads a model written by <see cref="Save"/> (gzip-compressed).</summary>
    /// <exception cref="InvalidDataException">When the stream is not such a model.</exception>
    public static EntityTypeModel Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new BinaryReader(gzip);
        if (reader.ReadUInt32() != Magic)
        {
            throw new InvalidDataException("Not a Parallax entity type model.");
        }

        var bits = reader.ReadInt32();
        var entries = reader.ReadInt32();
        if (bits is < 8 or > 24 || entries < 0 || entries > (1 << bits))
        {
            throw new InvalidDataException("Corrupt Parallax entity type model header.");
        }

        var weights = new float[(1 << bits) * Classes];
        for (var i = 0; i < entries; i++)
        {
            var bucket = reader.ReadInt32();
            if ((uint)bucket >= (uint)(1 << bits))
            {
                throw new InvalidDataException("Corrupt Parallax entity type model entry.");
            }

            for (var c = 0; c < Classes; c++)
            {
                weights[(bucket * Classes) + c] = reader.ReadSingle();
            }
        }

        return new EntityTypeModel(bits, weights);
    }

    /// <summary>Writes the model: only buckets with a non-zero weight, gzip-compressed.</summary>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip);
        var buckets = 1 << Bits;
        var entries = 0;
        for (var b = 0; b < buckets; b++)
        {
            entries += IsUsed(b) ? 1 : 0;
        }

        writer.Write(Magic);
        writer.Write(Bits);
        writer.Write(entries);
        for (var b = 0; b < buckets; b++)
        {
            if (!IsUsed(b))
            {
                continue;
            }

            writer.Write(b);
            for (var c = 0; c < Classes; c++)
            {
                // Rounded so the shipped file compresses well; the loss is far below the weights' scale.
                writer.Write(MathF.Round(_weights[(b * Classes) + c], 3));
            }
        }
    }

    /// <summary>
    /// The best class for the hashed <paramref name="features"/>, except that "none" must beat the best type by
    /// <paramref name="noneMargin"/> when <paramref name="ruleClass"/> (the rules' own type, or -1) is a type.
    /// </summary>
    internal int Predict(ReadOnlySpan<int> features, int ruleClass, float noneMargin)
    {
        Span<float> scores = stackalloc float[Classes];
        Score(features, scores);
        var best = 0;
        for (var c = 1; c < NoneClass; c++)
        {
            if (scores[c] > scores[best])
            {
                best = c;
            }
        }

        var threshold = ruleClass is >= 0 and < NoneClass ? noneMargin : 0f;
        return scores[NoneClass] > scores[best] + threshold ? NoneClass : best;
    }

    private void Score(ReadOnlySpan<int> features, Span<float> scores)
    {
        scores.Clear();
        var mask = Mask;
        foreach (var f in features)
        {
            var at = (f & mask) * Classes;
            for (var c = 0; c < Classes; c++)
            {
                scores[c] += _weights[at + c];
            }
        }
    }

    /// <summary>The best class for the hashed <paramref name="features"/>.</summary>
    internal int Predict(ReadOnlySpan<int> features)
    {
        Span<float> scores = stackalloc float[Classes];
        scores.Clear();
        var mask = Mask;
        foreach (var f in features)
        {
            var at = (f & mask) * Classes;
            for (var c = 0; c < Classes; c++)
            {
                scores[c] += _weights[at + c];
            }
        }

        var best = 0;
        for (var c = 1; c < Classes; c++)
        {
            if (scores[c] > scores[best])
            {
                best = c;
            }
        }

        return best;
    }

    private bool IsUsed(int bucket)
    {
        for (var c = 0; c < Classes; c++)
        {
            if (MathF.Round(_weights[(bucket * Classes) + c], 3) != 0f)
            {
                return true;
            }
        }

        return false;
    }

    private static EntityTypeModel? LoadDefault()
    {
        using var stream = typeof(EntityTypeModel).Assembly.GetManifestResourceStream(Resource);
        return stream is null ? null : Load(stream);
    }

    /// <summary>
    /// The mean of several models trained on the same examples in different orders (same <see cref="Bits"/>): it
    /// predicts like a vote of the models at the cost of one.
    /// </summary>
    internal static EntityTypeModel Average(IReadOnlyList<EntityTypeModel> models)
    {
        ArgumentOutOfRangeException.ThrowIfZero(models.Count);
        var weights = new float[models[0]._weights.Length];
        foreach (var m in models)
        {
            if (m.Bits != models[0].Bits)
            {
                throw new ArgumentException("Models of different sizes cannot be averaged.", nameof(models));
            }

            for (var i = 0; i < weights.Length; i++)
            {
                weights[i] += m._weights[i] / models.Count;
            }
        }

        return new EntityTypeModel(models[0].Bits, weights);
    }

    /// <summary>
    /// Trains <paramref name="bags"/> models with the averaged perceptron, each on its own shuffle (seeds 12345,
    /// 12346, …), and returns their <see cref="Average"/>. Used by the training tool; deterministic for the same input.
    /// </summary>
    internal static EntityTypeModel TrainAveraged(IReadOnlyList<(int[] Features, int Label)> examples, int bits, int epochs, int bags)
    {
        var models = new List<EntityTypeModel>(bags);
        for (var b = 0; b < bags; b++)
        {
            models.Add(Train(examples, bits, epochs, 12345 + b));
        }

        return bags == 1 ? models[0] : Average(models);
    }

    /// <summary>Trains a model with the averaged perceptron. Used by the training tool; deterministic for the same input order and seed.</summary>
    internal static EntityTypeModel Train(IReadOnlyList<(int[] Features, int Label)> examples, int bits, int epochs, int seed = 12345)
    {
        var size = (1 << bits) * Classes;
        var weights = new float[size];
        var totals = new double[size];
        var stamps = new int[size];
        var mask = (1 << bits) - 1;
        var step = 1;
        var order = new int[examples.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        var random = new Random(seed);
        Span<float> scores = stackalloc float[Classes];
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var index in order)
            {
                var (features, label) = examples[index];
                scores.Clear();
                foreach (var f in features)
                {
                    var at = (f & mask) * Classes;
                    for (var c = 0; c < Classes; c++)
                    {
                        scores[c] += weights[at + c];
                    }
                }

                var guess = 0;
                for (var c = 1; c < Classes; c++)
                {
                    if (scores[c] > scores[guess])
                    {
                        guess = c;
                    }
                }

                if (guess != label)
                {
                    foreach (var f in features)
                    {
                        var at = (f & mask) * Classes;
                        Update(at + label, 1f);
                        Update(at + guess, -1f);
                    }
                }

                step++;
            }
        }

        var averaged = new float[size];
        for (var i = 0; i < size; i++)
        {
            var total = totals[i] + ((step - stamps[i]) * (double)weights[i]);
            averaged[i] = (float)(total / step);
        }

        return new EntityTypeModel(bits, averaged);

        void Update(int i, float delta)
        {
            totals[i] += (step - stamps[i]) * (double)weights[i];
            stamps[i] = step;
            weights[i] += delta;
        }
    }

    /// <summary>FNV-1a over a feature's name and its (lower-cased) value: allocation-free feature hashing.</summary>
    internal static int Hash(ReadOnlySpan<char> name, ReadOnlySpan<char> value)
    {
        var h = 2166136261u;
        foreach (var c in name)
        {
            h = (h ^ c) * 16777619u;
        }

        h = (h ^ '=') * 16777619u;
        var limit = Math.Min(value.Length, 32);
        for (var i = 0; i < limit; i++)
        {
            h = (h ^ char.ToLowerInvariant(value[i])) * 16777619u;
        }

        return (int)(h & 0x7fffffff);
    }

    internal static int Hash(ReadOnlySpan<char> name, int value)
    {
        Span<byte> bytes = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(bytes, value);
        var h = 2166136261u;
        foreach (var c in name)
        {
            h = (h ^ c) * 16777619u;
        }

        foreach (var b in bytes)
        {
            h = (h ^ b) * 16777619u;
        }

        return (int)(h & 0x7fffffff);
    }
}
