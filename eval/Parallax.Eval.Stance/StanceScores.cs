using System.Globalization;
using System.Text;
using Parallax.Comparison.Stances;

namespace Parallax.Eval.Stance;

/// <summary>FNC-1 scoring: the weighted score (0.25 related/unrelated, +0.75 exact related label), confusion matrix, per-class and macro F1.</summary>
internal sealed class StanceScores
{
    private readonly int[,] _confusion = new int[4, 4];

    internal void Add(StanceLabel gold, StanceLabel predicted) => _confusion[(int)gold, (int)predicted]++;

    internal double Score { get; private set; }

    internal double MaxScore { get; private set; }

    internal double Percent => MaxScore > 0 ? 100 * Score / MaxScore : 0;

    internal void Tally()
    {
        Score = 0;
        MaxScore = 0;
        for (var g = 0; g < 4; g++)
        {
            for (var p = 0; p < 4; p++)
            {
                var n = _confusion[g, p];
                var goldRelated = g != (int)StanceLabel.Unrelated;
                var predRelated = p != (int)StanceLabel.Unrelated;
                MaxScore += n * (goldRelated ? 1.0 : 0.25);
                if (goldRelated == predRelated)
                {
                    Score += 0.25 * n;
                }

                if (goldRelated && g == p)
                {
                    Score += 0.75 * n;
                }
            }
        }
    }

    internal double F1(StanceLabel label)
    {
        var c = (int)label;
        int tp = _confusion[c, c], fp = 0, fn = 0;
        for (var k = 0; k < 4; k++)
        {
            if (k != c)
            {
                fp += _confusion[k, c];
                fn += _confusion[c, k];
            }
        }

        return tp == 0 ? 0 : 2.0 * tp / ((2.0 * tp) + fp + fn);
    }

    internal int Count
    {
        get
        {
            var n = 0;
            foreach (var c in _confusion)
            {
                n += c;
            }

            return n;
        }
    }

    internal double Accuracy
    {
        get
        {
            var n = Count;
            return n == 0 ? 0 : (double)(_confusion[0, 0] + _confusion[1, 1] + _confusion[2, 2] + _confusion[3, 3]) / n;
        }
    }

    internal StanceRun ToRun(string tool, double trainSeconds, double trainCpuSeconds, double predictSeconds, double predictCpuSeconds)
    {
        Tally();
        return new StanceRun(tool, Count, Percent, Score, MaxScore, Accuracy, [F1(StanceLabel.Agree), F1(StanceLabel.Disagree), F1(StanceLabel.Discuss), F1(StanceLabel.Unrelated)], MacroF1, trainSeconds, trainCpuSeconds, predictSeconds, predictCpuSeconds);
    }

    internal double MacroF1 => (F1(StanceLabel.Agree) + F1(StanceLabel.Disagree) + F1(StanceLabel.Discuss) + F1(StanceLabel.Unrelated)) / 4;

    internal string Report()
    {
        Tally();
        var sb = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        sb.AppendLine(inv, $"FNC score: {Score:F2} / {MaxScore:F2} = {Percent:F2}%");
        sb.AppendLine(inv, $"F1: agree {F1(StanceLabel.Agree):F3}, disagree {F1(StanceLabel.Disagree):F3}, discuss {F1(StanceLabel.Discuss):F3}, unrelated {F1(StanceLabel.Unrelated):F3}; macro-F1 {MacroF1:F3}");
        sb.AppendLine(inv, $"accuracy: {Accuracy:F3} ({_confusion[0, 0] + _confusion[1, 1] + _confusion[2, 2] + _confusion[3, 3]} / {Count})");
        sb.AppendLine("confusion (rows gold, columns predicted):");
        sb.AppendLine("             agree  disagree   discuss unrelated");
        string[] names = ["agree", "disagree", "discuss", "unrelated"];
        for (var g = 0; g < 4; g++)
        {
            sb.Append(inv, $"{names[g],-10}");
            for (var p = 0; p < 4; p++)
            {
                sb.Append(inv, $"{_confusion[g, p],10}");
            }

            sb.AppendLine();
        }

        return sb.ToString();
    }
}
