using System.Globalization;
using Parallax.Eval.Entities;
using Parallax.Language.Entities;
using Parallax.Language.Tokens;
using Parallax.Model;

namespace Parallax.Train;

/// <summary>
/// Trains the entity sequence model (structured averaged perceptron over BIO tags) on GUM's train split and writes
/// data/models/ner-sequence.bin; with --folds K, reports K-fold cross-validation on the train split instead.
/// </summary>
internal static class SequenceTraining
{
    /// <summary>How many type models (one shuffle each) the shipped type model averages; chosen by 5-fold CV.</summary>
    internal const int TypeBags = 1;

    private static readonly EntityType[] Scored = [EntityType.Person, EntityType.Organization, EntityType.Place];

    public static int Run(string[] args, string? repo)
    {
        var dataDir = repo is null ? null : Path.Combine(Path.GetDirectoryName(repo)!, "shared", "data");
        var output = repo is null ? "ner-sequence.bin" : Path.Combine(repo, "data", "models", "ner-sequence.bin");
        var epochs = 8;
        var bits = 18;
        var folds = 0;
        var showErrors = false;
        var keepPlaces = true;
        var keepStrong = true;
        var bags = 1;
        var bench = false;
        var typesOnly = false;
        var typeBags = TypeBags;
        var otherPenalty = EntitySequenceModel.DefaultOtherPenalty;
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
                case "--epochs" when i + 1 < args.Length:
                    epochs = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--bits" when i + 1 < args.Length:
                    bits = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--other-penalty" when i + 1 < args.Length:
                    otherPenalty = float.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--bags" when i + 1 < args.Length:
                    bags = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--free-strong":
                    keepStrong = false;
                    break;
                case "--free-places":
                    keepPlaces = false;
                    break;
                case "--type-bags" when i + 1 < args.Length:
                    typeBags = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--types-only":
                    typesOnly = true;
                    break;
                case "--bench":
                    bench = true;
                    break;
                case "--errors":
                    showErrors = true;
                    break;
                case "--folds" when i + 1 < args.Length:
                    folds = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                default:
                    Console.Error.WriteLine($"unknown argument '{args[i]}'. Usage: sequence [--data DIR] [--out FILE] [--epochs N] [--bits B] [--folds K] [--types-only] [--type-bags N]");
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
        var docs = Directory.GetFiles(Path.Combine(gum, "conllu"), "*.conllu").Order(StringComparer.Ordinal)
            .Where(f => splits.GetValueOrDefault(Path.GetFileNameWithoutExtension(f)) == "train") // dev and test stay unseen
            .Select(GumCorpus.Read)
            .ToList();
        var rules = new EntityRecognizer(EntityGazetteer.Default, typeModel: null);
        var examples = new List<List<(int[] Features, int[] Offsets, int[] Tags)>>();
        int goldNames = 0, reachable = 0;
        foreach (var doc in docs)
        {
            var (docExamples, goldCount, reached) = Label(doc, rules);
            examples.Add(docExamples);
            goldNames += goldCount;
            reachable += reached;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{docs.Count} GUM train documents, {examples.Sum(e => e.Count)} stretches; {reachable} of {goldNames} gold names lie on unit boundaries inside a stretch"));
        if (bench)
        {
            Bench(docs, rules, new EntityRecognizer(EntityGazetteer.Default, null, EntitySequenceModel.Train(examples.SelectMany(e => e).ToList(), bits, epochs)));
            return 0;
        }

        if (folds > 1)
        {
            var model = new Counts();
            var baseline = new Counts();
            var typed = new Counts();
            for (var fold = 0; fold < folds; fold++)
            {
                var training = new List<(int[], int[], int[])>();
                for (var d = 0; d < docs.Count; d++)
                {
                    if (d % folds != fold)
                    {
                        training.AddRange(examples[d]);
                    }
                }

                if (!typesOnly)
                {
                    var trained = TrainBagged(training, bits, epochs, bags);
                    var recognizer = new EntityRecognizer(EntityGazetteer.Default, null, new EntitySequenceModel(trained, otherPenalty, keepPlaces, keepStrong));
                    for (var d = fold; d < docs.Count; d += folds)
                    {
                        Score(docs[d], recognizer, model, showErrors ? "model " : null);
                        Score(docs[d], rules, baseline, showErrors ? "rules " : null);
                    }
                }

                var typeModel = TrainTypeModel(docs.Where((_, d) => d % folds != fold), rules, typeBags);
                var withTypes = new EntityRecognizer(EntityGazetteer.Default, typeModel);
                for (var d = fold; d < docs.Count; d += folds)
                {
                    Score(docs[d], withTypes, typed, showErrors ? "typed " : null);
                }
            }

            Console.WriteLine($"{folds}-fold cross-validation on the train split ({epochs} epochs, 2^{bits} buckets):");
            if (!typesOnly)
            {
                model.Print("sequence model");
                baseline.Print("rules only");
            }

            typed.Print($"rules+type model ({typeBags} bags)");
            return 0;
        }

        var all = examples.SelectMany(e => e).ToList();
        var final = TrainBagged(all, bits, epochs, bags);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        using (var stream = File.Create(output))
        {
            final.Save(stream);
        }

        var seen = new Counts();
        var finalRecognizer = new EntityRecognizer(EntityGazetteer.Default, null, final);
        foreach (var doc in docs)
        {
            Score(doc, finalRecognizer, seen, null);
        }

        seen.Print("train (seen)");
        Console.WriteLine($"wrote {output} ({new FileInfo(output).Length:N0} bytes)");
        return 0;
    }

    /// <summary>The mean of <paramref name="bags"/> models trained with different shuffles.</summary>
    private static EntitySequenceModel TrainBagged(List<(int[], int[], int[])> examples, int bits, int epochs, int bags) =>
        EntitySequenceModel.Average(Enumerable.Range(0, bags).Select(b => EntitySequenceModel.Train(examples, bits, epochs, 12345 + b)).ToList());

    /// <summary>The type model as <c>ner</c> trains it, on <paramref name="training"/> only.</summary>
    private static EntityTypeModel TrainTypeModel(IEnumerable<GumDocument> training, EntityRecognizer rules, int typeBags)
    {
        var examples = new List<(int[] Features, int Label)>();
        foreach (var doc in training)
        {
            var gold = new Dictionary<TextSpan, EntityType?>();
            foreach (var g in GoldNames.Extract(doc))
            {
                gold[g.Span] = g.Type;
            }

            foreach (var (span, _, features) in rules.Candidates(doc.Text, Tokenizer.Tokenize(doc.Text)))
            {
                examples.Add((features, gold.TryGetValue(span, out var type) && type is { } t ? (int)t : EntityTypeModel.NoneClass));
            }
        }

        return EntityTypeModel.TrainAveraged(examples, bits: 16, epochs: 5, bags: typeBags);
    }

    /// <summary>Times the rules alone and the rules with the model on the documents repeated to 4 MB (best of three).</summary>
    private static void Bench(List<GumDocument> docs, EntityRecognizer rules, EntityRecognizer withModel)
    {
        var builder = new System.Text.StringBuilder();
        while (builder.Length < 4_000_000)
        {
            foreach (var doc in docs)
            {
                builder.Append(doc.Text).Append("\n\n");
            }
        }

        var text = builder.ToString();
        var tokens = Tokenizer.Tokenize(text);
        foreach (var (name, recognizer) in new[] { ("rules only", rules), ("with model", withModel) })
        {
            var best = double.MaxValue;
            for (var r = 0; r < 3; r++)
            {
                var sw = System.Diagnostics.Stopwatch.StartNew();
                recognizer.Recognize(text, tokens);
                best = Math.Min(best, sw.Elapsed.TotalSeconds);
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {text.Length / 1e6 / best:0.0} MB/s"));
        }
    }

    private static (List<(int[] Features, int[] Offsets, int[] Tags)> Examples, int Gold, int Reached) Label(GumDocument doc, EntityRecognizer rules)
    {
        var gold = GoldNames.Extract(doc);
        var stretches = rules.Stretches(doc.Text, Tokenizer.Tokenize(doc.Text));
        var starts = new Dictionary<int, (int Stretch, int Unit)>();
        var ends = new Dictionary<int, (int Stretch, int Unit)>();
        var tags = new int[stretches.Count][];
        for (var s = 0; s < stretches.Count; s++)
        {
            tags[s] = new int[stretches[s].Units.Length];
            for (var u = 0; u < stretches[s].Units.Length; u++)
            {
                starts[stretches[s].Units[u].Start] = (s, u);
                ends[stretches[s].Units[u].End] = (s, u);
            }
        }

        var reached = 0;
        foreach (var g in gold)
        {
            if (starts.TryGetValue(g.Span.Start, out var a) && ends.TryGetValue(g.Span.End, out var b) && a.Stretch == b.Stretch && b.Unit >= a.Unit)
            {
                var begin = EntitySequenceModel.Begin(g.Type ?? EntityType.Other);
                tags[a.Stretch][a.Unit] = begin;
                for (var u = a.Unit + 1; u <= b.Unit; u++)
                {
                    tags[a.Stretch][u] = begin + 1;
                }

                reached += g.Type is null ? 0 : 1;
            }
        }

        var examples = new List<(int[], int[], int[])>(stretches.Count);
        for (var s = 0; s < stretches.Count; s++)
        {
            examples.Add((stretches[s].Features, stretches[s].Offsets, tags[s]));
        }

        return (examples, gold.Count(g => g.Type is not null), reached);
    }

    /// <summary>Scores one document as the evaluation harness does (exact span and type; Other and unscored GUM types ignored).</summary>
    private static void Score(GumDocument doc, EntityRecognizer recognizer, Counts counts, string? errors)
    {
        var goldSet = new Dictionary<TextSpan, EntityType>();
        var unscored = new HashSet<TextSpan>();
        foreach (var g in GoldNames.Extract(doc))
        {
            if (g.Type is { } t)
            {
                goldSet[g.Span] = t;
            }
            else
            {
                unscored.Add(g.Span);
            }
        }

        var predicted = new Dictionary<TextSpan, EntityType>();
        foreach (var p in recognizer.Recognize(doc.Text))
        {
            if (p.Type != EntityType.Other && !unscored.Contains(p.Span))
            {
                predicted[p.Span] = p.Type;
            }
        }

        foreach (var (span, type) in predicted)
        {
            var t = Array.IndexOf(Scored, type);
            if (goldSet.TryGetValue(span, out var g) && g == type)
            {
                counts.Tp[t]++;
            }
            else
            {
                counts.Fp[t]++;
                if (errors is not null)
                {
                    Console.WriteLine($"{errors}FP {doc.Name} {type} '{span.Of(doc.Text)}'" + (goldSet.TryGetValue(span, out var gt) ? $" (gold {gt})" : ""));
                }
            }
        }

        foreach (var (span, type) in goldSet)
        {
            if (!(predicted.TryGetValue(span, out var p) && p == type))
            {
                counts.Fn[Array.IndexOf(Scored, type)]++;
                if (errors is not null && !predicted.ContainsKey(span))
                {
                    Console.WriteLine($"{errors}FN {doc.Name} {type} '{span.Of(doc.Text)}'");
                }
            }
        }
    }

    private sealed class Counts
    {
        public int[] Tp { get; } = new int[3];

        public int[] Fp { get; } = new int[3];

        public int[] Fn { get; } = new int[3];

        public void Print(string name)
        {
            var parts = new List<string>();
            for (var t = 0; t < 3; t++)
            {
                parts.Add($"{Scored[t]} {F1(Tp[t], Fp[t], Fn[t])}");
            }

            Console.WriteLine($"  {name,-16} micro {F1(Tp.Sum(), Fp.Sum(), Fn.Sum())}   {string.Join("   ", parts)}");
        }

        private static string F1(int tp, int fp, int fn)
        {
            var p = tp + fp == 0 ? 0 : (double)tp / (tp + fp);
            var r = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
            var f = p + r == 0 ? 0 : 2 * p * r / (p + r);
            return string.Create(CultureInfo.InvariantCulture, $"P {p:0.000} R {r:0.000} F1 {f:0.000}");
        }
    }
}
