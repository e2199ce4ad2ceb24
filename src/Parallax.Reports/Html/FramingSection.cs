using System.Text;
using Parallax.Dossier;

namespace Parallax.Reports.Html;

/// <summary>Framing per outlet: tone toward each main actor as a small chart, and the loaded terms it uses.</summary>
internal static class FramingSection
{
    private const int MaxActors = 6;

    public static void Append(StringBuilder html, DossierView view)
    {
        SectionMarkup.Open(html, "framing", "Framing by outlet",
            "How each outlet writes about the main actors (tone from −1 hostile to +1 favourable) and the judgement-laden words it uses.");
        var framings = view.Dossier.Outlets.Where(o => view.HasArticle(o.Article)).ToList();
        if (framings.Count == 0)
        {
            SectionMarkup.Empty(html, "No framing was measured for these articles.");
            SectionMarkup.Close(html);
            return;
        }

        var actors = MainActors(view, framings);
        html.Append("<div class=\"framing-grid\">\n");
        foreach (var framing in framings)
        {
            var label = view.Label(framing.Article);
            html.Append("<article class=\"card framing\">\n<h3>").Text(label).Append(" <span class=\"id\">").Text(framing.Article).Append("</span></h3>\n");
            if (actors.Count > 0)
            {
                var rows = actors.Select(a => (view.EntityName(a), framing.ToneByEntity.TryGetValue(a, out var t) ? (double?)t : null)).ToList();
                ToneChart.Append(html, $"Tone of {label} toward the main actors", rows);
            }
            else
            {
                SectionMarkup.Empty(html, "No tone toward any actor was measured.");
            }

            html.Append("<h4>Loaded terms</h4>\n");
            if (framing.LoadedTerms.IsEmpty)
            {
                SectionMarkup.Empty(html, "None found.");
            }
            else
            {
                html.Append("<ul class=\"chips loaded\">");
                foreach (var term in framing.LoadedTerms)
                {
                    html.Append("<li>").Text(term).Append("</li>");
                }

                html.Append("</ul>\n");
            }

            html.Append("</article>\n");
        }

        html.Append("</div>\n");
        SectionMarkup.Close(html);
    }

    /// <summary>The actors with a measured tone in any outlet: people and organisations first by mentions, then any other id.</summary>
    private static List<string> MainActors(DossierView view, List<OutletFraming> framings)
    {
        var measured = new HashSet<string>(StringComparer.Ordinal);
        foreach (var framing in framings)
        {
            measured.UnionWith(framing.ToneByEntity.Keys);
        }

        var result = new List<string>();
        foreach (var actor in view.Actors())
        {
            if (measured.Remove(actor.Id) && result.Count < MaxActors)
            {
                result.Add(actor.Id);
            }
        }

        foreach (var id in measured.Order(StringComparer.Ordinal))
        {
            if (result.Count < MaxActors)
            {
                result.Add(id);
            }
        }

        return result;
    }
}
