using System.Diagnostics;
using System.Globalization;
using Parallax.Comparison.Stances;
using Parallax.Eval.Stance;
using Parallax.Language.WordRelations;

// FNC-1 stance harness. Trains the stance model on the train part of a claim-disjoint split of FNC-1's training
// data (see Fnc1Split) and scores it on the held-out part; then times the shipped model on 25,413 pairs.
// Usage: dotnet run -c Release --project eval/Parallax.Eval.Stance -- [--data DIR] [--split headline|claim|competition] [--validate] [--shipped] [--no-speed | --speed-only]
//        [--peer [--python PATH] [--peer-folds N]] [--write-split FILE]   (the FNC-1 official baseline on the same pairs, side by side; see eval/stance-peers.sh)
//        dotnet run -c Release --project eval/Parallax.Eval.Stance -- --claims [FILE] [--verbose]   (claim grouping on hand-labelled pairs; default eval/data/claim-pairs.tsv)
var dataDir = FindData();
var validate = false;
var shipped = false;
var speed = true;
var byClaim = false;
var competition = false;
var peer = false;
var python = "/usr/bin/python3";
var peerFolds = 10;
string? writeSplit = null;
var speedOnly = false;
string? claimPairs = null;
var verbose = false;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--data" when i + 1 < args.Length: dataDir = args[++i]; break;
        case "--validate": validate = true; break;
        case "--shipped": shipped = true; break;
        case "--no-speed": speed = false; break;
        case "--speed-only": speedOnly = true; break;
        case "--claims": claimPairs = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : FindClaimPairs(); break;
        case "--verbose": verbose = true; break;
        case "--split" when i + 1 < args.Length && args[i + 1] is "headline" or "claim" or "competition":
            byClaim = args[i + 1] == "claim";
            competition = args[++i] == "competition";
            break;
        case "--peer": peer = true; break;
        case "--python" when i + 1 < args.Length: python = args[++i]; break;
        case "--peer-folds" when i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var folds) && folds >= 1: peerFolds = folds; i++; break;
        case "--write-split" when i + 1 < args.Length: writeSplit = args[++i]; break;
        default:
            Console.Error.WriteLine($"unknown argument '{args[i]}'");
            return 2;
    }
}

if (claimPairs is not null)
{
    return File.Exists(claimPairs) ? ClaimGrouping.Run(claimPairs, verbose) : Fail($"claim pairs not found: {claimPairs}");
}

var fnc = dataDir is null ? null : Path.Combine(dataDir, "fnc1");
if (fnc is null || !File.Exists(Path.Combine(fnc, "train_stances.csv")))
{
    Console.WriteLine($"SKIPPED: FNC-1 data not found at {fnc ?? "../shared/data/fnc1"}.");
    return 0;
}

var all = Fnc1Corpus.Read(Path.Combine(fnc, "train_bodies.csv"), Path.Combine(fnc, "train_stances.csv"));
var (train, held) = byClaim ? Fnc1Split.ByClaim(all) : Fnc1Split.ByHeadline(all);
var heldBodies = "train";
if (competition)
{
    // The official protocol: train on all of FNC-1's training pairs, score the competition test set.
    if (!File.Exists(Path.Combine(fnc, "competition_test_stances.csv")) || !File.Exists(Path.Combine(fnc, "competition_test_bodies.csv")))
    {
        Console.WriteLine($"SKIPPED: FNC-1 competition test set (competition_test_stances.csv, competition_test_bodies.csv) not found in {fnc}.");
        return 0;
    }

    (train, held) = (all, Fnc1Corpus.Read(Path.Combine(fnc, "competition_test_bodies.csv"), Path.Combine(fnc, "competition_test_stances.csv")));
    heldBodies = "competition_test";
}

if (validate)
{
    // Tuning: split the train part again (another salt) and never look at the held-out part.
    (train, held) = byClaim ? Fnc1Split.ByClaim(train, Fnc1Split.HeldOutFraction, "validation:") : Fnc1Split.ByHeadline(train, Fnc1Split.HeldOutFraction, "validation:");
}

var splitName = competition ? "competition" : byClaim ? "claim" : "headline";
Console.WriteLine($"FNC-1: {all.Count} pairs; {(competition ? "competition test set" : splitName + "-disjoint split")}: train {Describe(train)}; {(validate ? "validation" : "held-out")} {Describe(held)}");
if (writeSplit is not null)
{
    BaselinePeer.WriteSplit(writeSplit, train, held, "train", heldBodies);
    Console.WriteLine($"split written to {writeSplit}");
}

var clock = Stopwatch.StartNew();
var cpu = Process.GetCurrentProcess().TotalProcessorTime;
double trainSeconds = 0, trainCpu = 0;
StanceModel model;
if (speedOnly)
{
    shipped = true;
    held = held.Count > 0 ? held : all;
}

if (shipped)
{
    model = StanceModel.Default ?? throw new InvalidOperationException("No stance model is embedded.");
    Console.WriteLine("scoring the shipped model (trained on all of FNC-1 train unless rebuilt with --part train)");
}
else
{
    model = StanceTraining.Train([.. train.Select(p => new StanceExample(p.Headline, p.Body, p.Stance))], new StanceTrainingOptions(), WordRelations.Default, Console.WriteLine);
    trainSeconds = clock.Elapsed.TotalSeconds;
    trainCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
    Console.WriteLine($"trained in {trainSeconds:F1} s");
}

if (!speedOnly)
{
    var scores = new StanceScores();
    clock.Restart();
    cpu = Process.GetCurrentProcess().TotalProcessorTime;
    foreach (var p in held)
    {
        scores.Add(p.Stance, model.Judge(p.Headline, p.Body).Label);
    }

    var predictSeconds = clock.Elapsed.TotalSeconds;
    var predictCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
    Console.Write(scores.Report());
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"timing: train {trainSeconds:F1} s (CPU {trainCpu:F1} s); predict {held.Count} pairs in {predictSeconds:F2} s (CPU {predictCpu:F2} s, {held.Count / Math.Max(predictSeconds, 1e-9):F0} pairs/s)"));
    if (peer)
    {
        var ours = scores.ToRun("Parallax", trainSeconds, trainCpu, predictSeconds, predictCpu);
        var split = writeSplit ?? Path.Combine(Path.GetTempPath(), $"parallax-fnc1-split-{Environment.ProcessId}.csv");
        if (writeSplit is null)
        {
            BaselinePeer.WriteSplit(split, train, held, "train", heldBodies);
        }

        Console.WriteLine($"running the FNC-1 baseline on the same {train.Count} training and {held.Count} held-out pairs ({python} eval/peers/fnc1-baseline/fnc1_baseline.py, {peerFolds} folds) ...");
        var baseline = BaselinePeer.Run(python, Path.Combine(FindRepo(), "eval", "peers", "fnc1-baseline", "fnc1_baseline.py"), fnc, split, peerFolds);
        if (writeSplit is null)
        {
            File.Delete(split);
        }

        var title = competition ? $"FNC-1 competition test set, {held.Count} pairs" : $"{splitName}-disjoint split, held-out {held.Count} pairs (train {train.Count})";
        Console.Write(BaselinePeer.Table(title, ours, baseline));
    }
}

if (speed && StanceModel.Default is not null)
{
    // 25,413 pairs (the size of FNC-1's official test set), cycling through the held-out pairs, with a fresh model
    // (cold caches) as `parallax stance` would load it.
    const int Pairs = 25_413;
    using var stream = typeof(StanceModel).Assembly.GetManifestResourceStream("Parallax.Models.stance.bin")!;
    clock.Restart();
    var fresh = StanceModel.Load(stream);
    var load = clock.Elapsed.TotalSeconds;
    var source = held.Count > 0 ? held : all;
    var unique = new HashSet<int>();
    for (var i = 0; i < Pairs; i++)
    {
        var p = source[i % source.Count];
        unique.Add(p.BodyId);
        _ = fresh.Judge(p.Headline, new string(p.Body.AsSpan()));
    }

    var total = clock.Elapsed.TotalSeconds;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"speed: {Pairs} pairs in {total:F1} s ({Pairs / total:F0} pairs/s; model load {load:F2} s; every body a new string, {unique.Count} distinct bodies)"));
}

return 0;

static string Describe(List<Fnc1Pair> pairs)
{
    var counts = new int[4];
    foreach (var p in pairs)
    {
        counts[(int)p.Stance]++;
    }

    return string.Create(CultureInfo.InvariantCulture, $"{pairs.Count} pairs ({pairs.Select(p => p.Headline).Distinct().Count()} headlines, {pairs.Select(p => p.BodyId).Distinct().Count()} bodies; agree {counts[0]}, disagree {counts[1]}, discuss {counts[2]}, unrelated {counts[3]})");
}

static string? FindData()
{
    var dir = new DirectoryInfo(Directory.GetCurrentDirectory());
    while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Parallax.slnx")))
    {
        dir = dir.Parent;
    }

    return dir?.Parent is null ? null : Path.Combine(dir.Parent.FullName, "shared", "data");
}

static string FindClaimPairs() => Path.Combine(FindRepo(), "eval", "data", "claim-pairs.tsv");

static string FindRepo()
{
    var dir = new DirectoryInfo(Directory.GetCurrentDirectory());
    while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Parallax.slnx")))
    {
        dir = dir.Parent;
    }

    return dir?.FullName ?? ".";
}

static int Fail(string message)
{
    Console.Error.WriteLine(message);
    return 2;
}
