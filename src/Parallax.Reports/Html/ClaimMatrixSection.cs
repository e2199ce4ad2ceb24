using System.Text;
using Parallax.Dossier;

namespace Parallax.Reports.Html;

/// <summary>
/// The claim matrix: one row per claim, one column per article (outlet), each cell the outlet's stance as a symbol
/// and a word; contested rows are marked in words and colour. Columns sort with the page's script.
/// </summary>
internal static class ClaimMatrixSection
{
    public static void Append(StringBuilder html, DossierView view)
    {
        SectionMarkup.Open(html, "claims", "Claim matrix",
            "What each outlet asserts. Select a claim or a cell to highlight its source sentences in every article; select a column heading to sort.");
        if (view.Dossier.Claims.IsEmpty)
        {
            SectionMarkup.Empty(html, "No claims were found to compare across the articles.");
            SectionMarkup.Close(html);
            return;
        }

        html.Append("<p class=\"legend\" aria-label=\"Legend\">").StanceMark("s").Append(" the outlet asserts it ")
            .StanceMark("x").Append(" asserts the opposite ").StanceMark("d").Append(" reports it without taking a side ")
            .StanceMark("-").Append(" does not mention it <span class=\"badge contested-badge\">contested</span> outlets contradict each other</p>\n");
        html.Append("<div class=\"scroll\"><table class=\"matrix sortable\">\n<caption class=\"sr-only\">Claims by outlet</caption>\n<thead><tr>");
        SortHeader(html, "Claim", numeric: false, "col-claim");
        foreach (var entry in view.Articles)
        {
            SortHeader(html, view.Label(entry.Id), numeric: true, "col-outlet");
        }

        SortHeader(html, "Support", numeric: true, "col-num");
        SortHeader(html, "Contra", numeric: true, "col-num");
        html.Append("</tr></thead>\n<tbody>\n");
        var rank = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var claim in view.Contested())
        {
            rank.TryAdd(claim.Id, rank.Count);
        }

        foreach (var claim in view.Dossier.Claims)
        {
            AppendRow(html, view, claim, rank.ContainsKey(claim.Id));
        }

        html.Append("</tbody>\n</table></div>\n");
        SectionMarkup.Close(html);
    }

    private static void SortHeader(StringBuilder html, string title, bool numeric, string cssClass)
    {
        html.Append("<th scope=\"col\" class=\"").Append(cssClass).Append('"').Append(numeric ? " data-numeric=\"\"" : string.Empty)
            .Append("><button type=\"button\" class=\"sort\">").Text(title).Append("<span class=\"arrow\" aria-hidden=\"true\"></span></button></th>");
    }

    private static void AppendRow(StringBuilder html, DossierView view, DossierClaim claim, bool contested)
    {
        var positions = view.PositionsByArticle(claim);
        html.Append("<tr").Append(contested ? " class=\"contested\"" : string.Empty).Append("><th scope=\"row\" data-sort=\"").Text(claim.Text).Append("\">")
            .OpenTrigger(DossierView.ClaimTargets(claim), claim.Text, "trigger claim-text").Text(claim.Text).Append("</button>");
        if (contested)
        {
            html.Append(" <span class=\"badge contested-badge\">contested</span>");
        }

        html.Append("</th>");
        int supports = 0, contradicts = 0;
        foreach (var entry in view.Articles)
        {
            if (!positions.TryGetValue(entry.Id, out var position))
            {
                html.Append("<td class=\"cell silent\" data-sort=\"3\">").StanceMark("-").Append("</td>");
                continue;
            }

            var code = DossierView.StanceCode(position.Stance);
            supports += position.Stance == Stance.Supports ? 1 : 0;
            contradicts += position.Stance == Stance.Contradicts ? 1 : 0;
            var evidence = view.SourceText(entry.Id, position.Span);
            var label = $"{view.Label(entry.Id)} {StanceWord(position.Stance)}: {claim.Text}";
            html.Append("<td class=\"cell c-").Append(code).Append("\" data-sort=\"").Append(SortValue(position.Stance)).Append("\">")
                .OpenTrigger(DossierView.ClaimTargets(claim), label, "trigger cell-trigger").StanceMark(code);
            if (position.AssertedBy is { } speaker)
            {
                html.Append("<span class=\"by\">via ").Text(view.EntityName(speaker)).Append("</span>");
            }

            html.Append("</button>");
            if (evidence is not null)
            {
                html.Append("<span class=\"evidence\">").Text(HtmlText.Shorten(evidence, 140)).Append("</span>");
            }

            html.Append("</td>");
        }

        html.Append("<td class=\"num\" data-sort=\"").Number(supports).Append("\">").Number(supports).Append("</td><td class=\"num\" data-sort=\"")
            .Number(contradicts).Append("\">").Number(contradicts).Append("</td></tr>\n");
    }

    private static string StanceWord(Stance stance) => stance switch
    {
        Stance.Supports => "supports",
        Stance.Contradicts => "contradicts",
        _ => "discusses",
    };

    /// <summary>Sorting an outlet column puts contradictions first, then support, then mere discussion, then silence.</summary>
    private static char SortValue(Stance stance) => stance switch
    {
        Stance.Contradicts => '0',
        Stance.Supports => '1',
        _ => '2',
    };
}
