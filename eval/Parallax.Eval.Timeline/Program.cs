using System.Globalization;
using Parallax.Language.Dates;
using Parallax.Language.Sentences;
using Parallax.Language.Tokens;
using Parallax.Language.Tone;
using Parallax.Model;

// Scores date-expression recognition (precision / recall, exact span and any overlap) and exact resolution
// (TIMEX3-style value) against hand annotations of PolNeAR dev texts (gold-polnear-dev.tsv: doc id, offsets,
// expression, value; the texts stay in ../shared/data). Usage: [--data DIR] [--gold FILE] [--dump].
var dataDir = Option(args, "--data") ?? DefaultData();
var goldPath = Option(args, "--gold") ?? Path.Combine(AppContext.BaseDirectory, "gold-polnear-dev.tsv");
var textDir = dataDir is null ? null : Path.Combine(dataDir, "polnear", "dev", "text");
if (textDir is null || !Directory.Exists(textDir))
{
    Console.WriteLine($"SKIPPED: PolNeAR dev texts not found ({textDir ?? "no ../shared/data"}).");
    return 0;
}

var gold = new Dictionary<string, List<GoldExpression>>(StringComparer.Ordinal);
foreach (var line in File.ReadLines(goldPath))
{
    if (line.Length == 0 || line[0] == '#')
    {
        continue;
    }

    var f = line.Split('\t');
    if (!gold.TryGetValue(f[0], out var list))
    {
        gold[f[0]] = list = [];
    }

    list.Add(new GoldExpression(new TextSpan(int.Parse(f[1], CultureInfo.InvariantCulture), int.Parse(f[2], CultureInfo.InvariantCulture)), f[3], f[4]));
}

var dump = args.Contains("--dump");
int goldCount = 0, systemCount = 0, exactMatches = 0, overlapGold = 0, overlapSystem = 0, resolvedRight = 0, resolvedRightExact = 0;
var errors = new List<string>();
foreach (var (doc, expected) in gold.OrderBy(p => p.Key, StringComparer.Ordinal))
{
    var path = Path.Combine(textDir, doc + ".txt");
    if (!File.Exists(path))
    {
        Console.WriteLine($"missing text {doc}");
        continue;
    }

    var text = File.ReadAllText(path);
    var published = PublishedFromName(doc);
    var sentences = SentenceSplitter.Split(text, Tokenizer.Tokenize(text));
    var speech = AttributedSpeech.Detect(text, sentences);
    var found = TimeExpressionStage.Annotate(text, published, sentences, speech);
    goldCount += expected.Count;
    systemCount += found.Count;
    foreach (var g in expected)
    {
        var exact = found.FirstOrDefault(e => e.Span == g.Span);
        var overlap = exact ?? found.FirstOrDefault(e => e.Span.Overlaps(g.Span));
        if (exact is not null)
        {
            exactMatches++;
        }

        if (overlap is not null)
        {
            overlapGold++;
            if (overlap.Resolution.Value == g.Value)
            {
                resolvedRight++;
                if (exact is not null)
                {
                    resolvedRightExact++;
                }
            }
            else
            {
                errors.Add($"  value  {doc[..Math.Min(24, doc.Length)]}  '{overlap.Span.Of(text)}' → {overlap.Resolution.Value ?? "unresolved"}, gold '{g.Expression}' {g.Value}");
            }
        }
        else
        {
            errors.Add($"  missed {doc[..Math.Min(24, doc.Length)]}  '{g.Expression}' ({g.Value})");
        }
    }

    foreach (var e in found)
    {
        if (expected.Exists(g => g.Span.Overlaps(e.Span)))
        {
            overlapSystem++;
        }
        else
        {
            errors.Add($"  extra  {doc[..Math.Min(24, doc.Length)]}  '{e.Span.Of(text)}' → {e.Resolution.Value}");
        }
    }
}

static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;
static double F1(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);
var pe = Ratio(exactMatches, systemCount);
var re = Ratio(exactMatches, goldCount);
var po = Ratio(overlapSystem, systemCount);
var ro = Ratio(overlapGold, goldCount);
Console.WriteLine($"Time expressions, PolNeAR dev, {gold.Count} documents hand-annotated: {goldCount} gold, {systemCount} found");
Console.WriteLine($"recognition, exact span : P {pe:F3}  R {re:F3}  F1 {F1(pe, re):F3}");
Console.WriteLine($"recognition, overlap    : P {po:F3}  R {ro:F3}  F1 {F1(po, ro):F3}");
Console.WriteLine($"exact resolution (value) of recognised gold expressions: {resolvedRight}/{overlapGold} = {Ratio(resolvedRight, overlapGold):F3}");
Console.WriteLine($"exact resolution over all gold expressions (missed count wrong): {resolvedRight}/{goldCount} = {Ratio(resolvedRight, goldCount):F3}");
Console.WriteLine($"exact span and exact value: {resolvedRightExact}/{goldCount} = {Ratio(resolvedRightExact, goldCount):F3}");
if (dump)
{
    errors.ForEach(Console.WriteLine);
}

return 0;

static DateOnly? PublishedFromName(string doc)
{
    // PolNeAR file names carry the publication date: publisher_YYYY-MM-DD_slug.
    var parts = doc.Split('_');
    return parts.Length > 1 && DateOnly.TryParseExact(parts[1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}

static string? Option(string[] args, string name)
{
    for (var i = 0; i + 1 < args.Length; i++)
    {
        if (args[i] == name)
        {
            return args[i + 1];
        }
    }

    return null;
}

static string? DefaultData()
{
    foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Parallax.slnx")))
            {
                return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data"));
            }
        }
    }

    return null;
}

internal sealed record GoldExpression(TextSpan Span, string Expression, string Value);
