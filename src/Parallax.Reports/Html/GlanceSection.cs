using System.Text;
using Parallax.Dossier;

namespace Parallax.Reports.Html;

/// <summary>
/// The story at a glance: counts, outlets and dates, the points every outlet supports, the most contested points,
/// and what only one outlet reports.
/// </summary>
internal static class GlanceSection
{
    private const int ListLimit = 6;

    public static void Append(StringBuilder html, DossierView view)
    {
        SectionMarkup.Open(html, "glance", "The story at a glance", null);
        AppendStats(html, view);
        AppendOutlets(html, view);
        html.Append("<div class=\"glance-grid\">\n");
        AppendAgreed(html, view);
        AppendContested(html, view);
        AppendSingleSource(html, view);
        html.Append("</div>\n");
        SectionMarkup.Close(html);
    }

    private static void AppendStats(StringBuilder html, DossierView view)
    {
        var dossier = view.Dossier;
        var (first, last) = DateRange(dossier);
        var outlets = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in dossier.Articles)
        {
            outlets.Add(entry.Article.Metadata.Outlet ?? entry.Id);
        }

        html.Append("<dl class=\"stats\">\n");
        Stat(html, "Articles", dossier.Articles.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), dossier.Duplicates.IsEmpty ? null : HtmlText.Count(dossier.Duplicates.Length, "copy left out", "copies left out"));
        Stat(html, "Outlets", outlets.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), null);
        Stat(html, "Published", first is null ? "unknown" : DateSpan(first.Value, last!.Value), null);
        Stat(html, "Claims", dossier.Claims.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), dossier.Claims.IsEmpty ? null : HtmlText.Count(view.Contested().Count, "contested", "contested"));
        Stat(html, "Quotes", dossier.Quotes.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), dossier.QuoteGroups.IsEmpty ? null : HtmlText.Count(dossier.QuoteGroups.Length, "shared utterance", "shared utterances"));
        Stat(html, "People & organisations", view.Actors().Count.ToString(System.Globalization.CultureInfo.InvariantCulture), null);
        html.Append("</dl>\n");
    }

    private static void Stat(StringBuilder html, string term, string value, string? note)
    {
        html.Append("<div><dt>").Text(term).Append("</dt><dd><span class=\"big\">").Text(value).Append("</span>");
        if (note is not null)
        {
            html.Append(" <span class=\"note\">").Text(note).Append("</span>");
        }

        html.Append("</dd></div>\n");
    }

    private static void AppendOutlets(StringBuilder html, DossierView view)
    {
        if (view.Articles.IsEmpty)
        {
            SectionMarkup.Empty(html, "No article could be read, so there is nothing to compare.");
            return;
        }

        html.Append("<div class=\"scroll\"><table class=\"outlets\">\n<caption>Who covered it</caption>\n<thead><tr><th scope=\"col\">Outlet</th><th scope=\"col\">Headline</th><th scope=\"col\">By</th><th scope=\"col\">Published</th><th scope=\"col\" class=\"num\">Words</th><th scope=\"col\">On the claims</th></tr></thead>\n<tbody>\n");
        foreach (var entry in view.Articles)
        {
            var meta = entry.Article.Metadata;
            html.Append("<tr><th scope=\"row\"><a href=\"#art-").Append(HtmlText.Token(entry.Id)).Append("\">").Text(view.Label(entry.Id)).Append("</a> <span class=\"id\">")
                .Text(entry.Id).Append("</span></th><td>").Text(meta.Title ?? "(untitled)").Append("</td><td>").Text(meta.Author ?? "—").Append("</td><td>")
                .Text(meta.Published is { } date ? HtmlText.Iso(date) : "—").Append("</td><td class=\"num\">").Number(HtmlText.CountWords(entry.Article.Text)).Append("</td><td>");
            AppendStanceCounts(html, view, entry.Id);
            html.Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table></div>\n");
    }

    private static void AppendStanceCounts(StringBuilder html, DossierView view, string articleId)
    {
        int supports = 0, contradicts = 0, discusses = 0;
        foreach (var claim in view.Dossier.Claims)
        {
            if (view.PositionsByArticle(claim).TryGetValue(articleId, out var position))
            {
                switch (position.Stance)
                {
                    case Stance.Supports: supports++; break;
                    case Stance.Contradicts: contradicts++; break;
                    default: discusses++; break;
                }
            }
        }

        if (supports + contradicts + discusses == 0)
        {
            html.Append("<span class=\"muted\">no claims found</span>");
            return;
        }

        html.Append("<span class=\"counts\">");
        foreach (var (n, code) in new[] { (supports, "s"), (contradicts, "x"), (discusses, "d") })
        {
            if (n > 0)
            {
                html.Append("<span>").Number(n).Append(' ').StanceMark(code).Append("</span>");
            }
        }

        html.Append("</span>");
    }

    private static void AppendAgreed(StringBuilder html, DossierView view)
    {
        var agreed = view.Agreed();

        html.Append("<div class=\"card\">\n<h3><span class=\"sym\" aria-hidden=\"true\">✓</span> Every outlet agrees</h3>\n");
        if (agreed.Count == 0)
        {
            SectionMarkup.Empty(html, view.Dossier.Claims.IsEmpty ? "No claims were compared yet." : "No claim is supported by every outlet.");
        }
        else
        {
            AppendClaimList(html, view, agreed, null);
        }

        html.Append("</div>\n");
    }

    private static void AppendContested(StringBuilder html, DossierView view)
    {
        html.Append("<div class=\"card contested-card\">\n<h3><span class=\"sym\" aria-hidden=\"true\">✗</span> Most contested</h3>\n");
        var contested = view.Contested();
        if (contested.Count == 0)
        {
            SectionMarkup.Empty(html, view.Dossier.Claims.IsEmpty ? "No claims were compared yet." : "No outlet contradicts another on any claim found.");
        }
        else
        {
            AppendClaimList(html, view, contested, Stance.Contradicts);
        }

        html.Append("</div>\n");
    }

    private static void AppendSingleSource(StringBuilder html, DossierView view)
    {
        html.Append("<div class=\"card\">\n<h3>Only one outlet reports</h3>\n");
        var byArticle = view.SingleSource();

        if (byArticle.Count == 0)
        {
            SectionMarkup.Empty(html, view.Dossier.Claims.IsEmpty ? "No claims were compared yet." : "Every claim found appears in more than one outlet.");
        }
        else
        {
            html.Append("<dl class=\"single\">\n");
            foreach (var entry in view.Articles)
            {
                if (byArticle.TryGetValue(entry.Id, out var claims))
                {
                    html.Append("<dt>").OutletBadge(view, entry.Id).Append("</dt><dd>");
                    AppendClaimList(html, view, claims, null);
                    html.Append("</dd>\n");
                }
            }

            html.Append("</dl>\n");
        }

        html.Append("</div>\n");
    }

    private static void AppendClaimList(StringBuilder html, DossierView view, List<DossierClaim> claims, Stance? detail)
    {
        html.Append("<ul class=\"claims\">\n");
        for (var i = 0; i < claims.Count && i < ListLimit; i++)
        {
            var claim = claims[i];
            html.Append("<li>").OpenTrigger(DossierView.ClaimTargets(claim), claim.Text).Text(claim.Text).Append("</button>");
            if (detail is not null)
            {
                html.Append("<span class=\"sides\">");
                Side(html, view, claim, Stance.Supports);
                Side(html, view, claim, Stance.Contradicts);
                html.Append("</span>");
            }

            html.Append("</li>\n");
        }

        html.Append("</ul>\n");
        if (claims.Count > ListLimit)
        {
            html.Append("<p class=\"more\"><a href=\"#claims\">").Text(HtmlText.Count(claims.Count - ListLimit, "more", "more")).Append(" in the claim matrix</a></p>\n");
        }
    }

    private static void Side(StringBuilder html, DossierView view, DossierClaim claim, Stance stance)
    {
        var outlets = view.PositionsByArticle(claim).Values.Where(p => p.Stance == stance).Select(p => view.Label(p.Article)).ToList();
        if (outlets.Count > 0)
        {
            html.Append("<span>").StanceMark(DossierView.StanceCode(stance)).Append(": ").Text(string.Join(", ", outlets)).Append("</span>");
        }
    }

    /// <summary>"15 Aug 2025", "15–17 Aug 2025", "30 Jul – 2 Aug 2025" or "30 Dec 2024 – 2 Jan 2025".</summary>
    private static string DateSpan(DateOnly first, DateOnly last)
    {
        var culture = System.Globalization.CultureInfo.InvariantCulture;
        if (first == last)
        {
            return HtmlText.Readable(first);
        }

        if (first.Year != last.Year)
        {
            return $"{HtmlText.Readable(first)} – {HtmlText.Readable(last)}";
        }

        return first.Month == last.Month
            ? $"{first.Day.ToString(culture)}–{HtmlText.Readable(last)}"
            : $"{first.ToString("d MMM", culture)} – {HtmlText.Readable(last)}";
    }

    private static (DateOnly? First, DateOnly? Last) DateRange(StoryDossier dossier)
    {
        DateOnly? first = null;
        DateOnly? last = null;
        foreach (var entry in dossier.Articles)
        {
            if (entry.Article.Metadata.Published is { } date)
            {
                first = first is null || date < first ? date : first;
                last = last is null || date > last ? date : last;
            }
        }

        return (first, last);
    }
}
