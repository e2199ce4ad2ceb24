using Parallax.Language.Coreference;
using Parallax.Language.Entities;
using Parallax.Model;
using Parallax.Pipeline;

namespace Parallax.Core.Tests.Language.Coreference;

public class NameCoreferenceTests
{
    private static (string Text, AnnotationLayer<NameChain> Chains) Chains(string text)
    {
        var analyzed = new PipelineBuilder().UseCoreference().Build().Analyze(new Article("t", text));
        return (text, analyzed.GetLayer<NameChain>());
    }

    private static NameChain ChainOf(string text, AnnotationLayer<NameChain> chains, string canonical) =>
        Assert.Single(chains, c => c.CanonicalName == canonical);

    private static List<string> MentionTexts(string text, NameChain chain) => chain.Mentions.Select(m => m.Span.Of(text)).ToList();

    [Fact]
    public void Surname_joins_the_full_name()
    {
        var (text, chains) = Chains("Vladimir Putin arrived on Friday. Putin said little. Jared Kushner joined later; Kushner stayed.");
        var putin = ChainOf(text, chains, "Vladimir Putin");
        Assert.Equal(["Vladimir Putin", "Putin"], MentionTexts(text, putin));
        Assert.Equal(ChainMentionKind.PartialName, putin.Mentions[1].Kind);
        Assert.Equal(["Jared Kushner", "Kushner"], MentionTexts(text, ChainOf(text, chains, "Jared Kushner")));
    }

    [Fact]
    public void Role_phrase_links_to_the_one_person_with_that_role()
    {
        var (text, chains) = Chains(
            "Russian President Vladimir Putin met U.S. President Donald Trump in Alaska. " +
            "Afterwards the Russian president said the talks were useful.");
        var putin = ChainOf(text, chains, "Vladimir Putin");
        Assert.Contains(putin.Mentions, m => m.Kind == ChainMentionKind.RolePhrase && m.Span.Of(text) == "the Russian president");
        Assert.Equal("Russian President", Assert.Single(putin.Roles).Of(text));
        var trump = ChainOf(text, chains, "Donald Trump");
        Assert.DoesNotContain(trump.Mentions, m => m.Kind == ChainMentionKind.RolePhrase);
    }

    [Fact]
    public void Abbreviated_nationality_in_a_role_phrase()
    {
        var (text, chains) = Chains("U.S. President Donald Trump met Russian President Vladimir Putin. Later the U.S. president left.");
        var trump = ChainOf(text, chains, "Donald Trump");
        Assert.Contains(trump.Mentions, m => m.Kind == ChainMentionKind.RolePhrase && m.Span.Of(text) == "the U.S. president");
        Assert.DoesNotContain(ChainOf(text, chains, "Vladimir Putin").Mentions, m => m.Kind == ChainMentionKind.RolePhrase);
    }

    [Fact]
    public void Ambiguous_role_phrase_is_left_alone()
    {
        var (text, chains) = Chains("President Vladimir Putin met President Donald Trump. Then the president left.");
        Assert.All(chains, c => Assert.DoesNotContain(c.Mentions, m => m.Kind == ChainMentionKind.RolePhrase));
    }

    [Fact]
    public void Envoy_role_links_by_its_organization()
    {
        var (text, chains) = Chains("Kremlin envoy Kirill Dmitriev met Steve Witkoff. Later the Kremlin envoy flew home.");
        var envoy = ChainOf(text, chains, "Kirill Dmitriev");
        Assert.Contains(envoy.Mentions, m => m.Kind == ChainMentionKind.RolePhrase && m.Span.Of(text) == "the Kremlin envoy");
    }

    [Fact]
    public void Role_phrase_matches_the_head_of_a_role_not_its_possessor()
    {
        var (text, chains) = Chains(
            "The Russian President's special representative Kirill Dmitriev arrived first. Later the Russian president spoke.");
        var envoy = ChainOf(text, chains, "Kirill Dmitriev");
        Assert.Equal("Russian President's special representative", Assert.Single(envoy.Roles).Of(text));
        Assert.DoesNotContain(envoy.Mentions, m => m.Kind == ChainMentionKind.RolePhrase);
    }

    [Fact]
    public void Surname_first_then_full_name_makes_one_chain()
    {
        var (text, chains) = Chains("Lavrov arrived early. Sergey Lavrov then met reporters.");
        var lavrov = ChainOf(text, chains, "Sergey Lavrov");
        Assert.Equal(["Lavrov", "Sergey Lavrov"], MentionTexts(text, lavrov));
    }

    [Fact]
    public void Acronym_joins_the_organization_name()
    {
        var (text, chains) = Chains("The North Atlantic Treaty Organization met in Brussels. NATO said it would respond.");
        var nato = ChainOf(text, chains, "North Atlantic Treaty Organization");
        Assert.Equal(ChainMentionKind.Acronym, nato.Mentions[1].Kind);
    }

    [Fact]
    public void Pronouns_are_not_linked()
    {
        var (text, chains) = Chains("Vladimir Putin spoke. He said he would return.");
        Assert.Single(ChainOf(text, chains, "Vladimir Putin").Mentions);
    }

    [Fact]
    public void Empty_article_has_no_chains()
    {
        Assert.Empty(Chains("").Chains);
    }
}
