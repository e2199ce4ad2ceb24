using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Parallax.Comparison.Stances;

namespace Parallax.Eval.Stance;

/// <summary>What one tool scored and how long it took on the held-out pairs.</summary>
internal sealed record StanceRun(
    string Tool,
    int Pairs,
    double Percent,
    double Score,
    double MaxScore,
    double Accuracy,
    double[] F1,
    double MacroF1,
    double TrainSeconds,
    double TrainCpuSeconds,
    double PredictSeconds,
    double PredictCpuSeconds)
{
    internal double PairsPerSecond => PredictSeconds > 0 ? Pairs / PredictSeconds : 0;
}

/// <summary>
/// Runs the FNC-1 official baseline (eval/peers/fnc1-baseline/fnc1_baseline.py, Debian's python3-sklearn and
/// python3-nltk) as a child process on the same train and held-out pairs, and prints both tools side by side.
/// </summary>
internal static class BaselinePeer
{
    private const string Install = "eval/stance-peers.sh --install (apt-get install -y python3-sklearn python3-nltk wordnet-base)";

    /// <summary>Writes the pairs as CSV (Headline, Body ID, Stance, Part, Bodies) for the peer.</summary>
    internal static void WriteSplit(string path, IEnumerable<Fnc1Pair> train, IEnumerable<Fnc1Pair> held, string trainBodies, string heldBodies)
    {
        var sb = new StringBuilder("Headline,Body ID,Stance,Part,Bodies\n");
        void Add(Fnc1Pair p, string part, string bodies) =>
            sb.Append(Quote(p.Headline)).Append(',').Append(p.BodyId.ToString(CultureInfo.InvariantCulture)).Append(',')
              .Append(Name(p.Stance)).Append(',').Append(part).Append(',').Append(bodies).Append('\n');
        foreach (var p in train)
        {
            Add(p, "train", trainBodies);
        }

        foreach (var p in held)
        {
            Add(p, "heldout", heldBodies);
        }

        File.WriteAllText(path, sb.ToString(), new UTF8Encoding(false));
    }

    /// <summary>Runs the peer; null (after saying why) when it cannot run.</summary>
    internal static StanceRun? Run(string python, string script, string fncDir, string split, int folds)
    {
        if (!File.Exists(script))
        {
            Console.WriteLine($"peer skipped: {script} not found");
            return null;
        }

        var start = new ProcessStartInfo(python)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = false,
            UseShellExecute = false,
        };
        foreach (var a in new[] { script, "--data", fncDir, "--split", split, "--folds", folds.ToString(CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(a);
        }

        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Win32Exception)
        {
            Console.WriteLine($"peer skipped: {python} not found; {Install}");
            return null;
        }

        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var last = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
        if (last is null || !last.StartsWith('{'))
        {
            Console.WriteLine($"peer skipped: {python} {Path.GetFileName(script)} exited with {process.ExitCode} and no result; {Install}");
            return null;
        }

        using var json = JsonDocument.Parse(last);
        var root = json.RootElement;
        if (root.TryGetProperty("skipped", out var skipped))
        {
            Console.WriteLine($"peer skipped: {skipped.GetString()}; {Install}");
            return null;
        }

        var f1 = root.GetProperty("f1");
        return new StanceRun(
            "FNC-1 baseline",
            root.GetProperty("pairs").GetInt32(),
            root.GetProperty("percent").GetDouble(),
            root.GetProperty("score").GetDouble(),
            root.GetProperty("maxScore").GetDouble(),
            root.GetProperty("accuracy").GetDouble(),
            [f1.GetProperty("agree").GetDouble(), f1.GetProperty("disagree").GetDouble(), f1.GetProperty("discuss").GetDouble(), f1.GetProperty("unrelated").GetDouble()],
            root.GetProperty("macroF1").GetDouble(),
            root.GetProperty("trainSeconds").GetDouble(),
            root.GetProperty("trainCpuSeconds").GetDouble(),
            root.GetProperty("predictSeconds").GetDouble(),
            root.GetProperty("predictCpuSeconds").GetDouble());
    }

    /// <summary>The side-by-side table and the speed ratios.</summary>
    internal static string Table(string title, StanceRun ours, StanceRun? peer)
    {
        var inv = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendLine(inv, $"side by side, {title}:");
        sb.AppendLine("tool             FNC score  accuracy  F1 agree  disagree   discuss unrelated  macro-F1   train s (CPU s)  predict s (CPU s)   pairs/s");
        foreach (var r in peer is null ? [ours] : new[] { ours, peer })
        {
            sb.AppendLine(inv, $"{r.Tool,-15} {r.Percent,9:F2}% {r.Accuracy,9:F3} {r.F1[0],9:F3} {r.F1[1],9:F3} {r.F1[2],9:F3} {r.F1[3],9:F3} {r.MacroF1,9:F3} {r.TrainSeconds,9:F1} ({r.TrainCpuSeconds,6:F1}) {r.PredictSeconds,9:F2} ({r.PredictCpuSeconds,7:F2}) {r.PairsPerSecond,9:F0}");
        }

        if (peer is not null)
        {
            static string Ratio(double baseline, double parallax) => parallax > 0 ? (baseline / parallax).ToString("F1", CultureInfo.InvariantCulture) + "×" : "n/a";
            sb.AppendLine(inv, $"speed ratio Parallax / baseline: training {Ratio(peer.TrainSeconds, ours.TrainSeconds)} (CPU {Ratio(peer.TrainCpuSeconds, ours.TrainCpuSeconds)}), prediction {Ratio(peer.PredictSeconds, ours.PredictSeconds)} (CPU {Ratio(peer.PredictCpuSeconds, ours.PredictCpuSeconds)})");
        }

        return sb.ToString();
    }

    private static string Quote(string field) => "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string Name(StanceLabel label) => label switch
    {
        StanceLabel.Agree => "agree",
        StanceLabel.Disagree => "disagree",
        StanceLabel.Discuss => "discuss",
        _ => "unrelated",
    };
}
