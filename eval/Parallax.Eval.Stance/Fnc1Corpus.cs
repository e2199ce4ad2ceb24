using System.Text;
using Parallax.Comparison.Stances;

namespace Parallax.Eval.Stance;

/// <summary>One FNC-1 pair: headline, body id, body text and gold stance.</summary>
internal sealed record Fnc1Pair(string Headline, int BodyId, string Body, StanceLabel Stance);

/// <summary>Reads FNC-1's <c>*_bodies.csv</c> and <c>*_stances.csv</c> (RFC 4180 CSV with quoted multi-line fields).</summary>
internal static class Fnc1Corpus
{
    internal static List<Fnc1Pair> Read(string bodiesCsv, string stancesCsv)
    {
        var bodies = new Dictionary<int, string>();
        foreach (var row in CsvRows.Parse(File.ReadAllText(bodiesCsv, Encoding.UTF8)).Skip(1))
        {
            if (row.Count >= 2 && int.TryParse(row[0], out var id))
            {
                bodies[id] = row[1];
            }
        }

        var pairs = new List<Fnc1Pair>();
        foreach (var row in CsvRows.Parse(File.ReadAllText(stancesCsv, Encoding.UTF8)).Skip(1))
        {
            if (row.Count >= 3 && int.TryParse(row[1], out var id) && bodies.TryGetValue(id, out var body) && TryLabel(row[2], out var label))
            {
                pairs.Add(new Fnc1Pair(row[0], id, body, label));
            }
        }

        return pairs;
    }

    internal static bool TryLabel(string text, out StanceLabel label)
    {
        switch (text.Trim())
        {
            case "agree": label = StanceLabel.Agree; return true;
            case "disagree": label = StanceLabel.Disagree; return true;
            case "discuss": label = StanceLabel.Discuss; return true;
            case "unrelated": label = StanceLabel.Unrelated; return true;
            default: label = StanceLabel.Unrelated; return false;
        }
    }
}
