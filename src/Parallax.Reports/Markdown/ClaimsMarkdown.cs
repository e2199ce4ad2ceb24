using System.Text;
using Parallax.Dossier;
using Parallax.Reports.Html;
using static Parallax.Reports.Markdown.MarkdownText;

namespace Parallax.Reports.Markdown;

/// <summary>The claim matrix as a table: ✓ supports, ✗ contradicts, ? discusses, · silent; contested claims flagged.</summary>
internal static class ClaimsMarkdown
{
    public static void Append(StringBuilder md, DossierView view)
    {
        md.Append("## Claim matrix\n\n");
        if (view.Dossier.Claims.IsEmpty)
        {
            md.Append("No claims were found to compare across the articles.\n\n");
            return;
        }

        md.Append("✓ supports · ✗ contradicts · ? discusses · · silent. **CONTESTED** marks claims outlets contradict each other on.\n\n| claim |");
        foreach (var entry in view.Articles)
        {
            md.Append(' ').Append(Cell(view.Label(entry.Id))).Append(" |");
        }

        md.Append("\n|---|").Append(string.Concat(Enumerable.Repeat("---|", view.Articles.Length))).Append('\n');
        foreach (var claim in view.Dossier.Claims)
        {
            var positions = view.PositionsByArticle(claim);
            md.Append("| ").Append(DossierView.IsContested(claim) ? "**CONTESTED** " : string.Empty).Append(Cell(claim.Text)).Append(" |");
            foreach (var entry in view.Articles)
            {
                md.Append(' ').Append(positions.TryGetValue(entry.Id, out var p) ? Mark(p.Stance) : "· silent").Append(" |");
            }

            md.Append('\n');
        }

        md.Append('\n');
    }

    private static string Mark(Stance stance) => stance switch
    {
        Stance.Supports => "✓ supports",
        Stance.Contradicts => "✗ contradicts",
        _ => "? discusses",
    };
}
