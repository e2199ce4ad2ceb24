using System.Text;
using Parallax.Dossier;
using Parallax.Language.Quotes;

namespace Parallax.Reports.Html;

/// <summary>
/// Quotes: each utterance reported by several outlets, with who said it, how faithfully each outlet reproduces it
/// (a word-level diff for changed versions), then the quotes only one outlet carries, by speaker.
/// </summary>
internal static class QuotesSection
{
    public static void Append(StringBuilder html, DossierView view)
    {
        SectionMarkup.Open(html, "quotes", "Quotes",
            "Who said what, and whether the outlets quote the same words. Select a quote to highlight it in the articles.");
        var dossier = view.Dossier;
        if (dossier.Quotes.IsEmpty)
        {
            SectionMarkup.Empty(html, "No quotations were found in the articles.");
            SectionMarkup.Close(html);
            return;
        }

        var grouped = new HashSet<string>(StringComparer.Ordinal);
        var groups = dossier.QuoteGroups
            .OrderBy(g => g.Fidelity switch { QuoteFidelity.Altered => 0, QuoteFidelity.Minor => 1, _ => 2 })
            .ThenByDescending(g => g.Quotes.Length)
            .ToList();
        if (groups.Count > 0)
        {
            html.Append("<h3>Said once, reported by several outlets</h3>\n<div class=\"quote-groups\">\n");
            foreach (var group in groups)
            {
                AppendGroup(html, view, group);
                grouped.UnionWith(group.Quotes);
            }

            html.Append("</div>\n");
        }

        AppendSingles(html, view, grouped);
        SectionMarkup.Close(html);
    }

    private static void AppendGroup(StringBuilder html, DossierView view, QuoteGroup group)
    {
        var quotes = group.Quotes.Select(view.Quote).OfType<DossierQuote>().ToList();
        if (quotes.Count == 0)
        {
            return;
        }

        var variants = group.Variants.ToDictionary(v => v.Quote, StringComparer.Ordinal);
        var speaker = group.Speaker is null ? "Unattributed" : view.EntityName(group.Speaker);
        var targets = string.Join(' ', quotes.Select(q => HtmlText.Token(q.Id)));
        html.Append("<article class=\"card quote-group f-").Append(FidelityCode(group.Fidelity)).Append("\">\n<header><h4>").Text(speaker).Append("</h4> ");
        FidelityBadge(html, group.Fidelity);
        html.Append(' ').OpenTrigger(targets, $"{speaker}: “{HtmlText.Shorten(quotes[0].Text, 80)}”", "trigger small").Append("Show in all articles</button></header>\n");
        if (group.SpeakerDiffers)
        {
            html.Append("<p class=\"warn\"><span class=\"sym\" aria-hidden=\"true\">⚠</span> The outlets attribute these words to different speakers: ")
                .Text(string.Join(", ", quotes.Select(q => $"{view.Label(q.Article)}: {q.SpeakerText ?? view.EntityName(q.Speaker)}").Distinct(StringComparer.Ordinal)))
                .Append(".</p>\n");
        }

        html.Append("<ol class=\"versions\">\n");
        for (var i = 0; i < quotes.Count; i++)
        {
            var quote = quotes[i];
            html.Append("<li><div class=\"version-head\">").OutletBadge(view, quote.Article).Append(' ');
            if (i == 0)
            {
                html.Append("<span class=\"badge\">reference version</span>");
            }
            else if (variants.TryGetValue(quote.Id, out var variant))
            {
                FidelityBadge(html, variant.Fidelity);
            }

            html.Append(" <span class=\"kind\">").Text(KindWord(quote.Kind)).Append("</span></div>");
            html.OpenTrigger(HtmlText.Token(quote.Id), $"{view.Label(quote.Article)}: “{HtmlText.Shorten(quote.Text, 80)}”", "trigger quote-text").Append("<q>");
            if (i > 0 && variants.TryGetValue(quote.Id, out var diff) && diff.Fidelity != QuoteFidelity.Verbatim && !diff.Pieces.IsEmpty)
            {
                AppendDiff(html, diff);
            }
            else
            {
                html.Text(quote.Text);
            }

            html.Append("</q></button></li>\n");
        }

        html.Append("</ol>\n</article>\n");
    }

    /// <summary>A word-level diff against the reference: dropped words struck through, added words underlined, each also named in words for screen readers.</summary>
    private static void AppendDiff(StringBuilder html, QuoteVariant variant)
    {
        string? previous = null;
        foreach (var piece in variant.Pieces)
        {
            if (piece.Text.Length == 0)
            {
                continue;
            }

            if (previous is not null && !char.IsWhiteSpace(previous[^1]) && !char.IsWhiteSpace(piece.Text[0]) && !char.IsPunctuation(piece.Text[0]))
            {
                html.Append(' ');
            }

            switch (piece.Operation)
            {
                case DiffOperation.Inserted:
                    html.Append("<ins><span class=\"sr-only\">added: </span>").Text(piece.Text).Append("</ins>");
                    break;
                case DiffOperation.Deleted:
                    html.Append("<del><span class=\"sr-only\">dropped: </span>").Text(piece.Text).Append("</del>");
                    break;
                default:
                    html.Text(piece.Text);
                    break;
            }

            previous = piece.Text;
        }
    }

    private static void AppendSingles(StringBuilder html, DossierView view, HashSet<string> grouped)
    {
        var singles = view.Dossier.Quotes.Where(q => !grouped.Contains(q.Id)).ToList();
        if (singles.Count == 0)
        {
            return;
        }

        html.Append("<h3>Quoted by one outlet only</h3>\n<div class=\"scroll\"><table class=\"quotes sortable\">\n<caption class=\"sr-only\">Quotes found in one article</caption>\n<thead><tr>")
            .Append("<th scope=\"col\"><button type=\"button\" class=\"sort\">Speaker<span class=\"arrow\" aria-hidden=\"true\"></span></button></th>")
            .Append("<th scope=\"col\"><button type=\"button\" class=\"sort\">Outlet<span class=\"arrow\" aria-hidden=\"true\"></span></button></th>")
            .Append("<th scope=\"col\"><button type=\"button\" class=\"sort\">Kind<span class=\"arrow\" aria-hidden=\"true\"></span></button></th>")
            .Append("<th scope=\"col\">Words</th></tr></thead>\n<tbody>\n");
        foreach (var quote in singles.OrderBy(q => q.Speaker is null ? 1 : 0).ThenBy(q => view.EntityName(q.Speaker), StringComparer.Ordinal))
        {
            var speaker = quote.Speaker is null ? quote.SpeakerText ?? "unattributed" : view.EntityName(quote.Speaker);
            html.Append("<tr><td>").Text(speaker);
            if (quote.Speaker is not null && quote.SpeakerText is { } said && !string.Equals(said, speaker, StringComparison.Ordinal))
            {
                html.Append(" <span class=\"muted\">(“").Text(said).Append("”)</span>");
            }

            html.Append("</td><td>").OutletBadge(view, quote.Article).Append("</td><td>").Text(KindWord(quote.Kind)).Append("</td><td>")
                .OpenTrigger(HtmlText.Token(quote.Id), $"{speaker}: “{HtmlText.Shorten(quote.Text, 80)}”", "trigger quote-text").Append("<q>")
                .Text(HtmlText.Shorten(quote.Text, 400)).Append("</q></button></td></tr>\n");
        }

        html.Append("</tbody>\n</table></div>\n");
    }

    private static void FidelityBadge(StringBuilder html, QuoteFidelity fidelity)
    {
        var (symbol, word) = fidelity switch
        {
            QuoteFidelity.Verbatim => ("=", "verbatim"),
            QuoteFidelity.Minor => ("≈", "minor differences"),
            _ => ("≠", "words altered"),
        };
        html.Append("<span class=\"badge fid fid-").Append(FidelityCode(fidelity)).Append("\"><span class=\"sym\" aria-hidden=\"true\">").Append(symbol)
            .Append("</span> ").Append(word).Append("</span>");
    }

    private static string FidelityCode(QuoteFidelity fidelity) => fidelity switch
    {
        QuoteFidelity.Verbatim => "v",
        QuoteFidelity.Minor => "m",
        _ => "a",
    };

    private static string KindWord(QuoteKind kind) => kind switch
    {
        QuoteKind.Direct => "direct quote",
        QuoteKind.Partial => "partial quote",
        _ => "reported speech",
    };
}
