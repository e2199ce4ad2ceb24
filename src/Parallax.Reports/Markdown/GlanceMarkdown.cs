using System.Globalization;
using System.Text;
using Parallax.Dossier;
using Parallax.Reports.Html;
using static Parallax.Reports.Markdown.MarkdownText;

namespace Parallax.Reports.Markdown;

/// <summary>The story at a glance: what every outlet supports, what is contested, what only one outlet reports.</summary>
internal static class GlanceMarkdown
{
    public static void Append(StringBuilder md, DossierView view)
    {
        md.Append("## At a glance\n\n");
        if (view.Dossier.Claims.IsEmpty)
        {
            md.Append("No claims were compared yet.\n\n");
            return;
        }

        md.Append("**Every outlet agrees:**\n\n");
        List(md, view.Agreed().Select(c => Inline(c.Text)), "No claim is supported by every outlet.");
        md.Append("**Most contested:**\n\n");
        List(md, view.Contested().Select(c => $"{Inline(c.Text)} ({Sides(view, c)})"), "No outlet contradicts another.");
        md.Append("**Only one outlet reports:**\n\n");
        var single = view.SingleSource();
        List(
            md,
            view.Articles.Where(a => single.ContainsKey(a.Id)).SelectMany(a => single[a.Id].Select(c => $"{Inline(view.Label(a.Id))}: {Inline(c.Text)}")),
            "Every claim appears in more than one outlet.");
    }

    private static string Sides(DossierView view, DossierClaim claim)
    {
        var positions = view.PositionsByArticle(claim).Values;
        var supports = string.Join(", ", positions.Where(p => p.Stance == Stance.Supports).Select(p => view.Label(p.Article)));
        var contradicts = string.Join(", ", positions.Where(p => p.Stance == Stance.Contradicts).Select(p => view.Label(p.Article)));
        return string.Create(CultureInfo.InvariantCulture, $"✓ {Inline(supports)}; ✗ {Inline(contradicts)}");
    }

    private static void List(StringBuilder md, IEnumerable<string> items, string none)
    {
        var any = false;
        foreach (var item in items)
        {
            md.Append("- ").Append(item).Append('\n');
            any = true;
        }

        md.Append(any ? "\n" : none + "\n\n");
    }
}
