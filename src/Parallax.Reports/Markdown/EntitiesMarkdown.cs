using System.Text;
using Parallax.Reports.Json;
using Parallax.Reports.Html;
using static Parallax.Reports.Markdown.MarkdownText;

namespace Parallax.Reports.Markdown;

/// <summary>People, organisations and other names with their spellings, merge evidence and possible matches.</summary>
internal static class EntitiesMarkdown
{
    public static void Append(StringBuilder md, DossierView view)
    {
        md.Append("## People and organisations\n\n");
        if (view.Dossier.Entities.IsEmpty)
        {
            md.Append("No people or organisations were resolved across the articles.\n\n");
            return;
        }

        md.Append("| name | type | also written | mentions | merge evidence |\n|---|---|---|---|---|\n");
        foreach (var entity in view.Dossier.Entities.OrderByDescending(e => e.Mentions.Length))
        {
            md.Append("| ").Append(Cell(entity.Name)).Append(" | ").Append(EntitiesJson.TypeName(entity.Type)).Append(" | ")
              .Append(Cell(string.Join(", ", entity.Aliases))).Append(" | ").Append(entity.Mentions.Length).Append(" | ")
              .Append(Cell(string.Join("; ", entity.Merges.Select(m => $"{m.Alias}: {m.Evidence}")))).Append(" |\n");
        }

        md.Append('\n');
        if (!view.Dossier.PossibleMatches.IsEmpty)
        {
            md.Append("Possibly the same, kept apart:\n\n");
            foreach (var match in view.Dossier.PossibleMatches)
            {
                md.Append("- ").Append(Inline(view.EntityName(match.First))).Append(" / ").Append(Inline(view.EntityName(match.Second))).Append(": ").Append(Inline(match.Evidence)).Append('\n');
            }

            md.Append('\n');
        }
    }
}
