using System.Collections.Immutable;
using System.Globalization;
using Parallax.Dossier;
using Parallax.Language.Quotes;
using Parallax.Model;

namespace Parallax.Comparison.Quotes;

/// <summary>
/// The story stage that lists every article's quotes in the dossier (<see cref="StoryDossier.Quotes"/>, ids "q1", … in
/// article then text order). The speaker is the dossier entity one of whose mentions is a mention of the quote's
/// speaker in that article (its name chain, or the speaker words themselves); null when the dossier has no entities
/// or none matches. Quote groups are left to a later stage. Stateless and thread-safe; no I/O.
/// </summary>
public sealed class QuoteListStage : IStoryStage
{
    /// <inheritdoc />
    public string Name => "quotes";

    /// <inheritdoc />
    public StoryDossier Process(StoryDossier dossier, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        var entityByMention = new Dictionary<(string Article, int Start, int End), string>();
        var entityByArticle = new Dictionary<string, List<(TextSpan Span, string Entity)>>(StringComparer.Ordinal);
        foreach (var entity in dossier.Entities)
        {
            foreach (var mention in entity.Mentions)
            {
                entityByMention.TryAdd((mention.Article, mention.Span.Start, mention.Span.End), entity.Id);
                if (!entityByArticle.TryGetValue(mention.Article, out var list))
                {
                    entityByArticle[mention.Article] = list = [];
                }

                list.Add((mention.Span, entity.Id));
            }
        }

        var quotes = ImmutableArray.CreateBuilder<DossierQuote>();
        foreach (var article in dossier.Articles)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var text = article.Article.Text;
            entityByArticle.TryGetValue(article.Id, out var articleMentions);
            foreach (var quote in article.Analysis.GetLayer<Quote>())
            {
                var id = string.Create(CultureInfo.InvariantCulture, $"q{quotes.Count + 1}");
                var speaker = SpeakerEntity(article.Id, quote, entityByMention, articleMentions);
                quotes.Add(new DossierQuote(
                    id,
                    article.Id,
                    quote.Span,
                    quote.Span.Of(text),
                    quote.Kind,
                    speaker,
                    quote.SpeakerMention?.Of(text),
                    Group: null)
                {
                    Cue = quote.Cue,
                    SpeakerSpan = quote.SpeakerMention,
                });
            }
        }

        return dossier with { Quotes = quotes.ToImmutable() };
    }

    private static string? SpeakerEntity(
        string article,
        Quote quote,
        Dictionary<(string Article, int Start, int End), string> entityByMention,
        List<(TextSpan Span, string Entity)>? articleMentions)
    {
        if (quote.Speaker is not { } chain || articleMentions is null)
        {
            return null;
        }

        // Exact mention spans first (the usual case: entities built from the same name chains), then overlaps.
        foreach (var mention in chain.Mentions)
        {
            if (entityByMention.TryGetValue((article, mention.Span.Start, mention.Span.End), out var id))
            {
                return id;
            }
        }

        foreach (var mention in chain.Mentions)
        {
            foreach (var (span, entity) in articleMentions)
            {
                if (span.Overlaps(mention.Span) && mention.Kind != Language.Coreference.ChainMentionKind.RolePhrase)
                {
                    return entity;
                }
            }
        }

        return null;
    }
}
