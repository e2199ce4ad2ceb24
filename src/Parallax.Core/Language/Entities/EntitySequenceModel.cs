using System.IO.Compression;

namespace Parallax.Language.Entities;

/// <summary>
/// A structured (sequence) averaged perceptron over BIO tags, decoded with Viterbi, that reads the stretches of an
/// article where names can be (capitalised words and the connectors between them) and decides where each name
/// starts and ends and what it names. Its features are the words and their shapes, the gazetteer, the word lists,
/// and the rules' own proposal (<see cref="EntityRecognizer"/> without a model). Immutable and thread-safe once
/// loaded. Trained by <c>dotnet run -c Release --project tools/Parallax.Train -- sequence</c>.
/// </summary>
public sealed class EntitySequenceModel
{
    /// <summary>The number of tags: O, then B and I for person, organization, place, other named thing.</summary>
    internal const int Tags = 9;

    /// <summary>The longest stretch decoded at once; longer stretches are cut.</summary>
    internal const int MaxWindow = 48;

    private const string Resource = "Parallax.Models.ner-sequence.bin";
    private const uint Magic = 0x50585351; // "PXSQ"
    private const int TransitionSize = (Tags + 1) * Tags;
    private static readonly Lazy<EntitySequenceModel?> DefaultInstance = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly float[] _emissions;
    private readonly float[] _transitions;

    internal EntitySequenceModel(int bits, float[] emissions, float[] transitions)
    {
        Bits = bits;
        _emissions = emissions;
        _transitions = transitions;
    }

    /// <summary>A copy of <paramref name="model"/> that decodes with another <see cref="OtherPenalty"/>.</summary>
    internal EntitySequenceModel(EntitySequenceModel model, float otherPenalty, bool keepGazetteerPlaces, bool keepStrongRules)
        : this(model.Bits, model._emissions, model._transitions)
    {
        OtherPenalty = otherPenalty;
        KeepGazetteerPlaces = keepGazetteerPlaces;
        KeepStrongRules = keepStrongRules;
    }

    /// <summary>The model shipped with Parallax, or null when the assembly carries none.</summary>
    public static EntitySequenceModel? Default => DefaultInstance.Value;

    /// <summary>log2 of the number of feature buckets.</summary>
    internal int Bits { get; }

    /// <summary>
    /// Subtracted from the score of starting an "other named thing" (event, work, law): GUM's scoring ignores a
    /// person / organization / place on such a name but counts an "other" on a real one as missed, so doubt should
    /// lean to the three types. Chosen by cross-validation on GUM's train split.
    /// </summary>
    internal float OtherPenalty { get; init; } = DefaultOtherPenalty;

    /// <summary>
    /// When set, a name the rules typed as a place because the gazetteer knows the whole name as a place ("Soviet
    /// Union", "UK") keeps that reading; GUM types countries as organizations when they are sports teams or
    /// governments, a convention that a model learns from a few documents and then applies everywhere.
    /// </summary>
    internal bool KeepGazetteerPlaces { get; init; } = true;

    /// <summary>
    /// When set, a person, organization or place the rules found from strong evidence (gazetteer, keywords, titles,
    /// first names, the article itself) keeps its span and type; the model decides the rest.
    /// </summary>
    internal bool KeepStrongRules { get; init; } = true;

    /// <summary>The shipped value of <see cref="OtherPenalty"/>.</summary>
    internal const float DefaultOtherPenalty = 0f;

    /// <summary>The entity type of tag <paramref name="tag"/> (B or I), or null for O.</summary>
    internal static EntityType? TypeOf(int tag) => tag <= 0 ? null : (EntityType)((tag - 1) / 2);

    /// <summary>True when <paramref name="tag"/> begins a name.</summary>
    internal static bool IsBegin(int tag) => tag > 0 && (tag - 1) % 2 == 0;

    /// <summary>The B tag of <paramref name="type"/>.</summary>
    internal static int Begin(EntityType type) => 1 + (2 * (int)type);

    /// <summary>Reads a model written by <see cref="Save"/> (gzip-compressed).</summary>
    /// <exception cref="InvalidDataException">When the stream is not such a model.</exception>
    public static EntitySequenceModel Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new BinaryReader(gzip);
        if (reader.ReadUInt32() != Magic)
        {
            throw new InvalidDataException("Not a Parallax entity sequence model.");
        }

        var bits = reader.ReadInt32();
        var tags = reader.ReadInt32();
        var entries = reader.ReadInt32();
        if (bits is < 8 or > 22 || tags != Tags || entries < 0 || entries > (1 << bits))
        {
            throw new InvalidDataException("Corrupt Parallax entity sequence model header.");
        }

        var transitions = new float[TransitionSize];
        for (var i = 0; i < transitions.Length; i++)
        {
            transitions[i] = reader.ReadSingle();
        }

        var emissions = new float[(1 << bits) * Tags];
        var bucket = -1;
        for (var i = 0; i < entries; i++)
        {
            // Buckets are stored in increasing order as gaps, which compresses better than absolute numbers.
            bucket += reader.ReadInt32();
            if ((uint)bucket >= (uint)(1 << bits))
            {
                throw new InvalidDataException("Corrupt Parallax entity sequence model entry.");
            }

            for (var t = 0; t < Tags; t++)
            {
                emissions[(bucket * Tags) + t] = reader.ReadInt16() / 1000f;
            }
        }

        return new EntitySequenceModel(bits, emissions, transitions);
    }

    /// <summary>Writes the model (weights in thousandths, non-zero buckets only), gzip-compressed.</summary>
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
        writer.Write(Tags);
        writer.Write(entries);
        foreach (var w in _transitions)
        {
            writer.Write(w);
        }

        var previous = -1;
        for (var b = 0; b < buckets; b++)
        {
            if (!IsUsed(b))
            {
                continue;
            }

            writer.Write(b - previous);
            previous = b;
            for (var t = 0; t < Tags; t++)
            {
                writer.Write(Quantize(_emissions[(b * Tags) + t]));
            }
        }
    }

    /// <summary>
    /// The best tag sequence for a stretch of <c>offsets.Length - 1</c> units whose hashed features are
    /// <c>features[offsets[i]..offsets[i + 1]]</c>; an I tag only follows a B or I tag of the same type.
    /// </summary>
    /// <remarks>Where <paramref name="forced"/> holds a tag (not -1), the unit gets that tag.</remarks>
    internal void Decode(ReadOnlySpan<int> features, ReadOnlySpan<int> offsets, ReadOnlySpan<int> forced, Span<int> tags) =>
        Decode(_emissions, _transitions, Bits, OtherPenalty, features, offsets, forced, tags);

    private static void Decode(ReadOnlySpan<float> emissions, ReadOnlySpan<float> transitions, int bits, float otherPenalty, ReadOnlySpan<int> features, ReadOnlySpan<int> offsets, ReadOnlySpan<int> forced, Span<int> tags)
    {
        var n = offsets.Length - 1;
        if (n <= 0)
        {
            return;
        }

        var mask = (1 << bits) - 1;
        Span<float> score = stackalloc float[MaxWindow * Tags];
        Span<byte> back = stackalloc byte[MaxWindow * Tags];
        Span<float> emit = stackalloc float[Tags];
        for (var i = 0; i < n; i++)
        {
            emit.Clear();
            foreach (var f in features[offsets[i]..offsets[i + 1]])
            {
                var at = (f & mask) * Tags;
                for (var t = 0; t < Tags; t++)
                {
                    emit[t] += emissions[at + t];
                }
            }

            emit[Tags - 2] -= otherPenalty;
            if (!forced.IsEmpty && forced[i] >= 0)
            {
                for (var t = 0; t < Tags; t++)
                {
                    emit[t] = t == forced[i] ? emit[t] : -1e6f;
                }
            }

            for (var t = 0; t < Tags; t++)
            {
                var best = float.NegativeInfinity;
                var from = 0;
                if (i == 0)
                {
                    best = Allowed(-1, t) ? transitions[(Tags * Tags) + t] : float.NegativeInfinity;
                }
                else
                {
                    for (var p = 0; p < Tags; p++)
                    {
                        if (!Allowed(p, t))
                        {
                            continue;
                        }

                        var s = score[((i - 1) * Tags) + p] + transitions[(p * Tags) + t];
                        if (s > best)
                        {
                            best = s;
                            from = p;
                        }
                    }
                }

                score[(i * Tags) + t] = best + emit[t];
                back[(i * Tags) + t] = (byte)from;
            }
        }

        var last = 0;
        for (var t = 1; t < Tags; t++)
        {
            if (score[((n - 1) * Tags) + t] > score[((n - 1) * Tags) + last])
            {
                last = t;
            }
        }

        for (var i = n - 1; i >= 0; i--)
        {
            tags[i] = last;
            last = back[(i * Tags) + last];
        }
    }

    /// <summary>An I tag continues a B or I tag of its own type; everything else may follow anything.</summary>
    private static bool Allowed(int previous, int tag)
    {
        if (tag == 0 || IsBegin(tag))
        {
            return true;
        }

        return previous > 0 && (previous - 1) / 2 == (tag - 1) / 2;
    }

    private static short Quantize(float w) => (short)Math.Clamp(MathF.Round(w * 1000f), short.MinValue, short.MaxValue);

    private bool IsUsed(int bucket)
    {
        for (var t = 0; t < Tags; t++)
        {
            if (Quantize(_emissions[(bucket * Tags) + t]) != 0)
            {
                return true;
            }
        }

        return false;
    }

    private static EntitySequenceModel? LoadDefault()
    {
        using var stream = typeof(EntitySequenceModel).Assembly.GetManifestResourceStream(Resource);
        return stream is null ? null : Load(stream);
    }

    /// <summary>The mean of <paramref name="models"/> (same size): a bagged model, steadier than any one shuffle.</summary>
    internal static EntitySequenceModel Average(IReadOnlyList<EntitySequenceModel> models)
    {
        var first = models[0];
        var emissions = new float[first._emissions.Length];
        var transitions = new float[first._transitions.Length];
        foreach (var m in models)
        {
            for (var i = 0; i < emissions.Length; i++)
            {
                emissions[i] += m._emissions[i] / models.Count;
            }

            for (var i = 0; i < transitions.Length; i++)
            {
                transitions[i] += m._transitions[i] / models.Count;
            }
        }

        return new EntitySequenceModel(first.Bits, emissions, transitions);
    }

    /// <summary>
    /// Trains with the averaged structured perceptron; deterministic for the same input order and seed.
    /// Each example is one stretch: its features as for <see cref="Decode(ReadOnlySpan{int}, ReadOnlySpan{int}, ReadOnlySpan{int}, Span{int})"/> and its gold tags.
    /// </summary>
    internal static EntitySequenceModel Train(IReadOnlyList<(int[] Features, int[] Offsets, int[] Tags)> examples, int bits, int epochs, int seed = 12345)
    {
        var size = (1 << bits) * Tags;
        var weights = new float[size + TransitionSize];
        var totals = new double[weights.Length];
        var stamps = new int[weights.Length];
        var mask = (1 << bits) - 1;
        var step = 1;
        var order = new int[examples.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        var random = new Random(seed);
        var guess = new int[MaxWindow];
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var index in order)
            {
                var (features, offsets, gold) = examples[index];
                var n = offsets.Length - 1;
                Decode(weights.AsSpan(0, size), weights.AsSpan(size), bits, 0f, features, offsets, [], guess);
                for (var i = 0; i < n; i++)
                {
                    var previousGold = i == 0 ? Tags : gold[i - 1];
                    var previousGuess = i == 0 ? Tags : guess[i - 1];
                    if (gold[i] != guess[i])
                    {
                        foreach (var f in features.AsSpan(offsets[i], offsets[i + 1] - offsets[i]))
                        {
                            var at = (f & mask) * Tags;
                            Update(at + gold[i], 1f);
                            Update(at + guess[i], -1f);
                        }
                    }

                    if (gold[i] != guess[i] || previousGold != previousGuess)
                    {
                        Update(size + (previousGold * Tags) + gold[i], 1f);
                        Update(size + (previousGuess * Tags) + guess[i], -1f);
                    }
                }

                step++;
            }
        }

        var averaged = new float[weights.Length];
        for (var i = 0; i < weights.Length; i++)
        {
            averaged[i] = (float)((totals[i] + ((step - stamps[i]) * (double)weights[i])) / step);
        }

        return new EntitySequenceModel(bits, averaged[..size], averaged[size..]);

        void Update(int i, float delta)
        {
            totals[i] += (step - stamps[i]) * (double)weights[i];
            stamps[i] = step;
            weights[i] += delta;
        }
    }
}
