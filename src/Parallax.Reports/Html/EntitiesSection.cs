using System.Text;
using Parallax.Dossier;
using Parallax.Language.Entities;

namespace Parallax.Reports.Html;

/// <summary>
/// People and organisations (then places and other names, folded away): each with the spellings the outlets use,
/// the evidence for every merge of spellings, where it is mentioned, and the pairs that may be the same but were kept apart.
/// </summary>
internal static class EntitiesSection
{
    public static void Append(StringBuilder html, DossierView view)
    {
        SectionMarkup.Open(html, "entities", "People and organisations",
            "Names resolved across the articles, with each outlet's spelling. Select a name to highlight every mention.");
        var dossier = view.Dossier;
        if (dossier.Entities.IsEmpty)
        {
            SectionMarkup.Empty(html, "No people or organisations were resolved across the articles.");
            SectionMarkup.Close(html);
            return;
        }

        var ordered = dossier.Entities.OrderByDescending(e => e.Mentions.Length).ThenBy(e => e.Name, StringComparer.Ordinal).ToList();
        AppendTable(html, view, "People", ordered.Where(e => e.Type == EntityType.Person).ToList(), open: true);
        AppendTable(html, view, "Organisations", ordered.Where(e => e.Type == EntityType.Organization).ToList(), open: true);
        AppendTable(html, view, "Places", ordered.Where(e => e.Type == EntityType.Place).ToList(), open: false);
        AppendTable(html, view, "Other names", ordered.Where(e => e.Type == EntityType.Other).ToList(), open: false);
        AppendPossibleMatches(html, view);
        SectionMarkup.Close(html);
    }

    private static void AppendTable(StringBuilder html, DossierView view, string title, List<DossierEntity> entities, bool open)
    {
        if (entities.Count == 0)
        {
            return;
        }

        html.Append(open ? "<details class=\"fold\" open>" : "<details class=\"fold\">").Append("<summary><h3>").Text(title).Append(" <span class=\"count\">")
            .Number(entities.Count).Append("</span></h3></summary>\n<div class=\"scroll\"><table class=\"entities\">\n<thead><tr><th scope=\"col\">Name</th><th scope=\"col\">Also written</th><th scope=\"col\">Mentions</th><th scope=\"col\">Why spellings were merged</th></tr></thead>\n<tbody>\n");
        foreach (var entity in entities)
        {
            html.Append("<tr><th scope=\"row\">").OpenTrigger(HtmlText.Token(entity.Id), entity.Name, "trigger entity-name").Text(entity.Name).Append("</button></th><td>");
            if (entity.Aliases.IsEmpty)
            {
                html.Append("<span class=\"muted\">—</span>");
            }
            else
            {
                html.Append("<ul class=\"chips\">");
                foreach (var alias in entity.Aliases)
                {
                    html.Append("<li>").Text(alias).Append("</li>");
                }

                html.Append("</ul>");
            }

            html.Append("</td><td>");
            AppendMentionCounts(html, view, entity);
            html.Append("</td><td>");
            AppendMerges(html, entity);
            html.Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table></div>\n</details>\n");
    }

    private static void AppendMentionCounts(StringBuilder html, DossierView view, DossierEntity entity)
    {
        var counts = DossierView.MentionsByArticle(entity);
        html.Append("<span class=\"total\">").Number(entity.Mentions.Length).Append("</span> <span class=\"per-outlet\">");
        var first = true;
        foreach (var entry in view.Articles)
        {
            if (counts.TryGetValue(entry.Id, out var n))
            {
                html.Append(first ? string.Empty : ", ").Text(view.Label(entry.Id)).Append(" ×").Number(n);
                first = false;
            }
        }

        html.Append("</span>");
    }

    private static void AppendMerges(StringBuilder html, DossierEntity entity)
    {
        if (entity.Merges.IsEmpty)
        {
            html.Append("<span class=\"muted\">—</span>");
            return;
        }

        html.Append("<ul class=\"merges\">");
        foreach (var merge in entity.Merges)
        {
            html.Append("<li><strong>").Text(merge.Alias).Append("</strong>: ").Text(merge.Evidence).Append("</li>");
        }

        html.Append("</ul>");
    }

    private static void AppendPossibleMatches(StringBuilder html, DossierView view)
    {
        if (view.Dossier.PossibleMatches.IsEmpty)
        {
            return;
        }

        html.Append("<h3>Possibly the same, kept apart</h3>\n<ul class=\"possible\">\n");
        foreach (var match in view.Dossier.PossibleMatches)
        {
            html.Append("<li>").OpenTrigger(HtmlText.Token(match.First) + " " + HtmlText.Token(match.Second), $"{view.EntityName(match.First)} / {view.EntityName(match.Second)}", "trigger small")
                .Text(view.EntityName(match.First)).Append(" <span aria-hidden=\"true\">↔</span><span class=\"sr-only\">and</span> ").Text(view.EntityName(match.Second))
                .Append("</button> <span class=\"muted\">").Text(match.Evidence).Append("</span></li>\n");
        }

        html.Append("</ul>\n");
    }
}
