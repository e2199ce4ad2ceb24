using System.Text;
using Parallax.Reports.Html;
using static Parallax.Reports.Markdown.MarkdownText;

namespace Parallax.Reports.Markdown;

/// <summary>Framing per outlet: tone toward each actor (−1 hostile … +1 favourable) and loaded terms.</summary>
internal static class FramingMarkdown
{
    public static void Append(StringBuilder md, DossierView view)
    {
        md.Append("## Framing by outlet\n\n");
        var framings = view.Dossier.Outlets.Where(o => view.HasArticle(o.Article)).ToList();
        if (framings.Count == 0)
        {
            md.Append("No framing was measured for these articles.\n\n");
            return;
        }

        md.Append("| outlet | tone toward actors (−1 hostile … +1 favourable) | loaded terms |\n|---|---|---|\n");
        foreach (var framing in framings)
        {
            var tones = framing.ToneByEntity.OrderBy(p => p.Value).Select(p => $"{view.EntityName(p.Key)} {ToneChart.Signed(p.Value)}");
            md.Append("| ").Append(Cell(view.Label(framing.Article))).Append(" | ").Append(Cell(string.Join(", ", tones))).Append(" | ")
              .Append(Cell(string.Join(", ", framing.LoadedTerms))).Append(" |\n");
        }

        md.Append('\n');
    }
}
