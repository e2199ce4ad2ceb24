using System.Globalization;
using System.Text;
using Parallax.Comparison.Duplicates;
using Parallax.Dossier;
using Parallax.Reports.Html;
using static Parallax.Reports.Markdown.MarkdownText;

namespace Parallax.Reports.Markdown;

/// <summary>
/// Renders a <see cref="StoryDossier"/> as a Markdown summary with the same sections as the HTML dossier (without
/// the article texts): at a glance, claim matrix, quotes with word diffs, people and organisations, framing,
/// timeline, articles. Article text is neutralised so it renders as plain words. Stateless and thread-safe.
/// </summary>
public static class DossierMarkdownWriter
{
    /// <summary>The dossier as Markdown.</summary>
    public static string Render(StoryDossier dossier)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        var view = new DossierView(dossier);
        var md = new StringBuilder();
        md.Append("# Story dossier\n\n")
          .Append(CultureInfo.InvariantCulture, $"{dossier.Articles.Length} article(s), {dossier.Duplicates.Length} duplicate(s) left out. ")
          .Append(CultureInfo.InvariantCulture, $"{dossier.Claims.Length} claim(s), {view.Contested().Count} contested; {dossier.Quotes.Length} quote(s); {dossier.Entities.Length} name(s).\n\n");
        GlanceMarkdown.Append(md, view);
        ClaimsMarkdown.Append(md, view);
        QuotesMarkdown.Append(md, view);
        EntitiesMarkdown.Append(md, view);
        FramingMarkdown.Append(md, view);
        TimelineMarkdown.Append(md, view);
        AppendArticles(md, view);
        return md.ToString();
    }

    private static void AppendArticles(StringBuilder md, DossierView view)
    {
        md.Append("## Articles\n\n");
        if (view.Articles.IsEmpty)
        {
            md.Append("No article could be read.\n\n");
            return;
        }

        md.Append("| id | title | outlet | author | published | language | words |\n|---|---|---|---|---|---|---|\n");
        foreach (var entry in view.Articles)
        {
            var meta = entry.Article.Metadata;
            md.Append(CultureInfo.InvariantCulture, $"| {Inline(entry.Id)} | {Cell(meta.Title)} | {Cell(meta.Outlet)} | {Cell(meta.Author)} | ")
              .Append(CultureInfo.InvariantCulture, $"{Cell(HtmlText.Iso(meta.Published))} | {Cell(meta.Language)} | {HtmlText.CountWords(entry.Article.Text)} |\n");
        }

        foreach (var entry in view.Articles)
        {
            var article = entry.Article;
            md.Append(CultureInfo.InvariantCulture, $"\n### {Inline(entry.Id)}: {Inline(article.Metadata.Title ?? "(untitled)")}\n\n")
              .Append(CultureInfo.InvariantCulture, $"Source: {Inline(article.Source)}\n\n");
            foreach (var diagnostic in article.Diagnostics)
            {
                md.Append(CultureInfo.InvariantCulture, $"> {diagnostic.Severity.ToString().ToLowerInvariant()}: {Inline(diagnostic.Message)}\n");
            }

            if (!article.Removed.IsEmpty)
            {
                md.Append("\nRemoved from the input:\n\n");
                foreach (var removed in article.Removed)
                {
                    md.Append(CultureInfo.InvariantCulture, $"- *{Inline(removed.Reason)}*: {Short(removed.Text, 160)}\n");
                }
            }
        }

        if (!view.Dossier.Duplicates.IsEmpty)
        {
            md.Append("\n### Duplicates left out\n\n");
            foreach (var note in view.Dossier.Duplicates)
            {
                var kind = note.Kind == DuplicateKind.Exact ? "exact" : "near";
                md.Append(CultureInfo.InvariantCulture, $"- {Inline(note.Source)}: {kind} copy of {Inline(note.KeptArticle)} ({note.Similarity:P0})\n");
            }
        }
    }
}
