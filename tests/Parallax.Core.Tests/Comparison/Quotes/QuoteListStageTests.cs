using System.Collections.Immutable;
using Parallax.Comparison.Quotes;
using Parallax.Dossier;
using Parallax.Language.Entities;
using Parallax.Language.Quotes;
using Parallax.Model;
using Parallax.Pipeline;

namespace Parallax.Core.Tests.Comparison.Quotes;

public class QuoteListStageTests
{
    private const string First = "Kremlin spokesman Dmitry Peskov arrived in Anchorage. “The talks were useful,” Peskov said.";
    private const string Second = "Marco Rubio spoke in Washington. Rubio said that no date had been set.";

    private static DossierBuilder Builder() =>
        new(pipeline: new PipelineBuilder().UseQuotes().Build(), stages: [new QuoteListStage()], maxDegreeOfParallelism: 1);

    [Fact]
    public void Quotes_get_ids_in_article_then_text_order_with_their_words()
    {
        var dossier = Builder().Build([new Article("one.txt", First), new Article("two.txt", Second)]);

        Assert.Equal(["q1", "q2"], dossier.Quotes.Select(q => q.Id));
        var direct = dossier.Quotes[0];
        Assert.Equal(("a1", QuoteKind.Direct, "The talks were useful,", "Peskov"), (direct.Article, direct.Kind, direct.Text, direct.SpeakerText));
        Assert.Equal("said", direct.Cue!.Value.Of(First));
        Assert.Equal(("a2", QuoteKind.Reported, "that no date had been set"), (dossier.Quotes[1].Article, dossier.Quotes[1].Kind, dossier.Quotes[1].Text));
        Assert.All(dossier.Quotes, q => Assert.Null(q.Speaker)); // no entities resolved: no entity id
        Assert.All(dossier.Quotes, q => Assert.Null(q.Group));
    }

    [Fact]
    public void The_speaker_is_the_dossier_entity_holding_a_mention_of_the_speakers_name()
    {
        var dossier = Builder().Build([new Article("one.txt", First), new Article("two.txt", Second)]);
        var peskov = new TextSpan(First.IndexOf("Dmitry Peskov", StringComparison.Ordinal), First.IndexOf("Dmitry Peskov", StringComparison.Ordinal) + "Dmitry Peskov".Length);
        var rubio = new TextSpan(0, "Marco Rubio".Length);
        var withEntities = dossier with
        {
            Quotes = [],
            Entities =
            [
                new DossierEntity("e1", "Dmitry Peskov", EntityType.Person, [], [new ArticleSpan("a1", peskov)], []),
                new DossierEntity("e2", "Marco Rubio", EntityType.Person, [], [new ArticleSpan("a2", rubio)], []),
            ],
        };

        var result = new QuoteListStage().Process(withEntities, CancellationToken.None);

        Assert.Equal(["e1", "e2"], result.Quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void A_dossier_without_articles_has_no_quotes()
    {
        var empty = new StoryDossier(ImmutableArray<DossierArticle>.Empty, ImmutableArray<DuplicateNote>.Empty);
        Assert.Empty(new QuoteListStage().Process(empty, CancellationToken.None).Quotes);
    }
}
