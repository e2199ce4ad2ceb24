using System.Text;

namespace Parallax.Reports.Html;

/// <summary>Markup shared by the dossier's sections: headings, empty states, highlight buttons, stance marks.</summary>
internal static class SectionMarkup
{
    public static void Open(StringBuilder html, string id, string title, string? intro)
    {
        html.Append("<section class=\"panel\" id=\"").Append(id).Append("\" aria-labelledby=\"").Append(id).Append("-h\">\n<h2 id=\"")
            .Append(id).Append("-h\">").Text(title).Append("</h2>\n");
        if (intro is not null)
        {
            html.Append("<p class=\"intro\">").Text(intro).Append("</p>\n");
        }
    }

    public static void Close(StringBuilder html) => html.Append("</section>\n");

    /// <summary>The quiet message a section shows when the analysis found nothing for it.</summary>
    public static void Empty(StringBuilder html, string message) =>
        html.Append("<p class=\"empty\">").Text(message).Append("</p>\n");

    /// <summary>
    /// Opens a button that highlights the source characters of <paramref name="targets"/> (space-separated keys) in
    /// every article; <paramref name="label"/> names the item in the status bar. The caller writes the content and
    /// <c>&lt;/button&gt;</c>.
    /// </summary>
    public static StringBuilder OpenTrigger(this StringBuilder html, string targets, string label, string cssClass = "trigger") =>
        html.Append("<button type=\"button\" class=\"").Append(cssClass).Append("\" aria-pressed=\"false\" data-targets=\"").Text(targets)
            .Append("\" data-label=\"").Text(HtmlText.Shorten(label, 120)).Append("\">");

    /// <summary>A stance as a symbol and a word, so it reads without colour.</summary>
    public static StringBuilder StanceMark(this StringBuilder html, string code)
    {
        var (symbol, word) = code switch
        {
            "s" => ("✓", "supports"),
            "x" => ("✗", "contradicts"),
            "d" => ("?", "discusses"),
            _ => ("·", "silent"),
        };
        return html.Append("<span class=\"st st-").Append(code).Append("\"><span class=\"sym\" aria-hidden=\"true\">").Append(symbol)
            .Append("</span> ").Append(word).Append("</span>");
    }

    /// <summary>An outlet badge: its label with the article id.</summary>
    public static StringBuilder OutletBadge(this StringBuilder html, DossierView view, string articleId) =>
        html.Append("<span class=\"outlet\">").Text(view.Label(articleId)).Append("</span>");
}
