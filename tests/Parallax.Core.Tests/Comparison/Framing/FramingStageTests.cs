using Parallax.Comparison.Framing;
using Parallax.Dossier;
using Parallax.Language.Coreference;
using Parallax.Language.Tone;
using Parallax.Model;
using Parallax.Pipeline;

namespace Parallax.Core.Tests.Comparison.Framing;

public class FramingStageTests
{
    private static StoryDossier Build(params string[] texts)
    {
        var pipeline = new PipelineBuilder().UseCoreference().Build();
        return new DossierBuilder(pipeline: pipeline, stages: [new FramingStage()])
            .Build([.. texts.Select((t, i) => new Article($"{i}.txt", t))]);
    }

    private static double ToneOf(OutletFraming outlet, string name) =>
        outlet.ToneByEntity.Single(p => p.Key.Contains(name, StringComparison.Ordinal)).Value;

    [Fact]
    public void A_quoted_insult_is_the_speakers_tone_not_the_outlets()
    {
        var quoted = Build("Senator Mark Jones spoke in Denver. \"Mark Jones is a disgusting fraud and a liar,\" said his rival. Mark Jones later left Denver.");
        var own = Build("Senator Mark Jones spoke in Denver. Mark Jones is a disgusting fraud and a liar. Mark Jones later left Denver.");
        var q = quoted.Outlets[0];
        Assert.True(ToneOf(own.Outlets[0], "Jones") < -0.2);
        Assert.True(ToneOf(q, "Jones") > ToneOf(own.Outlets[0], "Jones") + 0.2);
        Assert.True(q.QuotedToneByEntity.Single(p => p.Key.Contains("Jones", StringComparison.Ordinal)).Value < 0);
        Assert.Contains(q.ToneEvidence.Single(p => p.Key.Contains("Jones", StringComparison.Ordinal)).Value, e => e.InSpeech);
    }

    [Fact]
    public void Negation_and_contrast_follow_vader_rules()
    {
        var scorer = new ToneScorer();
        static TextSpan All(string s) => new(0, s.Length);
        var good = "The plan is good.";
        var notGood = "The plan is not good.";
        var veryGood = "The plan is very good.";
        var but = "The plan is good, but the outcome was terrible.";
        Assert.True(scorer.Score(good, All(good), []).Compound > 0);
        Assert.True(scorer.Score(notGood, All(notGood), []).Compound < 0);
        Assert.True(scorer.Score(veryGood, All(veryGood), []).Compound > scorer.Score(good, All(good), []).Compound);
        Assert.True(scorer.Score(but, All(but), []).Compound < 0);
    }

    [Fact]
    public void Loaded_terms_are_found_with_the_neutral_wording_another_outlet_used()
    {
        var dossier = Build(
            "The Maduro regime arrested two journalists in Caracas. Nicolas Maduro denied it.",
            "The government of Nicolas Maduro arrested two journalists in Caracas, officials said. Maduro denied it.");
        var use = Assert.Single(dossier.Outlets[0].LoadedTermUses);
        Assert.Equal("regime", use.Term);
        Assert.Equal("label", use.Category);
        Assert.Contains(dossier.Outlets[0].LoadedTerms, t => t == "regime");
        var neutral = Assert.Single(use.UsedElsewhere);
        Assert.Equal("a2", neutral.Article);
        Assert.Equal("government", neutral.Text);
        Assert.Empty(dossier.Outlets[1].LoadedTermUses);
    }

    [Fact]
    public void Sanctions_regime_is_not_loaded() =>
        Assert.Empty(LoadedLanguage.Default.Find("The sanctions regime stays in place."));

    [Fact]
    public void Voice_shares_add_up_and_opinion_markers_are_found()
    {
        var dossier = Build("Evidently, the talks failed in Geneva. \"We tried everything we could,\" said Anna Berg. Anna Berg left Geneva on Friday.");
        var voice = dossier.Outlets[0].Voice!;
        Assert.Equal(1, voice.Assertion + voice.Attributed + voice.Opinion, 3);
        Assert.True(voice.Opinion > 0);
        Assert.True(voice.Attributed > 0);
        Assert.Single(voice.OpinionMarkers);
        Assert.Equal(SourcingKind.Named, dossier.Outlets[0].Sourcing!.Kind);
    }

    [Fact]
    public void Anonymous_sourcing_is_told_apart()
    {
        var dossier = Build("Officials said that the deal with Norway was close to done. Sources say that the talks with Norway will resume.");
        var sourcing = dossier.Outlets[0].Sourcing!;
        Assert.Equal(SourcingKind.Anonymous, sourcing.Kind);
        Assert.Equal(2, sourcing.Anonymous);
    }

    [Fact]
    public void Without_dossier_entities_tone_is_keyed_by_canonical_name()
    {
        var dossier = Build("Vladimir Putin praised the good talks. Putin smiled.");
        Assert.False(dossier.Outlets[0].ToneKeysAreEntityIds);
        Assert.Contains("Vladimir Putin", dossier.Outlets[0].ToneByEntity.Keys);
    }
}
