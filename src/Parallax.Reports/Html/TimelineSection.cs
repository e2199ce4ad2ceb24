using System.Text;

namespace Parallax.Reports.Html;

/// <summary>The timeline: a chart of the dated events by outlet, and the same events as a table (with the undated ones).</summary>
internal static class TimelineSection
{
    public static void Append(StringBuilder html, DossierView view)
    {
        SectionMarkup.Open(html, "timeline", "Timeline",
            "When things happened, as each outlet dates them. Select a mark or a row to highlight the date and its event in the article.");
        var entries = view.Dossier.Timeline.Select((e, i) => (Index: i, Entry: e)).Where(p => view.HasArticle(p.Entry.Article)).ToList();
        if (entries.Count == 0)
        {
            SectionMarkup.Empty(html, "No dated events were found.");
            SectionMarkup.Close(html);
            return;
        }

        var dated = entries.Where(p => p.Entry.Date is not null).ToList();
        if (dated.Count > 0)
        {
            html.Append("<figure class=\"chart\">\n");
            TimelineChart.Append(html, view, dated);
            html.Append("<figcaption>Dots are single days, bars are periods (“last week”). Each lane is one outlet.</figcaption>\n</figure>\n");
        }

        var outlets = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (_, entry) in entries)
        {
            if (entry.EventId is { } id)
            {
                if (!outlets.TryGetValue(id, out var set))
                {
                    outlets[id] = set = new HashSet<string>(StringComparer.Ordinal);
                }

                set.Add(entry.Article);
            }
        }

        html.Append("<details class=\"fold\"").Append(dated.Count == 0 ? " open" : string.Empty).Append("><summary><h3>All dated events <span class=\"count\">")
            .Number(entries.Count).Append("</span></h3></summary>\n<div class=\"scroll\"><table class=\"events\">\n<thead><tr><th scope=\"col\">Date</th><th scope=\"col\">Outlet</th><th scope=\"col\">Words</th><th scope=\"col\">Event</th><th scope=\"col\">Told by</th></tr></thead>\n<tbody>\n");
        foreach (var (index, entry) in entries)
        {
            html.Append("<tr><td>").Text(entry.Date is { } date ? HtmlText.Iso(date) + (entry.DateEnd is { } end && end > date ? " – " + HtmlText.Iso(end) : string.Empty) : "undated")
                .Append("</td><td>").OutletBadge(view, entry.Article).Append("</td><td>")
                .OpenTrigger(TimelineChart.Targets(index, entry), TimelineChart.Describe(view, entry), "trigger small").Text(entry.Expression).Append("</button></td><td>")
                .Text(entry.Event is null ? "—" : HtmlText.Shorten(entry.Event, 200)).Append("</td><td>");
            if (entry.EventId is { } id && outlets.TryGetValue(id, out var tellers))
            {
                html.Text(HtmlText.Count(tellers.Count, "outlet", "outlets"));
            }
            else
            {
                html.Append("<span class=\"muted\">—</span>");
            }

            html.Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table></div>\n</details>\n");
        SectionMarkup.Close(html);
    }
}
