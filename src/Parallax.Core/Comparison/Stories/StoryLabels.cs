using System.Text;

namespace Parallax.Comparison.Stories;

/// <summary>Builds a story's label from its centroid's heaviest terms: names first, then words. Thread-safe.</summary>
internal static class StoryLabels
{
    private const int Parts = 3;

    public static string Create(StoryCluster cluster, TermStatistics statistics)
    {
        var ranked = cluster.Centroid
            .OrderByDescending(static p => p.Value)
            .ThenBy(static p => p.Key)
            .Take(40)
            .Select(p => statistics.Term(p.Key))
            .ToList();
        var chosen = new List<string>(Parts);
        foreach (var kind in (ReadOnlySpan<StoryTermKind>)[StoryTermKind.Entity, StoryTermKind.Word])
        {
            foreach (var term in ranked)
            {
                if (chosen.Count == Parts || (kind == StoryTermKind.Entity && chosen.Count == Parts - 1))
                {
                    break;
                }

                if (term.Kind == kind && !chosen.Exists(c => Overlaps(c, term.Display))
                    && (kind == StoryTermKind.Entity || !ranked.Exists(e => e.Kind == StoryTermKind.Entity && Overlaps(e.Display, term.Display))))
                {
                    chosen.Add(term.Display);
                }
            }
        }

        if (chosen.Count == 0)
        {
            return "(no distinctive terms)";
        }

        var label = new StringBuilder();
        foreach (var part in chosen)
        {
            label.Append(label.Length == 0 ? string.Empty : " / ").Append(part);
        }

        return label.ToString();
    }

    // "Lohan" is already said by "Lindsay Lohan".
    private static bool Overlaps(string chosen, string candidate) =>
        chosen.Contains(candidate, StringComparison.OrdinalIgnoreCase) || candidate.Contains(chosen, StringComparison.OrdinalIgnoreCase);
}
