namespace Parallax.Eval.Stories;

/// <summary>B³ precision, recall and F1 of a clustering against gold classes (Bagga and Baldwin 1998).</summary>
internal readonly record struct BCubedScore(double Precision, double Recall)
{
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public override string ToString() => $"P {Precision:0.000}  R {Recall:0.000}  F1 {F1:0.000}";

    /// <summary>Scores <paramref name="predicted"/> against <paramref name="gold"/> (one label per item, same order).</summary>
    public static BCubedScore Of(IReadOnlyList<string> predicted, IReadOnlyList<string> gold)
    {
        var pairCounts = new Dictionary<(string, string), int>();
        var predictedSizes = new Dictionary<string, int>();
        var goldSizes = new Dictionary<string, int>();
        for (var i = 0; i < predicted.Count; i++)
        {
            pairCounts[(predicted[i], gold[i])] = pairCounts.GetValueOrDefault((predicted[i], gold[i])) + 1;
            predictedSizes[predicted[i]] = predictedSizes.GetValueOrDefault(predicted[i]) + 1;
            goldSizes[gold[i]] = goldSizes.GetValueOrDefault(gold[i]) + 1;
        }

        double precision = 0, recall = 0;
        for (var i = 0; i < predicted.Count; i++)
        {
            var both = pairCounts[(predicted[i], gold[i])];
            precision += (double)both / predictedSizes[predicted[i]];
            recall += (double)both / goldSizes[gold[i]];
        }

        return predicted.Count == 0 ? new BCubedScore(0, 0) : new BCubedScore(precision / predicted.Count, recall / predicted.Count);
    }
}
