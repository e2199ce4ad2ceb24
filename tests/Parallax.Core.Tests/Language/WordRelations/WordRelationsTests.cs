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
}
