using Parallax.Language.Quotes;
using Parallax.Model;

namespace Parallax.Eval.Quotes;

/// <summary>A scored unit: its fragments, the letters and digits they cover, its cue and speaker.</summary>
internal sealed record Unit(IReadOnlyList<TextSpan> Fragments, HashSet<int> Chars, bool Direct, TextSpan? Cue, TextSpan? Source, IReadOnlyList<TextSpan> SpeakerMentions, string Kinds);

/// <summary>Counts for one table row.</summary>
internal sealed class Tally
{
    public int Gold { get; set; }

    public int Predicted { get; set; }

    public int MatchedGold { get; set; }

    public int MatchedPredicted { get; set; }

    public int Exact { get; set; }

    public int SpeakerCorrect { get; set; }

    public int SpeakerTotal { get; set; }

    public double OverlapP => Ratio(MatchedPredicted, Predicted);

    public double OverlapR => Ratio(MatchedGold, Gold);

    public double OverlapF1 => F1(OverlapP, OverlapR);

    public double ExactP => Ratio(Exact, Predicted);

    public double ExactR => Ratio(Exact, Gold);

    public double ExactF1 => F1(ExactP, ExactR);

    public double SpeakerRate => Ratio(SpeakerCorrect, SpeakerTotal);

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;

    private static double F1(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);
}

internal static class Scoring
{
    public static List<Unit> Units(string text, IReadOnlyList<Quote> quotes)
    {
        var byCue = new Dictionary<TextSpan, List<Quote>>();
        var order = new List<List<Quote>>();
        foreach (var q in quotes)
        {
            if (q.Cue is { } cue && byCue.TryGetValue(cue, out var list))
            {
                list.Add(q);
                continue;
            }

            var fresh = new List<Quote> { q };
            order.Add(fresh);
            if (q.Cue is { } c)
            {
                byCue[c] = fresh;
            }
        }

        var units = new List<Unit>();
        foreach (var group in order)
        {
            var fragments = group.Select(q => q.Extent ?? q.Span).Distinct().ToList();
            var speakers = new List<TextSpan>();
            var first = group[0];
            if (first.SpeakerMention is { } mention)
            {
                speakers.Add(mention);
            }

            foreach (var chain in first.CoSpeakers.Prepend(first.Speaker))
            {
                if (chain is not null)
                {
                    speakers.AddRange(chain.Mentions.Select(m => m.Span));
                }
            }

            var isDirect = group.Any(q => q.Kind != QuoteKind.Reported);
            units.Add(new Unit(fragments, Letters(text, fragments), isDirect, first.Cue, first.SpeakerMention, speakers, string.Join(",", group.Select(q => q.Kind))));
        }

        return units;
    }

    public static Unit Gold(string text, GoldAttribution a)
    {
        var isDirect = a.Content.Any(f => f.Of(text).Any(QuotationMarks));
        return new Unit(a.Content, Letters(text, a.Content), isDirect, a.Cue, a.Source, a.Source is { } s ? [s] : [], "gold");
    }

    private static bool QuotationMarks(char c) => c is '"' or '\u201c' or '\u201d' or '\u201e' or '\u00ab' or '\u00bb';

    private static HashSet<int> Letters(string text, IEnumerable<TextSpan> fragments)
    {
        var set = new HashSet<int>();
        foreach (var f in fragments)
        {
            for (var i = f.Start; i < f.End && i < text.Length; i++)
            {
                if (char.IsLetterOrDigit(text[i]))
                {
                    set.Add(i);
                }
            }
        }

        return set;
    }

    /// <summary>When set, every scored pair, miss and spurious unit is written here as one JSON line (for error analysis).</summary>
    public static TextWriter? Dump { get; set; }

    private static void DumpLine(string label, string status, PolnearDocument doc, Unit? gold, Unit? predicted)
    {
        if (Dump is null)
        {
            return;
        }

        static object? Describe(Unit? u) => u is null ? null : new
        {
            fragments = u.Fragments.Select(f => new[] { f.Start, f.End }),
            cue = u.Cue is { } c ? new[] { c.Start, c.End } : null,
            source = u.Source is { } s ? new[] { s.Start, s.End } : null,
            kinds = u.Kinds,
        };

        Dump.WriteLine(System.Text.Json.JsonSerializer.Serialize(new { label, status, doc = doc.Name, gold = Describe(gold), pred = Describe(predicted) }));
    }

    public static void Score(PolnearDocument doc, List<Unit> gold, List<Unit> predicted, Tally tally, List<string>? errors, string label)
    {
        tally.Gold += gold.Count;
        tally.Predicted += predicted.Count;
        var pairs = new List<(int G, int P, int Overlap)>();
        for (var g = 0; g < gold.Count; g++)
        {
            for (var p = 0; p < predicted.Count; p++)
            {
                var overlap = gold[g].Chars.Count(predicted[p].Chars.Contains);
                if (overlap > 0)
                {
                    pairs.Add((g, p, overlap));
                }
            }
        }

        pairs.Sort((a, b) => b.Overlap.CompareTo(a.Overlap));
        var goldTaken = new int[gold.Count];
        var predTaken = new bool[predicted.Count];
        Array.Fill(goldTaken, -1);
        foreach (var (g, p, _) in pairs)
        {
            if (goldTaken[g] >= 0 || predTaken[p])
            {
                continue;
            }

            goldTaken[g] = p;
            predTaken[p] = true;
            tally.MatchedGold++;
            tally.MatchedPredicted++;
            var exact = gold[g].Chars.SetEquals(predicted[p].Chars);
            if (exact)
            {
                tally.Exact++;
            }

            var speakerOk = true;
            if (gold[g].Source is { } source)
            {
                tally.SpeakerTotal++;
                speakerOk = predicted[p].SpeakerMentions.Any(m => m.Overlaps(source));
                if (speakerOk)
                {
                    tally.SpeakerCorrect++;
                }
            }

            DumpLine(label, (exact ? "exact" : "inexact") + (speakerOk ? "" : "+speaker"), doc, gold[g], predicted[p]);
            if (errors is not null && (!exact || !speakerOk))
            {
                errors.Add($"{label} {(exact ? "" : "INEXACT ")}{(speakerOk ? "" : "SPEAKER ")}{doc.Name}\n   gold: {Show(doc.Text, gold[g])}\n   pred: {Show(doc.Text, predicted[p])}");
            }
        }

        for (var g = 0; g < gold.Count; g++)
        {
            if (goldTaken[g] < 0)
            {
                DumpLine(label, "missed", doc, gold[g], null);
            }
        }

        for (var p = 0; p < predicted.Count; p++)
        {
            if (!predTaken[p])
            {
                DumpLine(label, "spurious", doc, null, predicted[p]);
            }
        }

        if (errors is null)
        {
            return;
        }

        for (var g = 0; g < gold.Count; g++)
        {
            if (goldTaken[g] < 0)
            {
                errors.Add($"{label} MISSED {doc.Name}\n   gold: {Show(doc.Text, gold[g])}\n   context: {Short(Context(doc.Text, gold[g].Fragments[0]))}");
            }
        }

        for (var p = 0; p < predicted.Count; p++)
        {
            if (!predTaken[p])
            {
                errors.Add($"{label} SPURIOUS {doc.Name}\n   pred: {Show(doc.Text, predicted[p])}\n   context: {Short(Context(doc.Text, predicted[p].Fragments[0]))}");
            }
        }
    }

    public static void ScoreCues(List<TextSpan> gold, List<TextSpan> predicted, Tally tally)
    {
        tally.Gold += gold.Count;
        tally.Predicted += predicted.Count;
        var predTaken = new bool[predicted.Count];
        foreach (var g in gold)
        {
            for (var p = 0; p < predicted.Count; p++)
            {
                if (!predTaken[p] && predicted[p].Overlaps(g))
                {
                    predTaken[p] = true;
                    tally.MatchedGold++;
                    tally.MatchedPredicted++;
                    if (predicted[p] == g)
                    {
                        tally.Exact++;
                    }

                    break;
                }
            }
        }
    }

    private static string Show(string text, Unit u) =>
        $"'{Short(string.Join(" … ", u.Fragments.Select(f => f.Of(text))))}' cue='{u.Cue?.Of(text)}' src='{u.Source?.Of(text)}' ({u.Kinds})";

    private static string Context(string text, TextSpan span)
    {
        var start = Math.Max(0, span.Start - 120);
        var end = Math.Min(text.Length, span.End + 60);
        return text[start..end];
    }

    public static string Short(string s)
    {
        s = s.Replace('\n', ' ');
        return s.Length <= 220 ? s : s[..150] + " … " + s[^60..];
    }
}
