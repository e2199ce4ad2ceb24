using Parallax.Dossier;
using Parallax.Model;

namespace Parallax.Comparison.Claims;

/// <summary>
/// Who asserts a claim clause, from the dossier's quotes (the quote stage): the resolved speaker of a quote that
/// holds most of the clause (at least half of its characters), or of a quote whose cue is in the clause and that
/// covers at least a quarter of it ("Trump called the talks 'productive,' noting 'many points we agreed on'").
/// Null when the outlet asserts it in its own voice, and when the speaker is not a named entity ("analysts say").
/// Thread-safe once built.
/// </summary>
internal sealed class ClaimSources
{
    private readonly Dictionary<string, List<DossierQuote>> _byArticle = new(StringComparer.Ordinal);

    internal ClaimSources(IEnumerable<DossierQuote> quotes)
    {
        foreach (var quote in quotes)
        {
            if (!_byArticle.TryGetValue(quote.Article, out var list))
            {
                _byArticle[quote.Article] = list = [];
            }

            list.Add(quote);
        }
    }

    /// <summary>The quote that carries the clause, or null when the article says it in its own voice.</summary>
    internal DossierQuote? QuoteOf(string article, TextSpan clause)
    {
        if (clause.Length == 0 || !_byArticle.TryGetValue(article, out var quotes))
        {
            return null;
        }

        DossierQuote? best = null;
        var bestShare = 0.0;
        foreach (var quote in quotes)
        {
            var share = (double)Overlap(clause, quote.Span) / clause.Length;
            var cued = quote.Cue is { } cue && clause.Overlaps(cue);
            if ((share >= 0.5 || (cued && share >= 0.25)) && share > bestShare)
            {
                best = quote;
                bestShare = share;
            }
        }

        return best;
    }

    /// <summary>The dossier entity id of whoever asserts the clause; null for the outlet's own voice or an unnamed speaker.</summary>
    internal string? AssertedBy(string article, TextSpan clause) => QuoteOf(article, clause)?.Speaker;

    private static int Overlap(TextSpan a, TextSpan b) => Math.Max(0, Math.Min(a.End, b.End) - Math.Max(a.Start, b.Start));
}
