using System.Globalization;
using System.Net;
using System.Text;
using Parallax.Comparison.Duplicates;
using Parallax.Dossier;
using Parallax.Model;

namespace Parallax.Reports.Html;

/// <summary>
/// Renders a <see cref="StoryDossier"/> as one self-contained HTML file: no external fonts, scripts or images,
/// a Content-Security-Policy that forbids loading anything, every piece of article text escaped.
/// Stateless and thread-safe.
/// </summary>
public static class DossierHtmlWriter
{
    /// <summary>The Content-Security-Policy the page declares: nothing external, no scripts at all.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

    /// <summary>The dossier as an HTML document.</summary>
    public static string Render(StoryDossier dossier)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        var html = new StringBuilder(64 * 1024);
        var title = StoryTitle(dossier);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"").Append(ContentSecurityPolicy).Append("\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta name=\"generator\" content=\"Parallax\">\n")
            .Append("<title>").Append(Escape(title)).Append(" — Parallax dossier</title>\n<style>").Append(Css).Append("</style>\n</head>\n<body>\n");
        html.Append("<a class=\"skip\" href=\"#articles\">Skip to the articles</a>\n<header>\n<h1>").Append(Escape(title)).Append("</h1>\n");
        AppendSummary(html, dossier);
        html.Append("</header>\n<main>\n");
        AppendArticles(html, dossier);
        AppendDuplicates(html, dossier);
        html.Append("</main>\n<footer><p>Made by Parallax. Schema ").Append(StoryDossier.Schema)
            .Append(". Every article is shown as extracted; what was removed is listed under each one.</p></footer>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static string StoryTitle(StoryDossier dossier)
    {
        foreach (var entry in dossier.Articles)
        {
            if (!string.IsNullOrWhiteSpace(entry.Article.Metadata.Title))
            {
                return entry.Article.Metadata.Title!;
            }
        }

        return "Story dossier";
    }

    private static void AppendSummary(StringBuilder html, StoryDossier dossier)
    {
        var outlets = new SortedSet<string>(StringComparer.OrdinalIgnoreCase);
        DateOnly? first = null;
        DateOnly? last = null;
        var words = 0;
        foreach (var entry in dossier.Articles)
        {
            var meta = entry.Article.Metadata;
            if (meta.Outlet is not null)
            {
                outlets.Add(meta.Outlet);
            }

            if (meta.Published is { } date)
            {
                first = first is null || date < first ? date : first;
                last = last is null || date > last ? date : last;
            }

            words += CountWords(entry.Article.Text);
        }

        html.Append("<section aria-labelledby=\"glance\" class=\"glance\">\n<h2 id=\"glance\">At a glance</h2>\n<dl>\n");
        Term(html, "Articles", dossier.Articles.Length.ToString(CultureInfo.InvariantCulture));
        Term(html, "Outlets", outlets.Count == 0 ? "unknown" : string.Join(", ", outlets));
        Term(html, "Dates", first is null ? "unknown" : first == last ? Iso(first) : $"{Iso(first)} to {Iso(last)}");
        Term(html, "Words", words.ToString("N0", CultureInfo.InvariantCulture));
        Term(html, "Duplicates left out", dossier.Duplicates.Length.ToString(CultureInfo.InvariantCulture));
        html.Append("</dl>\n</section>\n");
    }

    private static void AppendArticles(StringBuilder html, StoryDossier dossier)
    {
        html.Append("<section aria-labelledby=\"articles\">\n<h2 id=\"articles\">Articles side by side</h2>\n<div class=\"columns\">\n");
        foreach (var entry in dossier.Articles)
        {
            var article = entry.Article;
            var meta = article.Metadata;
            html.Append("<article id=\"").Append(Escape(entry.Id)).Append("\" aria-labelledby=\"").Append(Escape(entry.Id)).Append("-title\">\n")
                .Append("<h3 id=\"").Append(Escape(entry.Id)).Append("-title\"><span class=\"id\">").Append(Escape(entry.Id)).Append("</span> ")
                .Append(Escape(meta.Title ?? "(untitled)")).Append("</h3>\n<dl class=\"meta\">\n");
            Term(html, "Outlet", meta.Outlet ?? "unknown");
            Term(html, "Author", meta.Author ?? "unknown");
            Term(html, "Published", meta.Published is null ? "unknown" : Iso(meta.Published));
            Term(html, "Language", meta.Language ?? "unknown");
            Term(html, "Source", article.Source);
            if (meta.Url is not null)
            {
                html.Append("<dt>URL</dt><dd>");
                AppendLink(html, meta.Url);
                html.Append("</dd>\n");
            }

            html.Append("</dl>\n");
            AppendDiagnostics(html, article);
            html.Append("<div class=\"text\">\n");
            foreach (var paragraph in article.Text.Split("\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                html.Append("<p>").Append(Escape(paragraph)).Append("</p>\n");
            }

            html.Append("</div>\n");
            AppendRemoved(html, article);
            html.Append("</article>\n");
        }

        html.Append("</div>\n</section>\n");
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
            var severity = ContractSeverity(diagnostic.Severity);
            html.Append("<li class=\"").Append(severity).Append("\"><strong>").Append(severity).Append(":</strong> ")
                .Append(Escape(diagnostic.Message)).Append("</li>\n");
        }

        html.Append("</ul>\n");
    }

    private static void AppendRemoved(StringBuilder html, Article article)
    {
        if (article.Removed.IsEmpty)
        {
            return;
        }

        html.Append("<details class=\"removed\"><summary>Removed from the input (")
            .Append(article.Removed.Length.ToString(CultureInfo.InvariantCulture)).Append(")</summary>\n<ul>\n");
        foreach (var removed in article.Removed)
        {
            html.Append("<li><span class=\"reason\">").Append(Escape(removed.Reason)).Append("</span> <q>")
                .Append(Escape(removed.Text)).Append("</q></li>\n");
        }

        html.Append("</ul>\n</details>\n");
    }

    private static void AppendDuplicates(StringBuilder html, StoryDossier dossier)
    {
        if (dossier.Duplicates.IsEmpty)
        {
            return;
        }

        html.Append("<section aria-labelledby=\"duplicates\">\n<h2 id=\"duplicates\">Duplicates left out</h2>\n<table>\n")
            .Append("<thead><tr><th scope=\"col\">Input</th><th scope=\"col\">Copy of</th><th scope=\"col\">Kind</th><th scope=\"col\">Similarity</th></tr></thead>\n<tbody>\n");
        foreach (var note in dossier.Duplicates)
        {
            html.Append("<tr><td>").Append(Escape(note.Source)).Append("</td><td><a href=\"#").Append(Escape(note.KeptArticle)).Append("\">")
                .Append(Escape(note.KeptArticle)).Append("</a></td><td>").Append(note.Kind == DuplicateKind.Exact ? "exact" : "near")
                .Append("</td><td>").Append(note.Similarity.ToString("P0", CultureInfo.InvariantCulture)).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n</section>\n");
    }

    /// <summary>Emits a link only for http(s) URLs; anything else (javascript:, data:, …) is shown as plain text.</summary>
    private static void AppendLink(StringBuilder html, string url)
    {
        if (Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
        {
            html.Append("<a rel=\"noopener noreferrer nofollow\" href=\"").Append(Escape(uri.AbsoluteUri)).Append("\">").Append(Escape(url)).Append("</a>");
        }
        else
        {
            html.Append(Escape(url));
        }
    }

    private static void Term(StringBuilder html, string term, string value) =>
        html.Append("<dt>").Append(Escape(term)).Append("</dt><dd>").Append(Escape(value)).Append("</dd>\n");

    private static string Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;

    private static string ContractSeverity(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Info => "info",
        DiagnosticSeverity.Warning => "warning",
        _ => "error",
    };

    private static int CountWords(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord)
            {
                count++;
            }

            inWord = letter;
        }

        return count;
    }

    /// <summary>HTML-escapes text for element content and quoted attribute values.</summary>
    internal static string Escape(string text) => WebUtility.HtmlEncode(text);

    private const string Css = """

        :root { --ink:#1d1d1f; --muted:#5b5b66; --line:#d8d8de; --paper:#fff; --tint:#f4f4f7; --accent:#1f4e9c; }
        * { box-sizing: border-box; }
        body { margin:0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color:var(--ink); background:var(--tint); }
        .skip { position:absolute; left:-999px; } .skip:focus { left:1rem; top:1rem; background:#fff; padding:.5rem; }
        header, main, footer { max-width: 100%; padding: 0 1.5rem; }
        header h1 { font-size:1.6rem; margin:1.2rem 0 .5rem; }
        .glance dl { display:grid; grid-template-columns: max-content 1fr; gap:.2rem 1rem; margin:0 0 1rem; }
        dt { font-weight:600; color:var(--muted); } dd { margin:0; overflow-wrap:anywhere; }
        .columns { display:grid; grid-auto-flow:column; grid-auto-columns:minmax(22rem, 1fr); gap:1rem; overflow-x:auto; padding-bottom:1rem; }
        article { background:var(--paper); border:1px solid var(--line); border-radius:6px; padding:1rem; }
        article h3 { margin-top:0; font-size:1.1rem; } .id { font: 600 .8rem ui-monospace, monospace; color:var(--muted); border:1px solid var(--line); border-radius:3px; padding:0 .3rem; }
        .meta { display:grid; grid-template-columns:max-content 1fr; gap:.1rem .8rem; font-size:.9rem; border-bottom:1px solid var(--line); padding-bottom:.6rem; }
        .text p { margin:.6rem 0; }
        .diagnostics { font-size:.85rem; padding-left:1.2rem; } .diagnostics .error strong { color:#a00; } .diagnostics .warning strong { color:#8a5a00; }
        .removed { font-size:.85rem; color:var(--muted); border-top:1px solid var(--line); padding-top:.5rem; }
        .removed .reason { font: .75rem ui-monospace, monospace; border:1px solid var(--line); padding:0 .3rem; border-radius:3px; }
        table { border-collapse:collapse; background:var(--paper); } th, td { border:1px solid var(--line); padding:.3rem .6rem; text-align:left; }
        a { color:var(--accent); } a:focus, summary:focus { outline:3px solid var(--accent); outline-offset:2px; }
        footer { color:var(--muted); font-size:.85rem; padding-bottom:2rem; }
        @media print { .columns { grid-auto-flow:row; } }

        """;
}
