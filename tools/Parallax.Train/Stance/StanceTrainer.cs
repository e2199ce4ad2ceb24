using System.Diagnostics;
using System.Globalization;
using Parallax.Comparison.Stances;
using Parallax.Eval.Stance;
using Parallax.Language.WordRelations;

namespace Parallax.Train.Stance;

/// <summary>
/// Trains the stance model on FNC-1 (<c>../shared/data/fnc1</c>) and writes <c>data/models/stance.bin</c>.
/// <c>--part all</c> (default) uses every training pair, the model shipped for unseen data; <c>--part train</c>
/// only the train part of the headline split the harness scores on. Deterministic (fixed seeds, ordinal order).
/// </summary>
internal static class StanceTrainer
{
    internal static int Run(string[] args, string? repo)
    {
        var dataDir = repo is null ? null : Path.Combine(Path.GetDirectoryName(repo)!, "shared", "data");
        var output = repo is null ? "stance.bin" : Path.Combine(repo, "data", "models", "stance.bin");
        var part = "all";
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--data" when i + 1 < args.Length:
                    dataDir = args[++i];
                    break;
                case "--out" when i + 1 < args.Length:
                    output = args[++i];
                    break;
                case "--part" when i + 1 < args.Length && args[i + 1] is "all" or "train":
                    part = args[++i];
                    break;
                default:
                    Console.Error.WriteLine($"unknown argument '{args[i]}'");
                    return 2;
            }
        }

        var fnc = dataDir is null ? null : Path.Combine(dataDir, "fnc1");
        if (fnc is null || !File.Exists(Path.Combine(fnc, "train_stances.csv")))
        {
            Console.Error.WriteLine($"FNC-1 data not found at {fnc ?? "../shared/data/fnc1"}; pass --data DIR.");
            return 1;
        }

        var pairs = Fnc1Corpus.Read(Path.Combine(fnc, "train_bodies.csv"), Path.Combine(fnc, "train_stances.csv"));
        if (part == "train")
        {
            pairs = Fnc1Split.ByHeadline(pairs).Train;
        }

        var clock = Stopwatch.StartNew();
        var model = StanceTraining.Train([.. pairs.Select(p => new StanceExample(p.Headline, p.Body, p.Stance))], new StanceTrainingOptions(), WordRelations.Default, Console.WriteLine);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        using (var stream = File.Create(output))
        {
            model.Save(stream);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"trained on {pairs.Count} FNC-1 pairs ({part}) in {clock.Elapsed.TotalSeconds:F1} s"));
        Console.WriteLine($"wrote {output} ({new FileInfo(output).Length:N0} bytes)");
        return 0;
    }
}
