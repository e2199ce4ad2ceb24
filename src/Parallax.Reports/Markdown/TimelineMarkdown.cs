using System.Text;
using Parallax.Reports.Html;
using static Parallax.Reports.Markdown.MarkdownText;

namespace Parallax.Reports.Markdown;

/// <summary>The timeline as a list in date order (undated entries last, as the dossier keeps them).</summary>
internal static class TimelineMarkdown
{
    public static void Append(StringBuilder md, DossierView view)
    {
        md.Append("## Timeline\n\n");
        var entries = view.Dossier.Timeline.Where(e => view.HasArticle(e.Article)).ToList();
        if (entries.Count == 0)
        {
            md.Append("No dated events were found.\n\n");
            return;
        }

        foreach (var entry in entries)
        {
            var when = entry.Date is { } date
                ? HtmlText.Iso(date) + (entry.DateEnd is { } end && end > date ? " – " + HtmlText.Iso(end) : string.Empty)
                : "undated";
            md.Append("- **").Append(when).Append("** ").Append(Inline(view.Label(entry.Article))).Append(": “").Append(Inline(entry.Expression)).Append('”');
            if (entry.Event is not null)
            {
                md.Append(" — ").Append(Short(entry.Event, 200));
            }

            md.Append('\n');
        }

        md.Append('\n');
    }
}
