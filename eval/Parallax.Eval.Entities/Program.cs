using System.Diagnostics;
using System.Globalization;
using System.Text;
using Parallax.Eval.Entities;
using Parallax.Language.Coreference;
using Parallax.Language.Entities;
using Parallax.Language.Tokens;
using Parallax.Model;

// Scores Parallax's entity recognizer on GUM's named person / organization / place mentions (news + interviews)
// and measures its speed. Usage: dotnet run -c Release --project eval/Parallax.Eval.Entities -- [--data DIR] [--split dev|test|train|all] [--errors] [--rules-only | --sequence]
// Also: --text "snippet" (print mentions), --chains FILE (print coreference chains), --stress (bad input at scale).
var dataDir = (string?)null;
var split = "all";
var showErrors = false;
var rulesOnlyScoring = false;
var sequenceScoring = false;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--data" when i + 1 < args.Length:
            dataDir = args[++i];
            break;
        case "--split" when i + 1 < args.Length:
            split = args[++i];
            break;
        case "--errors":
            showErrors = true;
            break;
        case "--rules-only":
            rulesOnlyScoring = true;
            break;
        case "--sequence":
            sequenceScoring = true;
            break;
        case "--chains" when i + 1 < args.Length:
            var article = File.ReadAllText(args[++i]);
            var analyzed = new Parallax.Pipeline.PipelineBuilder().UseCoreference().Build().Analyze(new Article(args[i], article));
            foreach (var chain in analyzed.GetLayer<NameChain>())
            {
                var mentionTexts = string.Join(" | ", chain.Mentions.Select(m => m.Kind == ChainMentionKind.RolePhrase ? $"[{m.Span.Of(article)}]" : m.Span.Of(article)));
                var roles = string.Join("; ", chain.Roles.Select(r => r.Of(article)).Distinct());
                Console.WriteLine($"{chain.Type,-12} {chain.CanonicalName}: {mentionTexts}" + (roles.Length > 0 ? $"  roles: {roles}" : ""));
            }

            return 0;
        case "--stress":
            Stress();
            return 0;
        case "--text" when i + 1 < args.Length:
            var sample = args[++i];
            foreach (var m in EntityRecognizer.Default.Recognize(sample))
            {
                Console.WriteLine($"{m.Type} '{m.Span.Of(sample)}'" + (m.Role is { } r ? $" role '{r.Of(sample)}'" : ""));
            }

            return 0;
        default:
            Console.Error.WriteLine($"unknown argument '{args[i]}'. Usage: [--data DIR] [--split dev|test|train|all] [--errors]");
            return 2;
    }
}

dataDir ??= FindSharedData();
var gumDir = dataDir is null ? null : Path.Combine(dataDir, "gum-wikinews");
if (gumDir is null || !Directory.Exists(Path.Combine(gumDir, "conllu")))
{
    Console.WriteLine($"SKIPPED: GUM data not found (looked for {gumDir ?? "../shared/data/gum-wikinews"}/conllu). Pass --data DIR.");
    return 0;
}

Console.WriteLine("Parallax entity recognition on GUM (news + interview), exact span and type.");
Console.WriteLine("Type mapping: GUM person -> Person, organization -> Organization, place -> Place; other GUM types");
Console.WriteLine("(event, time, object, abstract, substance, animal, plant) are not scored, and Parallax's Other is ignored.");
Console.WriteLine("Gold = GUM mentions of those three types with a Wikipedia identity whose name part is a proper name;");
Console.WriteLine("the gold span is the name itself; names nested in a longer name are dropped (flat, as in CoNLL);");
Console.WriteLine("a prediction on the exact span of a named GUM mention of an unscored type is ignored (see eval/README-entities.md).");

var splits = GumCorpus.ReadSplits(Path.Combine(gumDir, "splits.md"));
var docs = new List<GumDocument>();
foreach (var file in Directory.GetFiles(Path.Combine(gumDir, "conllu"), "*.conllu").Order(StringComparer.Ordinal))
{
    var name = Path.GetFileNameWithoutExtension(file);
    var docSplit = splits.GetValueOrDefault(name, "unknown");
    if (split == "all" || docSplit == split)
    {
        docs.Add(GumCorpus.Read(file));
    }
}

Console.WriteLine($"split: {split}; documents: {docs.Count}");
if (docs.Count == 0)
{
    Console.WriteLine("SKIPPED: no documents in that split.");
    return 0;
}

var recognizer = rulesOnlyScoring ? new EntityRecognizer(EntityGazetteer.Default, typeModel: null)
    : sequenceScoring ? new EntityRecognizer(EntityGazetteer.Default, null, EntitySequenceModel.Default)
    : EntityRecognizer.Default;
Console.WriteLine(rulesOnlyScoring ? "recognizer: rules + gazetteers only"
    : sequenceScoring ? $"recognizer: rules + gazetteers + sequence model{(EntitySequenceModel.Default is null ? " (NOT SHIPPED: rules only)" : "")}"
    : "recognizer: rules + gazetteers + type model");
var types = new[] { EntityType.Person, EntityType.Organization, EntityType.Place };
var tp = new int[3];
var fp = new int[3];
var fn = new int[3];
int spanTp = 0, spanPred = 0, spanGold = 0;
foreach (var doc in docs)
{
    var gold = GoldNames.Extract(doc);
    var predicted = recognizer.Recognize(doc.Text);
    var goldSet = new Dictionary<TextSpan, EntityType>();
    var unscored = new HashSet<TextSpan>();
    foreach (var g in gold)
    {
        if (g.Type is { } gt)
        {
            goldSet[g.Span] = gt;
        }
        else
        {
            unscored.Add(g.Span);
        }
    }

    var predSet = new Dictionary<TextSpan, EntityType>();
    foreach (var p in predicted)
    {
        if (p.Type != EntityType.Other && !unscored.Contains(p.Span))
        {
            predSet[p.Span] = p.Type;
        }
    }

    foreach (var (span, type) in predSet)
    {
        var t = Array.IndexOf(types, type);
        spanPred++;
        if (goldSet.TryGetValue(span, out var goldType))
        {
            spanTp++;
        }

        if (goldSet.TryGetValue(span, out goldType) && goldType == type)
        {
            tp[t]++;
        }
        else
        {
            fp[t]++;
            if (showErrors)
            {
                Console.WriteLine($"  FP {doc.Name} {type} '{span.Of(doc.Text)}'" + (goldSet.TryGetValue(span, out var gt) ? $" (gold {gt})" : ""));
            }
        }
    }

    foreach (var (span, type) in goldSet)
    {
        spanGold++;
        if (!(predSet.TryGetValue(span, out var p) && p == type))
        {
            fn[Array.IndexOf(types, type)]++;
            if (showErrors && !predSet.ContainsKey(span))
            {
                var overlapping = string.Join(" | ", predicted.Overlapping(span).Select(o => $"{o.Type} '{o.Span.Of(doc.Text)}'"));
                Console.WriteLine($"  FN {doc.Name} {type} '{span.Of(doc.Text)}' pred: {overlapping} ctx: {Context(doc.Text, span)}");
            }
        }
    }
}

Console.WriteLine();
Console.WriteLine($"{"type",-14}{"gold",6}{"pred",6}{"P",8}{"R",8}{"F1",8}");
for (var t = 0; t < 3; t++)
{
    Row(types[t].ToString(), tp[t], fp[t], fn[t]);
}

Row("micro", tp.Sum(), fp.Sum(), fn.Sum());
Console.WriteLine($"(span only, any type: P {Ratio(spanTp, spanPred):0.000} R {Ratio(spanTp, spanGold):0.000})");

// Speed: the news + interview texts repeated to about 8 MB, one core.
var corpus = new StringBuilder();
while (corpus.Length < 8_000_000)
{
    foreach (var doc in docs)
    {
        corpus.Append(doc.Text).Append("\n\n");
    }
}

var big = corpus.ToString();
var rulesOnly = new EntityRecognizer(recognizer.Gazetteer, typeModel: null);

// Warm up both (tiered JIT) on a slice, then time each on the whole text.
var warm = big[..Math.Min(big.Length, 2_000_000)];
var warmTokens = Tokenizer.Tokenize(warm);
recognizer.Recognize(warm, warmTokens);
rulesOnly.Recognize(warm, warmTokens);
var sw = Stopwatch.StartNew();
var tokens = Tokenizer.Tokenize(big);
var tokenSeconds = sw.Elapsed.TotalSeconds;
sw.Restart();
rulesOnly.Recognize(big, tokens);
var rulesSeconds = sw.Elapsed.TotalSeconds;
sw.Restart();
var mentions = recognizer.Recognize(big, tokens);
var entitySeconds = sw.Elapsed.TotalSeconds;
var mb = big.Length / 1_000_000.0;
Console.WriteLine();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"speed on {mb:0.0} MB ({mentions.Count} mentions): tokenizer {mb / tokenSeconds:0.0} MB/s, entity recognizer {mb / entitySeconds:0.0} MB/s (rules only {mb / rulesSeconds:0.0} MB/s), tokens + entities {mb / (tokenSeconds + entitySeconds):0.0} MB/s"));
Console.WriteLine("(one thread; on a shared machine absolute figures drift, the ratios between them less so)");
return 0;

static void Row(string name, int tp, int fp, int fn)
{
    var p = Ratio(tp, tp + fp);
    var r = Ratio(tp, tp + fn);
    var f = p + r == 0 ? 0 : 2 * p * r / (p + r);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-14}{tp + fn,6}{tp + fp,6}{p,8:0.000}{r,8:0.000}{f,8:0.000}"));
}

// Bad input at scale: each must finish in linear time without exceptions.
static void Stress()
{
    var cases = new (string Name, Func<string> Make)[]
    {
        ("50 MB one line, no spaces", () => Repeat("VladimirPutinMetDonaldTrumpInAnchorageAlaska,", 50_000_000)),
        ("50 MB all capitals", () => Repeat("RUSSIAN PRESIDENT VLADIMIR PUTIN MET TRUMP IN ANCHORAGE, ALASKA, ON FRIDAY. ", 50_000_000)),
        ("20 MB control characters and mixed scripts", () => Repeat("\u0001Путин\u0007 met 東京 Tokyo \u200b\uD800 Trump\t\r", 20_000_000)),
        ("20 MB of capitalised words", () => Repeat("Alpha Beta Gamma Delta Epsilon Zeta Eta Theta ", 20_000_000)),
    };
    foreach (var (name, make) in cases)
    {
        var text = make();
        var sw = Stopwatch.StartNew();
        var tokens = Tokenizer.Tokenize(text);
        var mentions = EntityRecognizer.Default.Recognize(text, tokens);
        var seconds = sw.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {mentions.Count} mentions, {text.Length / 1e6 / seconds:0.0} MB/s (tokens + entities)"));
    }
}

static string Repeat(string unit, int length)
{
    var sb = new StringBuilder(length + unit.Length);
    while (sb.Length < length)
    {
        sb.Append(unit);
    }

    return sb.ToString();
}

static string Context(string text, TextSpan span)
{
    var a = Math.Max(0, span.Start - 40);
    var b = Math.Min(text.Length, span.End + 20);
    return text[a..b].Replace('\n', ' ');
}

static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;

static string? FindSharedData()
{
    var dir = new DirectoryInfo(AppContext.BaseDirectory);
    while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Parallax.slnx")))
    {
        dir = dir.Parent;
    }

    if (dir is null)
    {
        dir = new DirectoryInfo(Directory.GetCurrentDirectory());
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Parallax.slnx")))
        {
            dir = dir.Parent;
        }
    }

    return dir?.Parent is null ? null : Path.Combine(dir.Parent.FullName, "shared", "data");
}
