using System.Text;
using Parallax.Dossier;
using Parallax.Reports.Html;
using static Parallax.Reports.Markdown.MarkdownText;

namespace Parallax.Reports.Markdown;

/// <summary>Quotes: shared utterances with each outlet's fidelity and a word diff (~~dropped~~ **added**), then single quotes.</summary>
internal static class QuotesMarkdown
{
    public static void Append(StringBuilder md, DossierView view)
    {
        md.Append("## Quotes\n\n");
        if (view.Dossier.Quotes.IsEmpty)
        {
            md.Append("No quotations were found in the articles.\n\n");
            return;
        }

        var grouped = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in view.Dossier.QuoteGroups)
        {
            grouped.UnionWith(group.Quotes);
            var variants = group.Variants.ToDictionary(v => v.Quote, StringComparer.Ordinal);
            md.Append("### ").Append(Inline(group.Speaker is null ? "Unattributed" : view.EntityName(group.Speaker))).Append(" — ").Append(Fidelity(group.Fidelity)).Append("\n\n");
            if (group.SpeakerDiffers)
            {
                md.Append("⚠ The outlets attribute these words to different speakers.\n\n");
            }

            for (var i = 0; i < group.Quotes.Length; i++)
            {
                if (view.Quote(group.Quotes[i]) is not { } quote)
                {
                    continue;
                }

                md.Append("- ").Append(Inline(view.Label(quote.Article))).Append(i == 0 ? " (reference)" : variants.TryGetValue(quote.Id, out var v) ? $" ({Fidelity(v.Fidelity)})" : string.Empty).Append(": “");
                if (i > 0 && variants.TryGetValue(quote.Id, out var variant) && !variant.Pieces.IsEmpty && variant.Fidelity != QuoteFidelity.Verbatim)
                {
                    string? previous = null;
                    foreach (var piece in variant.Pieces.Where(p => p.Text.Length > 0))
                    {
                        if (previous is not null && !char.IsWhiteSpace(previous[^1]) && !char.IsWhiteSpace(piece.Text[0]) && !char.IsPunctuation(piece.Text[0]))
                        {
                            md.Append(' ');
                        }

                        md.Append(Piece(piece));
                        previous = piece.Text;
                    }
                }
                else
                {
                    md.Append(Inline(quote.Text));
                }

                md.Append("”\n");
            }

            md.Append('\n');
        }

        var singles = view.Dossier.Quotes.Where(q => !grouped.Contains(q.Id)).ToList();
        if (singles.Count > 0)
        {
            md.Append("### Quoted by one outlet only\n\n");
            foreach (var quote in singles)
            {
                md.Append("- ").Append(Inline(quote.Speaker is null ? quote.SpeakerText ?? "unattributed" : view.EntityName(quote.Speaker))).Append(" (")
                  .Append(Inline(view.Label(quote.Article))).Append("): “").Append(Short(quote.Text, 300)).Append("”\n");
            }

            md.Append('\n');
        }
    }

    private static string Piece(DiffPiece piece) => piece.Operation switch
    {
        DiffOperation.Inserted => "**" + Inline(piece.Text) + "**",
        DiffOperation.Deleted => "~~" + Inline(piece.Text) + "~~",
        _ => Inline(piece.Text),
    };

    private static string Fidelity(QuoteFidelity fidelity) => fidelity switch
    {
        QuoteFidelity.Verbatim => "verbatim",
        QuoteFidelity.Minor => "minor differences",
        _ => "words altered",
    };
}
