using System.Diagnostics;
using System.Globalization;
using Parallax.Eval.Quotes;
using Parallax.Language.Quotes;
using Parallax.Model;
using Parallax.Pipeline;

// Scores Parallax's quotes, cues and speakers against PolNeAR (brat Source / Cue / Content spans).
// Usage: dotnet run -c Release --project eval/Parallax.Eval.Quotes -- [--data DIR] [--split dev|train] [--errors N] [--doc NAME] [--dump FILE.jsonl]
var dataDir = (string?)null;
var split = "dev";
var errors = 0;
string? onlyDoc = null;
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
        case "--errors" when i + 1 < args.Length:
            errors = int.Parse(args[++i], CultureInfo.InvariantCulture);
            break;
        case "--text" when i + 1 < args.Length:
            var sample = args[++i].Replace("\\n", "\n", StringComparison.Ordinal);
            var one = new PipelineBuilder().UseQuotes().Build().Analyze(new Article("text", sample));
            foreach (var s in one.GetLayer<Parallax.Language.Sentences.Sentence>())
            {
                Console.WriteLine($"sentence [{s.Span.Start},{s.Span.End}) '{s.Span.Of(sample)}'");
            }

            foreach (var q in one.GetLayer<Quote>())
            {
                Console.WriteLine($"{q.Kind,-8} '{q.Span.Of(sample)}' extent='{q.Extent?.Of(sample)}' cue='{q.Cue?.Of(sample)}' src='{q.SpeakerMention?.Of(sample)}' speaker={q.Speaker?.CanonicalName}");
            }

            return 0;
        case "--dump" when i + 1 < args.Length:
            Scoring.Dump = new StreamWriter(args[++i]);
            break;
        case "--doc" when i + 1 < args.Length:
            onlyDoc = args[++i];
            break;
        default:
            Console.Error.WriteLine($"unknown argument '{args[i]}'. Usage: [--data DIR] [--split dev|train|test] [--errors N] [--doc NAME] [--dump FILE.jsonl]");
            return 2;
    }
}

dataDir ??= FindSharedData();
var splitDir = dataDir is null ? null : Path.Combine(dataDir, "polnear", split);
if (splitDir is null || !Directory.Exists(Path.Combine(splitDir, "attributions")))
{
    Console.WriteLine($"SKIPPED: PolNeAR data not found (looked for {splitDir ?? "../shared/data/polnear/" + split}/attributions). Pass --data DIR.");
    return 0;
}

var docs = PolnearCorpus.Read(splitDir);
if (onlyDoc is not null)
{
    docs = docs.FindAll(d => d.Name.Contains(onlyDoc, StringComparison.Ordinal));
}

var pipeline = new PipelineBuilder().UseQuotes().Build();
var direct = new Tally();
var reported = new Tally();
var all = new Tally();
var cues = new Tally();
var watch = Stopwatch.StartNew();
long chars = 0;
var errorLines = new List<string>();
foreach (var doc in docs)
{
    var analyzed = pipeline.Analyze(new Article(doc.Name, doc.Text));
    chars += doc.Text.Length;
    var quotes = analyzed.GetLayer<Quote>();
    var predicted = Scoring.Units(doc.Text, quotes);
    var gold = doc.Attributions.Select(a => Scoring.Gold(doc.Text, a)).Where(u => u.Chars.Count > 0).ToList();
    if (onlyDoc is not null)
    {
        foreach (var q in quotes)
        {
            Console.WriteLine($"{q.Kind,-8} [{q.Span.Start},{q.Span.End}) '{Scoring.Short(q.Span.Of(doc.Text))}' cue='{q.Cue?.Of(doc.Text)}' src='{q.SpeakerMention?.Of(doc.Text)}' speaker={q.Speaker?.CanonicalName}");
        }
    }

    Scoring.Score(doc, gold.Where(g => g.Direct).ToList(), predicted.Where(p => p.Direct).ToList(), direct, errors > 0 ? errorLines : null, "DIRECT");
    Scoring.Score(doc, gold.Where(g => !g.Direct).ToList(), predicted.Where(p => !p.Direct).ToList(), reported, errors > 0 ? errorLines : null, "REPORTED");
    Scoring.Score(doc, gold, predicted, all, null, "ALL");
    Scoring.ScoreCues(doc.Attributions.Where(a => a.Cue is not null).Select(a => a.Cue!.Value).ToList(), predicted.Where(p => p.Cue is not null).Select(p => p.Cue!.Value).Distinct().ToList(), cues);
}

watch.Stop();
Scoring.Dump?.Dispose();
Console.WriteLine($"Parallax quotes on PolNeAR {split}: {docs.Count} articles (one annotator each: the first .ann by file name), {chars / 1e6:F2} M chars, {watch.Elapsed.TotalSeconds:F1} s.");
Console.WriteLine("Units: a gold unit is one PolNeAR attribution (its Content fragments); a predicted unit is the quotes sharing one cue.");
Console.WriteLine("Direct = the unit's text holds a double quotation mark (\" “ ” „ « »); reported = it holds none.");
Console.WriteLine("Overlap: the units share a letter or digit (one-to-one, largest overlap first). Exact: they cover the same letters and");
Console.WriteLine("digits, so quotation marks, spaces and punctuation at the edges do not count. Speaker correct: of matched units whose gold");
Console.WriteLine("has a Source, the predicted speaker words overlap it, or the predicted speaker's name chain has a mention that does.");
Console.WriteLine();
Console.WriteLine($"{"",-10} {"gold",6} {"pred",6} {"overlap P",10} {"R",6} {"F1",6} {"exact P",8} {"R",6} {"F1",6} {"speaker",16}");
Print("direct", direct);
Print("reported", reported);
Print("all", all);
Console.WriteLine($"{"cue",-10} {cues.Gold,6} {cues.Predicted,6} {cues.OverlapP,10:F3} {cues.OverlapR,6:F3} {cues.OverlapF1,6:F3}");
foreach (var line in errorLines.Take(errors))
{
    Console.WriteLine(line);
}

return 0;

static void Print(string name, Tally t) =>
    Console.WriteLine($"{name,-10} {t.Gold,6} {t.Predicted,6} {t.OverlapP,10:F3} {t.OverlapR,6:F3} {t.OverlapF1,6:F3} {t.ExactP,8:F3} {t.ExactR,6:F3} {t.ExactF1,6:F3} {t.SpeakerCorrect,5}/{t.SpeakerTotal,-4} {t.SpeakerRate,5:P1}");

static string? FindSharedData()
{
    foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
    {
        var dir = new DirectoryInfo(start);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Parallax.slnx")))
        {
            dir = dir.Parent;
        }

        // ../shared/data next to the repository; a git worktree one level deeper looks one more level up.
        for (var up = dir?.Parent; up is not null; up = up.Parent)
        {
            var candidate = Path.Combine(up.FullName, "shared", "data");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }
    }

    return null;
}
