namespace Parallax.Comparison.Stances;

/// <summary>
/// Gradient-boosted regression trees (second-order, histogram splits), for binary (logistic, one score) or
/// multi-class (softmax, one tree per class per round) classification over dense features. Immutable and
/// thread-safe once built. Training is deterministic for the same data, options and seed.
/// </summary>
internal sealed class BoostedTrees
{
    private readonly int[] _treeStarts;
    private readonly short[] _feature;
    private readonly float[] _threshold;
    private readonly int[] _left;
    private readonly int[] _right;
    private readonly float[] _value;

    private BoostedTrees(int classes, int features, float[] baseScores, int[] treeStarts, short[] feature, float[] threshold, int[] left, int[] right, float[] value)
    {
        Classes = classes;
        Features = features;
        BaseScores = baseScores;
        _treeStarts = treeStarts;
        _feature = feature;
        _threshold = threshold;
        _left = left;
        _right = right;
        _value = value;
    }

    /// <summary>The number of score outputs: 1 for binary, else the class count.</summary>
    internal int Classes { get; }

    internal int Features { get; }

    internal float[] BaseScores { get; }

    internal int Trees => _treeStarts.Length - 1;

    /// <summary>Raw scores (log-odds for binary, logits for multi-class) of one example.</summary>
    internal void Score(ReadOnlySpan<float> x, Span<float> scores)
    {
        BaseScores.CopyTo(scores);
        for (var t = 0; t < Trees; t++)
        {
            var node = _treeStarts[t];
            while (_feature[node] >= 0)
            {
                node = x[_feature[node]] <= _threshold[node] ? _left[node] : _right[node];
            }

            scores[t % Classes] += _value[node];
        }
    }

    /// <summary>Class probabilities: for binary, [P(0), P(1)]; otherwise the softmax over <see cref="Classes"/>.</summary>
    internal void Probabilities(ReadOnlySpan<float> x, Span<float> probabilities)
    {
        Span<float> scores = stackalloc float[Classes];
        Score(x, scores);
        if (Classes == 1)
        {
            var p = 1f / (1f + MathF.Exp(-scores[0]));
            probabilities[0] = 1 - p;
            probabilities[1] = p;
            return;
        }

        Softmax(scores, probabilities);
    }

    internal void Save(BinaryWriter writer)
    {
        writer.Write(Classes);
        writer.Write(Features);
        foreach (var b in BaseScores)
        {
            writer.Write(b);
        }

        writer.Write(_treeStarts.Length);
        foreach (var s in _treeStarts)
        {
            writer.Write(s);
        }

        writer.Write(_feature.Length);
        for (var i = 0; i < _feature.Length; i++)
        {
            writer.Write(_feature[i]);
            writer.Write(_threshold[i]);
            writer.Write(_left[i]);
            writer.Write(_right[i]);
            writer.Write(_value[i]);
        }
    }

    internal static BoostedTrees Load(BinaryReader reader)
    {
        var classes = reader.ReadInt32();
        var features = reader.ReadInt32();
        if (classes is < 1 or > 64 || features is < 1 or > 10_000)
        {
            throw new InvalidDataException("Corrupt boosted-trees header.");
        }

        var baseScores = new float[classes];
        for (var i = 0; i < classes; i++)
        {
            baseScores[i] = reader.ReadSingle();
        }

        var starts = new int[CheckedCount(reader.ReadInt32())];
        for (var i = 0; i < starts.Length; i++)
        {
            starts[i] = reader.ReadInt32();
        }

        var nodes = CheckedCount(reader.ReadInt32());
        var feature = new short[nodes];
        var threshold = new float[nodes];
        var left = new int[nodes];
        var right = new int[nodes];
        var value = new float[nodes];
        for (var i = 0; i < nodes; i++)
        {
            feature[i] = reader.ReadInt16();
            threshold[i] = reader.ReadSingle();
            left[i] = reader.ReadInt32();
            right[i] = reader.ReadInt32();
            value[i] = reader.ReadSingle();
            if (feature[i] >= features || (feature[i] >= 0 && (left[i] <= i || right[i] <= i || left[i] >= nodes || right[i] >= nodes)))
            {
                throw new InvalidDataException("Corrupt boosted-trees node.");
            }
        }

        foreach (var s in starts)
        {
            if (s < 0 || s > nodes)
            {
                throw new InvalidDataException("Corrupt boosted-trees index.");
            }
        }

        return new BoostedTrees(classes, features, baseScores, starts, feature, threshold, left, right, value);
    }

    /// <summary>Trains on rows <paramref name="x"/> (all of one length) with labels 0..classes-1 and per-row weights.</summary>
    internal static BoostedTrees Train(float[][] x, int[] labels, float[] rowWeights, int classes, BoostingOptions options, CancellationToken cancellationToken = default)
    {
        var n = x.Length;
        var f = x[0].Length;
        var outputs = classes == 2 ? 1 : classes;
        var edges = new float[f][];
        var binned = new byte[n * f];
        var column = new float[n];
        for (var j = 0; j < f; j++)
        {
            for (var i = 0; i < n; i++)
            {
                column[i] = x[i][j];
            }

            Array.Sort(column);
            var list = new List<float>();
            for (var b = 1; b < options.Bins; b++)
            {
                var v = column[(int)((long)b * (n - 1) / options.Bins)];
                if (list.Count == 0 || v > list[^1])
                {
                    list.Add(v);
                }
            }

            if (list.Count > 0 && list[^1] >= column[n - 1])
            {
                list.RemoveAt(list.Count - 1);
            }

            edges[j] = [.. list];
            for (var i = 0; i < n; i++)
            {
                binned[(i * f) + j] = (byte)LowerBound(edges[j], x[i][j]);
            }
        }

        // Base scores: class priors.
        var baseScores = new float[outputs];
        var totals = new double[classes];
        double weightSum = 0;
        for (var i = 0; i < n; i++)
        {
            totals[labels[i]] += rowWeights[i];
            weightSum += rowWeights[i];
        }

        if (outputs == 1)
        {
            var p = Math.Clamp(totals[1] / weightSum, 1e-6, 1 - 1e-6);
            baseScores[0] = (float)Math.Log(p / (1 - p));
        }
        else
        {
            for (var c = 0; c < classes; c++)
            {
                baseScores[c] = (float)Math.Log(Math.Max(totals[c] / weightSum, 1e-6));
            }
        }

        var scores = new float[n * outputs];
        for (var i = 0; i < n; i++)
        {
            Array.Copy(baseScores, 0, scores, i * outputs, outputs);
        }

        var builder = new TreeBuilder(binned, n, f, edges, options);
        var random = new Random(options.Seed);
        var gradients = new double[n];
        var hessians = new double[n];
        var probabilities = new float[outputs == 1 ? 2 : outputs];
        var starts = new List<int> { 0 };
        var nodes = new NodeList();
        var sample = new List<int>(n);
        for (var round = 0; round < options.Rounds; round++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            sample.Clear();
            for (var i = 0; i < n; i++)
            {
                if (random.NextDouble() < options.Subsample)
                {
                    sample.Add(i);
                }
            }

            for (var c = 0; c < outputs; c++)
            {
                foreach (var i in sample)
                {
                    float p;
                    float y;
                    if (outputs == 1)
                    {
                        p = 1f / (1f + MathF.Exp(-scores[i]));
                        y = labels[i];
                    }
                    else
                    {
                        Softmax(scores.AsSpan(i * outputs, outputs), probabilities);
                        p = probabilities[c];
                        y = labels[i] == c ? 1f : 0f;
                    }

                    gradients[i] = (p - y) * rowWeights[i];
                    hessians[i] = Math.Max(p * (1 - p), 1e-6) * rowWeights[i];
                }

                var root = nodes.Count;
                builder.Build([.. sample], gradients, hessians, nodes, depth: 0);
                starts.Add(nodes.Count);

                // Update all rows' scores with the new tree.
                for (var i = 0; i < n; i++)
                {
                    var node = root;
                    while (nodes.Feature[node] >= 0)
                    {
                        node = binned[(i * f) + nodes.Feature[node]] <= nodes.Bin[node] ? nodes.Left[node] : nodes.Right[node];
                    }

                    scores[(i * outputs) + c] += nodes.Value[node];
                }
            }
        }

        return new BoostedTrees(outputs, f, baseScores, [.. starts], [.. nodes.Feature], [.. nodes.Threshold], [.. nodes.Left], [.. nodes.Right], [.. nodes.Value]);
    }

    internal static void Softmax(ReadOnlySpan<float> scores, Span<float> probabilities)
    {
        var max = float.NegativeInfinity;
        foreach (var s in scores)
        {
            max = Math.Max(max, s);
        }

        float sum = 0;
        for (var c = 0; c < scores.Length; c++)
        {
            probabilities[c] = MathF.Exp(scores[c] - max);
            sum += probabilities[c];
        }

        for (var c = 0; c < scores.Length; c++)
        {
            probabilities[c] /= sum;
        }
    }

    private static int CheckedCount(int count) =>
        count is < 0 or > 50_000_000 ? throw new InvalidDataException("Corrupt boosted-trees size.") : count;

    private static int LowerBound(float[] edges, float value)
    {
        int lo = 0, hi = edges.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (edges[mid] < value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private sealed class NodeList
    {
        internal List<short> Feature { get; } = [];

        internal List<float> Threshold { get; } = [];

        internal List<int> Bin { get; } = [];

        internal List<int> Left { get; } = [];

        internal List<int> Right { get; } = [];

        internal List<float> Value { get; } = [];

        internal int Count => Feature.Count;

        internal int Add()
        {
            Feature.Add(-1);
            Threshold.Add(0);
            Bin.Add(0);
            Left.Add(-1);
            Right.Add(-1);
            Value.Add(0);
            return Count - 1;
        }
    }

    private sealed class TreeBuilder(byte[] binned, int rows, int features, float[][] edges, BoostingOptions options)
    {
        private readonly double[] _histogram = new double[features * 256 * 2];

        internal int Rows => rows;

        internal void Build(int[] indices, double[] g, double[] h, NodeList nodes, int depth)
        {
            var node = nodes.Add();
            double gs = 0, hs = 0;
            foreach (var i in indices)
            {
                gs += g[i];
                hs += h[i];
            }

            nodes.Value[node] = (float)(-gs / (hs + options.Lambda) * options.LearningRate);
            if (depth >= options.MaxDepth || indices.Length < 2 * options.MinRows)
            {
                return;
            }

            Array.Clear(_histogram);
            foreach (var i in indices)
            {
                var row = i * features;
                for (var j = 0; j < features; j++)
                {
                    var at = ((j * 256) + binned[row + j]) * 2;
                    _histogram[at] += g[i];
                    _histogram[at + 1] += h[i];
                }
            }

            var parent = gs * gs / (hs + options.Lambda);
            var bestGain = options.MinGain;
            var bestFeature = -1;
            var bestBin = 0;
            for (var j = 0; j < features; j++)
            {
                double gl = 0, hl = 0;
                var bins = edges[j].Length;
                for (var b = 0; b < bins; b++)
                {
                    var at = ((j * 256) + b) * 2;
                    gl += _histogram[at];
                    hl += _histogram[at + 1];
                    var gr = gs - gl;
                    var hr = hs - hl;
                    if (hl < options.MinHessian || hr < options.MinHessian)
                    {
                        continue;
                    }

                    var gain = (gl * gl / (hl + options.Lambda)) + (gr * gr / (hr + options.Lambda)) - parent;
                    if (gain > bestGain)
                    {
                        bestGain = gain;
                        bestFeature = j;
                        bestBin = b;
                    }
                }
            }

            if (bestFeature < 0)
            {
                return;
            }

            var leftCount = 0;
            foreach (var i in indices)
            {
                leftCount += binned[(i * features) + bestFeature] <= bestBin ? 1 : 0;
            }

            if (leftCount < options.MinRows || indices.Length - leftCount < options.MinRows)
            {
                return;
            }

            var left = new int[leftCount];
            var right = new int[indices.Length - leftCount];
            int li = 0, ri = 0;
            foreach (var i in indices)
            {
                if (binned[(i * features) + bestFeature] <= bestBin)
                {
                    left[li++] = i;
                }
                else
                {
                    right[ri++] = i;
                }
            }

            nodes.Feature[node] = (short)bestFeature;
            nodes.Bin[node] = bestBin;
            nodes.Threshold[node] = edges[bestFeature][bestBin];
            nodes.Left[node] = nodes.Count;
            Build(left, g, h, nodes, depth + 1);
            nodes.Right[node] = nodes.Count;
            Build(right, g, h, nodes, depth + 1);
        }
    }
}

/// <summary>Training settings of <see cref="BoostedTrees"/>.</summary>
internal sealed record BoostingOptions
{
    internal int Rounds { get; init; } = 300;

    internal int MaxDepth { get; init; } = 6;

    internal double LearningRate { get; init; } = 0.08;

    internal double Lambda { get; init; } = 1.0;

    internal double MinHessian { get; init; } = 1.0;

    internal int MinRows { get; init; } = 10;

    internal double MinGain { get; init; } = 1e-3;

    internal double Subsample { get; init; } = 0.8;

    internal int Bins { get; init; } = 64;

    internal int Seed { get; init; } = 20170601;
}
