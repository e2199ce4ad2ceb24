using System.Security.Cryptography;
using System.Text;
using Parallax.Dossier;

namespace Parallax.Reports.Html;

/// <summary>
/// Renders a <see cref="StoryDossier"/> as one self-contained HTML file that works offline: the story at a glance,
/// the claim matrix, quotes, people and organisations, framing, a timeline and the articles, where selecting any
/// item highlights its exact source characters. Inline CSS, SVG and one script only; a Content-Security-Policy
/// forbids every external load and inline event handlers (the script and style are allowed by hash); all article
/// text, metadata and URLs are escaped, and only http(s) URLs become links. Every section degrades to a short note
/// when the analysis left it empty. Stateless and thread-safe.
/// </summary>
public static class DossierHtmlWriter
{
    /// <summary>The CSP source of the page's one inline script (<c>sha256-…</c>), for a page that frames a dossier.</summary>
    public static string ScriptHash { get; } = Hash(DossierScript.Source);

    /// <summary>The Content-Security-Policy the page declares: nothing loads from anywhere; only the page's own script and style run.</summary>
    public static string ContentSecurityPolicy { get; } =
        $"default-src 'none'; script-src '{ScriptHash}'; style-src '{Hash(DossierStyles.Source)}'; " +
        "img-src 'none'; font-src 'none'; connect-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'";

    /// <summary>The dossier as an HTML document.</summary>
    public static string Render(StoryDossier dossier)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        var view = new DossierView(dossier);
        var html = new StringBuilder(256 * 1024);
        var subject = Subject(view);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"").Append(ContentSecurityPolicy).Append("\">\n")
            .Append("<meta name=\"referrer\" content=\"no-referrer\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta name=\"generator\" content=\"Parallax\">\n")
            .Append("<title>").Text(subject).Append(" — Parallax dossier</title>\n<style>").Append(DossierStyles.Source).Append("</style>\n</head>\n<body>\n")
            .Append("<a class=\"skip\" href=\"#main\">Skip to the dossier</a>\n");
        AppendMasthead(html, view, subject);
        html.Append("<nav class=\"toc\" aria-label=\"Sections\"><ul>")
            .Append("<li><a href=\"#glance\">At a glance</a></li><li><a href=\"#claims\">Claims</a></li><li><a href=\"#quotes\">Quotes</a></li>")
            .Append("<li><a href=\"#entities\">People &amp; organisations</a></li><li><a href=\"#framing\">Framing</a></li>")
            .Append("<li><a href=\"#timeline\">Timeline</a></li><li><a href=\"#articles\">Articles</a></li></ul></nav>\n")
            .Append("<main id=\"main\">\n");
        GlanceSection.Append(html, view);
        ClaimMatrixSection.Append(html, view);
        QuotesSection.Append(html, view);
        EntitiesSection.Append(html, view);
        FramingSection.Append(html, view);
        TimelineSection.Append(html, view);
        ArticlesSection.Append(html, view);
        html.Append("</main>\n")
            .Append("<div id=\"selection\" class=\"selection\" role=\"status\" hidden><span id=\"selection-text\"></span>")
            .Append("<a href=\"#articles\">Go to the articles ↓</a><button type=\"button\" id=\"selection-clear\">Clear</button></div>\n")
            .Append("<footer class=\"page\"><div class=\"wrap\"><p>Made by Parallax from ").Text(HtmlText.Count(dossier.Articles.Length, "article", "articles"))
            .Append(" (schema ").Text(StoryDossier.Schema).Append("). Every item points to the exact characters of the articles it comes from; the articles are shown as extracted, with what was removed listed under each. Press Esc to clear a highlight.</p></div></footer>\n")
            .Append("<script>").Append(DossierScript.Source).Append("</script>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void AppendMasthead(StringBuilder html, DossierView view, string subject)
    {
        var dossier = view.Dossier;
        html.Append("<header class=\"masthead\"><div class=\"wrap\"><div><p class=\"brand\">Parallax · story dossier</p><h1>").Text(subject).Append("</h1>\n<p class=\"sub\">")
            .Text(HtmlText.Count(dossier.Articles.Length, "article", "articles")).Append(" compared");
        var titled = dossier.Articles.FirstOrDefault(a => !string.IsNullOrWhiteSpace(a.Article.Metadata.Title));
        if (titled is not null)
        {
            html.Append(" · first headline: “").Text(HtmlText.Shorten(titled.Article.Metadata.Title!, 110)).Append('”');
        }

        html.Append("</p></div></div></header>\n");
    }

    /// <summary>What the story is about: its three most mentioned people and organisations, else a plain title.</summary>
    private static string Subject(DossierView view)
    {
        var names = view.Actors().Take(3).Select(e => e.Name).ToList();
        return names.Count == 0 ? "Story dossier" : string.Join(", ", names);
    }

    private static string Hash(string source) => "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(source)));
}
