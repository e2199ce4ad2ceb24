using System.Text;
using Parallax.Comparison.Duplicates;
using Parallax.Dossier;
using Parallax.Model;

namespace Parallax.Reports.Html;

/// <summary>
/// The articles side by side, as extracted, with every item's source characters marked so a selection elsewhere
/// highlights them here; then the duplicates left out.
/// </summary>
internal static class ArticlesSection
{
    public static void Append(StringBuilder html, DossierView view)
    {
        SectionMarkup.Open(html, "articles", "Articles side by side",
            "The text of each article exactly as compared; highlighted passages are the sources of what you selected.");
        if (view.Articles.IsEmpty)
        {
            SectionMarkup.Empty(html, "No article could be read.");
        }
        else
        {
            html.Append("<p class=\"legend\" aria-label=\"Highlight styles\"><span class=\"swatch sw-s\">selected or supporting</span> ")
                .Append("<span class=\"swatch sw-x\">contradicting</span> <span class=\"swatch sw-d\">discussing</span> ")
                .Append("<span class=\"swatch sw-w\">speaker</span> <span class=\"swatch sw-ev\">dated event</span> Click marked text to select what it belongs to.</p>\n");
        }

        html.Append("<div class=\"columns\">\n");
        foreach (var entry in view.Articles)
        {
            AppendArticle(html, view, entry);
        }

        html.Append("</div>\n");
        AppendDuplicates(html, view.Dossier);
        SectionMarkup.Close(html);
    }

    private static void AppendArticle(StringBuilder html, DossierView view, DossierArticle entry)
    {
        var article = entry.Article;
        var meta = article.Metadata;
        var id = "art-" + HtmlText.Token(entry.Id);
        html.Append("<article class=\"source\" id=\"").Append(id).Append("\" data-article=\"").Append(HtmlText.Token(entry.Id)).Append("\" aria-labelledby=\"").Append(id).Append("-h\">\n")
            .Append("<header><p class=\"kicker\"><span class=\"outlet\">").Text(view.Label(entry.Id)).Append("</span> <span class=\"id\">").Text(entry.Id)
            .Append("</span> <span class=\"hits\" aria-live=\"polite\"></span></p>\n<h3 id=\"").Append(id).Append("-h\">").Text(meta.Title ?? "(untitled)").Append("</h3>\n<dl class=\"meta\">");
        Term(html, "By", meta.Author);
        Term(html, "Published", meta.Published is { } date ? HtmlText.Iso(date) : null);
        Term(html, "Language", meta.Language);
        html.Append("<dt>Source</dt><dd>");
        if (meta.Url is not null)
        {
            html.Link(meta.Url);
        }
        else
        {
            html.Append("<span title=\"").Text(article.Source).Append("\">").Text(ShortSource(article.Source)).Append("</span>");
        }

        html.Append("</dd></dl></header>\n");
        AppendDiagnostics(html, article);
        html.Append("<div class=\"text\" tabindex=\"0\" role=\"region\" aria-label=\"").Text($"Text of {view.Label(entry.Id)}").Append("\">\n");
        SourceMarkup.Append(html, article.Text, view.Marks(entry.Id));
        html.Append("</div>\n");
        AppendRemoved(html, article);
        html.Append("</article>\n");
    }

    /// <summary>The file name of a path (the whole source when it has none), so long paths do not crowd the column.</summary>
    private static string ShortSource(string source)
    {
        var cut = source.LastIndexOfAny(['/', '\\']);
        return cut >= 0 && cut < source.Length - 1 ? source[(cut + 1)..] : source;
    }

    private static void Term(StringBuilder html, string term, string? value)
    {
        if (value is not null)
        {
            html.Append("<dt>").Text(term).Append("</dt><dd>").Text(value).Append("</dd>");
        }
    }

    private static void AppendDiagnostics(StringBuilder html, Article article)
    {
        if (article.Diagnostics.IsEmpty)
        {
            return;
        }

        html.Append("<ul class=\"diagnostics\" aria-label=\"Problems met while reading\">\n");
        foreach (var diagnostic in article.Diagnostics)
        {
            var severity = diagnostic.Severity switch
            {
                DiagnosticSeverity.Info => "info",
                DiagnosticSeverity.Warning => "warning",
                _ => "error",
            };
            html.Append("<li class=\"").Append(severity).Append("\"><strong>").Append(severity).Append(":</strong> ").Text(diagnostic.Message).Append("</li>\n");
        }

        html.Append("</ul>\n");
    }

    private static void AppendRemoved(StringBuilder html, Article article)
    {
        if (article.Removed.IsEmpty)
        {
            return;
        }

        html.Append("<details class=\"removed\"><summary>Removed from the input (").Number(article.Removed.Length).Append(")</summary>\n<ul>\n");
        foreach (var removed in article.Removed)
        {
            html.Append("<li><span class=\"reason\">").Text(removed.Reason).Append("</span> <q>").Text(HtmlText.Shorten(removed.Text, 300)).Append("</q></li>\n");
        }

        html.Append("</ul>\n</details>\n");
    }

    private static void AppendDuplicates(StringBuilder html, StoryDossier dossier)
    {
        if (dossier.Duplicates.IsEmpty)
        {
            return;
        }

        html.Append("<h3 id=\"duplicates\">Duplicates left out</h3>\n<div class=\"scroll\"><table>\n")
            .Append("<thead><tr><th scope=\"col\">Input</th><th scope=\"col\">Copy of</th><th scope=\"col\">Kind</th><th scope=\"col\">Similarity</th></tr></thead>\n<tbody>\n");
        foreach (var note in dossier.Duplicates)
        {
            html.Append("<tr><td>").Text(note.Source).Append("</td><td><a href=\"#art-").Append(HtmlText.Token(note.KeptArticle)).Append("\">").Text(note.KeptArticle)
                .Append("</a></td><td>").Append(note.Kind == DuplicateKind.Exact ? "exact" : "near").Append("</td><td>")
                .Text(note.Similarity.ToString("P0", System.Globalization.CultureInfo.InvariantCulture)).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table></div>\n");
    }
}
