using Parallax.Language.WordRelations;

namespace Parallax.Core.Tests.Language.WordRelations;

public class WordRelationsTests
{
    [Theory]
    [InlineData("agree", "disagree")]
    [InlineData("dead", "alive")]
    [InlineData("victories", "defeat")]
    public void WordNet_antonyms_are_known(string a, string b) =>
        Assert.True(Parallax.Language.WordRelations.WordRelations.Default.AreAntonyms(a, b));

    [Fact]
    public void Synonyms_and_broader_words_come_from_WordNet()
    {
        var relations = Parallax.Language.WordRelations.WordRelations.Default;
        Assert.True(relations.IsBroader("consensus", "agreement"));
        Assert.True(relations.AreSynonyms("talks", "talks"));
        Assert.False(relations.AreAntonyms("agreement", "summit"));
        Assert.False(Parallax.Language.WordRelations.WordRelations.Empty.AreAntonyms("agree", "disagree"));
    }

    [Theory]
    [InlineData("agreed", "agreement")]
    [InlineData("met", "meeting")]
    [InlineData("resigned", "resignation")]
    [InlineData("withdrew", "withdrawal")]
    public void Nouns_and_verbs_of_one_act_are_derived_forms(string verb, string noun) =>
        Assert.True(Parallax.Language.WordRelations.WordRelations.Default.AreDerived(verb, noun));

    [Fact]
    public void Agent_nouns_and_unrelated_words_are_not_derived_forms()
    {
        var relations = Parallax.Language.WordRelations.WordRelations.Default;
        Assert.False(relations.AreDerived("kill", "killer"));
        Assert.False(relations.AreDerived("resigned", "opened"));
        Assert.True(relations.IsIrregularVerbForm("went"));
        Assert.False(relations.IsIrregularVerbForm("summit"));
    }
}
