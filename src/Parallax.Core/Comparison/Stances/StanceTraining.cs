using Parallax.Language.WordRelations;

namespace Parallax.Comparison.Stances;

/// <summary>One labelled (claim, text) pair for training.</summary>
internal sealed record StanceExample(string Claim, string Text, StanceLabel Label);

/// <summary>Settings of <see cref="StanceTraining.Train"/>.</summary>
internal sealed record StanceTrainingOptions
{
    internal BoostingOptions Relatedness { get; init; } = new() { Rounds = 250, MaxDepth = 6 };

    internal BoostingOptions Stance { get; init; } = new() { Rounds = 300, MaxDepth = 5, Seed = 20170602 };

    /// <summary>Row weights of agree, disagree and discuss in the second stage (disagree is rare and matters most).</summary>
    internal float[] ClassWeights { get; init; } = [1.5f, 4f, 1f];

    /// <summary>Stems seen in fewer documents are treated as unknown (maximum IDF).</summary>
    internal int MinDocuments { get; init; } = 2;
}

/// <summary>Trains a <see cref="StanceModel"/>; used by the training tool and the evaluation harness. Deterministic.</summary>
internal static class StanceTraining
{
    internal static StanceModel Train(IReadOnlyList<StanceExample> examples, StanceTrainingOptions options, WordRelations relations, Action<string>? log = null, CancellationToken cancellationToken = default)
    {
        var texts = new Dictionary<string, StanceText>(StringComparer.Ordinal);
        foreach (var e in examples)
        {
            foreach (var s in (ReadOnlySpan<string>)[e.Claim, e.Text])
            {
                if (!texts.ContainsKey(s))
                {
                    texts[s] = StanceText.Parse(s, cancellationToken);
                }
            }
        }

        var weights = TermWeights.Count(texts.Values, options.MinDocuments);
        log?.Invoke($"{texts.Count} distinct texts, {weights.Table.Count} stems");
        var features = Features(examples, weights, relations, texts, cancellationToken);

        var related = new int[examples.Count];
        var ones = new float[examples.Count];
        for (var i = 0; i < examples.Count; i++)
        {
            related[i] = examples[i].Label == StanceLabel.Unrelated ? 0 : 1;
            ones[i] = 1f;
        }

        var relatedness = BoostedTrees.Train(features, related, ones, 2, options.Relatedness, cancellationToken);
        log?.Invoke($"relatedness: {relatedness.Trees} trees");

        var rows = new List<float[]>();
        var labels = new List<int>();
        var rowWeights = new List<float>();
        for (var i = 0; i < examples.Count; i++)
        {
            if (examples[i].Label != StanceLabel.Unrelated)
            {
                rows.Add(features[i]);
                labels.Add((int)examples[i].Label);
                rowWeights.Add(options.ClassWeights[(int)examples[i].Label]);
            }
        }

        var stance = BoostedTrees.Train([.. rows], [.. labels], [.. rowWeights], 3, options.Stance, cancellationToken);
        log?.Invoke($"stance: {stance.Trees} trees on {rows.Count} related pairs");
        return new StanceModel(weights, relatedness, stance, relations);
    }

    /// <summary>The feature rows of the pairs under the given weights.</summary>
    internal static float[][] Features(IReadOnlyList<StanceExample> examples, TermWeights weights, WordRelations relations, Dictionary<string, StanceText>? parsed, CancellationToken cancellationToken)
    {
        var claims = new Dictionary<string, ClaimProfile>(StringComparer.Ordinal);
        var bodies = new Dictionary<string, BodyProfile>(StringComparer.Ordinal);
        var rows = new float[examples.Count][];
        for (var i = 0; i < examples.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var e = examples[i];
            if (!claims.TryGetValue(e.Claim, out var claim))
            {
                claims[e.Claim] = claim = new ClaimProfile(Parse(e.Claim), weights, relations);
            }

            if (!bodies.TryGetValue(e.Text, out var body))
            {
                bodies[e.Text] = body = new BodyProfile(Parse(e.Text), weights);
            }

            rows[i] = new float[StanceFeatures.Count];
            StanceFeatures.Compute(claim, body, weights, rows[i]);
        }

        return rows;

        StanceText Parse(string s) => parsed is not null && parsed.TryGetValue(s, out var t) ? t : StanceText.Parse(s, cancellationToken);
    }
}
