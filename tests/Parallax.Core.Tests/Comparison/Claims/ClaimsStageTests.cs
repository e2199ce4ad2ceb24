using Parallax.Comparison.Claims;
using Parallax.Dossier;
using Parallax.Model;

namespace Parallax.Core.Tests.Comparison.Claims;

public class ClaimsStageTests
{
    private static StoryDossier Build(params string[] texts) =>
        new DossierBuilder(stages: [new ClaimsStage()]).Build([.. texts.Select((t, i) => new Article($"a{i}.txt", t))]);

    private static List<(string Article, Stance Stance, string Evidence)> Positions(StoryDossier dossier, DossierClaim claim) =>
        [.. claim.Positions.Select(p => (p.Article, p.Stance, p.Span.Of(dossier.Article(p.Article)!.Article.Text)))];

    [Fact]
    public void Incompatible_durations_contradict_and_hedged_equal_ones_agree()
    {
        var dossier = Build(
            "President Trump and President Putin met in Anchorage on Friday for their first meeting in five years. The talks lasted three hours.",
            "President Trump and President Putin met in Anchorage on Friday, a meeting not seen in nearly two decades. Officials said the talks lasted nearly three hours.",
            "Farmers in Iowa reported a record corn harvest this autumn, with yields up sharply from last year's drought.");

        var contested = dossier.Claims.Single(c => c.Id == Assert.Single(dossier.Disagreements));
        var positions = Positions(dossier, contested);
        Assert.Equal(["a1", "a2"], positions.Select(p => p.Article));
        Assert.Contains(positions, p => p.Stance == Stance.Contradicts);
        Assert.Contains(positions, p => p.Stance == Stance.Supports);
        foreach (var claim in dossier.Claims)
        {
            var hours = Positions(dossier, claim).Where(p => p.Evidence.Contains("three hours", StringComparison.Ordinal)).ToList();
            Assert.True(hours.Select(p => p.Stance).Distinct().Count() <= 1);
        }
    }

    [Fact]
    public void Reaching_a_consensus_is_contested_by_no_agreement_and_hopes_say_nothing()
    {
        var dossier = Build(
            "Moscow said both sides reached a consensus on the framework for a settlement in Anchorage.",
            "When the dust settled in Anchorage, it was clear no substantive agreement had emerged from the summit.",
            "Diplomats in Geneva still hope for an agreement on the framework of a settlement next year.");

        var contested = dossier.Claims.Single(c => c.Id == Assert.Single(dossier.Disagreements));
        var positions = Positions(dossier, contested);
        Assert.DoesNotContain(positions, p => p.Article == "a3");
        Assert.NotEqual(positions.Single(p => p.Article == "a1").Stance, positions.Single(p => p.Article == "a2").Stance);
    }

    [Fact]
    public void A_claim_inside_a_quote_is_asserted_by_its_speaker_and_the_outlets_own_words_by_nobody()
    {
        var dossier = DossierDefaults.CreateBuilder().Build([
            new Article("a0.txt", "\"I resigned on Friday because the bribery scandal in the capital made my work impossible,\" Finance Minister Maria Keller told reporters."),
            new Article("a1.txt", "Finance Minister Maria Keller resigned on Friday after the bribery scandal in the capital, officials confirmed."),
        ]);

        var speaker = dossier.Entities.Single(e => e.Name.Contains("Keller", StringComparison.Ordinal)).Id;
        var positions = dossier.Claims.SelectMany(c => c.Positions).ToList();
        var quoted = positions.Where(p => p.Span.Of(dossier.Article(p.Article)!.Article.Text).StartsWith("I resigned", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(quoted);
        Assert.All(quoted, p => Assert.Equal(speaker, p.AssertedBy));
        Assert.Contains(positions, p => p.Article == "a2" && p.AssertedBy is null);
        Assert.All(quoted, p => Assert.Equal("a1", p.Article));
    }

    [Fact]
    public void When_the_point_is_a_quantity_an_article_that_states_none_only_discusses_it()
    {
        var dossier = Build(
            "President Trump and President Putin met in Anchorage on Friday for their first meeting in five years.",
            "President Trump and President Putin met in Anchorage on Friday, a meeting not seen in nearly two decades.",
            "President Trump and President Putin met in Anchorage on Friday to discuss the war.");

        var contested = dossier.Claims.Single(c => c.Id == Assert.Single(dossier.Disagreements));
        var positions = Positions(dossier, contested);
        Assert.Equal(Stance.Discusses, positions.Single(p => p.Article == "a3").Stance);
        Assert.Contains(positions, p => p.Stance == Stance.Contradicts);
    }

    [Fact]
    public void Filler_and_empty_articles_give_no_claims()
    {
        var dossier = Build("Enjoyed this? Let your friends know!", "", "Subscribe now.");
        Assert.Empty(dossier.Claims);
        Assert.Empty(dossier.Disagreements);
    }
}
