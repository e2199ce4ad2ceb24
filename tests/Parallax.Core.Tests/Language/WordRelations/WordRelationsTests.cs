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
    [InlineData("consensus", "agreement")]
    [InlineData("talks", "talk")]
    [InlineData("car", "automobile")]
    [InlineData("agreements", "agreement")]
    public void Related_words_share_a_relation_key(string a, string b)
    {
        var relations = Parallax.Language.WordRelations.WordRelations.Default;
        Assert.True(relations.AreSynonyms(a, b) || relations.IsBroader(a, b) || relations.IsBroader(b, a));
        Assert.NotEmpty(relations.RelationKeys(a).Intersect(relations.RelationKeys(b)));
    }

    [Fact]
    public void Unrelated_words_share_no_relation_key()
    {
        var relations = Parallax.Language.WordRelations.WordRelations.Default;
        Assert.Empty(relations.RelationKeys("earthquake").Intersect(relations.RelationKeys("senator")));
    }
}
