using System.Globalization;
using Parallax.Comparison.Claims;

namespace Parallax.Eval.Stance;

/// <summary>
/// Scores claim grouping on hand-labelled statement pairs (<c>eval/data/claim-pairs.tsv</c>): for each pair, whether
/// the claims stage would put the two statements in one group (<see cref="ClaimsStage"/>), against the label; prints
/// precision, recall and F1 of "same", overall and per origin (sample story / general news), and the misses.
/// </summary>
internal static class ClaimGrouping
{
    internal static int Run(string file, bool verbose)
    {
        var rows = new List<(bool Same, string Origin, string A, string B)>();
        foreach (var line in File.ReadLines(file))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var f = line.Split('\t');
            if (f.Length != 4 || f[0] is not ("same" or "different"))
            {
                Console.Error.WriteLine($"{file}: bad line '{line}'");
                return 2;
            }

            rows.Add((f[0] == "same", f[1], f[2], f[3]));
        }

        var related = new ClaimsStage().Related([.. rows.Select(r => (r.A, r.B))], CancellationToken.None);
        Console.WriteLine($"claim grouping: {rows.Count} labelled pairs ({rows.Count(r => r.Same)} same, {rows.Count(r => !r.Same)} different) from {file}");
        foreach (var origin in rows.Select(r => r.Origin).Distinct().Prepend("all"))
        {
            int tp = 0, fp = 0, fn = 0, tn = 0;
            for (var i = 0; i < rows.Count; i++)
            {
                if (origin != "all" && rows[i].Origin != origin)
                {
                    continue;
                }

                (tp, fp, fn, tn) = (rows[i].Same, related[i].Related) switch
                {
                    (true, true) => (tp + 1, fp, fn, tn),
                    (false, true) => (tp, fp + 1, fn, tn),
                    (true, false) => (tp, fp, fn + 1, tn),
                    _ => (tp, fp, fn, tn + 1),
                };
            }

            var p = tp + fp == 0 ? 0 : (double)tp / (tp + fp);
            var r = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
            var f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {origin,-7} precision {p:F3} ({tp}/{tp + fp})  recall {r:F3} ({tp}/{tp + fn})  F1 {f1:F3}  (tn {tn})"));
        }

        if (verbose)
        {
            for (var i = 0; i < rows.Count; i++)
            {
                if (rows[i].Same != related[i].Related)
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {(rows[i].Same ? "missed" : "wrongly grouped")} ({related[i].Similarity:F2}, {related[i].Conflict}): {rows[i].A} || {rows[i].B}"));
                }
            }
        }

        return 0;
    }
}
