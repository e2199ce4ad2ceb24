using System.Globalization;
using System.Text;
using Parallax.Comparison.Duplicates;
using Parallax.Dossier;

namespace Parallax.Reports.Markdown;

/// <summary>Renders a <see cref="StoryDossier"/> as a Markdown summary. Stateless and thread-safe.</summary>
public static class DossierMarkdownWriter
{
    /// <summary>The dossier as Markdown.</summary>
    public static string Render(StoryDossier dossier)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        var md = new StringBuilder();
        md.Append("# Story dossier\n\n")
          .Append(CultureInfo.InvariantCulture, $"{dossier.Articles.Length} article(s), {dossier.Duplicates.Length} duplicate(s) left out.\n\n")
          .Append("| id | title | outlet | author | published | language | words |\n|---|---|---|---|---|---|---|\n");
        foreach (var entry in dossier.Articles)
        {
            var meta = entry.Article.Metadata;
            md.Append(CultureInfo.InvariantCulture, $"| {entry.Id} | {Cell(meta.Title)} | {Cell(meta.Outlet)} | {Cell(meta.Author)} | ")
              .Append(CultureInfo.InvariantCulture, $"{meta.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—"} | {Cell(meta.Language)} | ")
              .Append(CultureInfo.InvariantCulture, $"{entry.Article.Text.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Length} |\n");
        }

        foreach (var entry in dossier.Articles)
        {
            var article = entry.Article;
            md.Append(CultureInfo.InvariantCulture, $"\n## {entry.Id}: {Inline(article.Metadata.Title ?? "(untitled)")}\n\n")
              .Append(CultureInfo.InvariantCulture, $"Source: `{article.Source.Replace("`", "'", StringComparison.Ordinal)}`\n\n");
            foreach (var diagnostic in article.Diagnostics)
            {
                md.Append(CultureInfo.InvariantCulture, $"> {diagnostic.Severity.ToString().ToLowerInvariant()}: {Inline(diagnostic.Message)}\n");
            }

            if (!article.Removed.IsEmpty)
            {
                md.Append("\nRemoved from the input:\n\n");
                foreach (var removed in article.Removed)
                {
                    md.Append(CultureInfo.InvariantCulture, $"- *{removed.Reason}*: {Inline(Shorten(removed.Text))}\n");
                }
            }
        }

        if (!dossier.Duplicates.IsEmpty)
        {
            md.Append("\n## Duplicates left out\n\n");
            foreach (var note in dossier.Duplicates)
            {
                var kind = note.Kind == DuplicateKind.Exact ? "exact" : "near";
                md.Append(CultureInfo.InvariantCulture, $"- `{note.Source}`: {kind} copy of {note.KeptArticle} ({note.Similarity:P0})\n");
            }
        }

        return md.ToString();
    }

    private static string Cell(string? value) => value is null ? "—" : Inline(value).Replace("|", "\\|", StringComparison.Ordinal);

    /// <summary>Neutralises Markdown and HTML in article-supplied text so it renders as plain words.</summary>
    private static string Inline(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\n' or '\r':
                    sb.Append(' ');
                    break;
                case '<':
                    sb.Append("&lt;");
                    break;
                case '>':
                    sb.Append("&gt;");
                    break;
                case '&':
                    sb.Append("&amp;");
                    break;
                case '*' or '_' or '`' or '[' or ']' or '#' or '\\' or '!' or '|':
                    sb.Append('\\').Append(c);
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }

        return sb.ToString();
    }

    private static string Shorten(string text) => text.Length <= 160 ? text : string.Concat(text.AsSpan(0, 157), "…");
}
