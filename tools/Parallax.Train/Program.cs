using System.Globalization;
using Parallax.Eval.Entities;
using Parallax.Language.Entities;
using Parallax.Language.Tokens;

// Trains the entity type model on GUM's train split (news + interviews) and writes data/models/ner-types.bin.
// Usage: dotnet run -c Release --project tools/Parallax.Train -- ner [--data DIR] [--out FILE] [--epochs N]
//        dotnet run -c Release --project tools/Parallax.Train -- stance [--data DIR] [--out FILE] [--part all|train]
// The sequence model: dotnet run -c Release --project tools/Parallax.Train -- sequence [--folds K] (see SequenceTraining.cs).
if (args.Length > 0 && args[0] == "stance")
{
    return Parallax.Train.Stance.StanceTrainer.Run(args[1..], FindRepo());
}

if (args.Length > 0 && args[0] == "sequence")
{
    return Parallax.Train.SequenceTraining.Run(args[1..], FindRepo());
}

if (args.Length == 0 || args[0] != "ner")
{
    Console.Error.WriteLine("usage: ner [--data DIR] [--out FILE] [--epochs N] | stance [--data DIR] [--out FILE] [--part all|train] | sequence [--folds K] [--epochs N]");
    return 2;
}

var repo = FindRepo();
var dataDir = repo is null ? null : Path.Combine(Path.GetDirectoryName(repo)!, "shared", "data");
var output = repo is null ? "ner-types.bin" : Path.Combine(repo, "data", "models", "ner-types.bin");
var epochs = 5;
for (var i = 1; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--data" when i + 1 < args.Length:
            dataDir = args[++i];
            break;
        case "--out" when i + 1 < args.Length:
            output = args[++i];
            break;
        case "--epochs" when i + 1 < args.Length:
            epochs = int.Parse(args[++i], CultureInfo.InvariantCulture);
            break;
        default:
            Console.Error.WriteLine($"unknown argument '{args[i]}'");
            return 2;
    }
}

var gum = dataDir is null ? null : Path.Combine(dataDir, "gum-wikinews");
if (gum is null || !Directory.Exists(Path.Combine(gum, "conllu")))
{
    Console.Error.WriteLine($"GUM data not found at {gum ?? "../shared/data/gum-wikinews"}; pass --data DIR.");
    return 1;
}

var splits = GumCorpus.ReadSplits(Path.Combine(gum, "splits.md"));
var recognizer = new EntityRecognizer(EntityGazetteer.Default, typeModel: null);
var examples = new List<(int[] Features, int Label)>();
var documents = 0;
foreach (var file in Directory.GetFiles(Path.Combine(gum, "conllu"), "*.conllu").Order(StringComparer.Ordinal))
{
    if (splits.GetValueOrDefault(Path.GetFileNameWithoutExtension(file)) != "train")
    {
        continue; // dev and test stay unseen
    }

    documents++;
    var doc = GumCorpus.Read(file);
    var gold = new Dictionary<Parallax.Model.TextSpan, EntityType?>();
    foreach (var g in GoldNames.Extract(doc))
    {
        gold[g.Span] = g.Type;
    }

    foreach (var (span, _, features) in recognizer.Candidates(doc.Text, Tokenizer.Tokenize(doc.Text)))
    {
        var label = gold.TryGetValue(span, out var type) && type is { } t ? (int)t : EntityTypeModel.NoneClass;
        examples.Add((features, label));
    }
}

var model = EntityTypeModel.TrainAveraged(examples, bits: 16, epochs, bags: Parallax.Train.SequenceTraining.TypeBags);
var correct = 0;
foreach (var (features, label) in examples)
{
    correct += model.Predict(features) == label ? 1 : 0;
}

Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
using (var stream = File.Create(output))
{
    model.Save(stream);
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"trained on {documents} GUM train documents, {examples.Count} candidates, {epochs} epochs; training accuracy {(double)correct / examples.Count:0.000}"));
Console.WriteLine($"wrote {output} ({new FileInfo(output).Length:N0} bytes)");
return 0;

static string? FindRepo()
{
    var dir = new DirectoryInfo(Directory.GetCurrentDirectory());
    while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Parallax.slnx")))
    {
        dir = dir.Parent;
    }

    if (dir is null)
    {
        dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Parallax.slnx")))
        {
            dir = dir.Parent;
        }
    }

    return dir?.FullName;
}
