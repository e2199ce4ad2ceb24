using Parallax.Comparison.Entities;

namespace Parallax.Core.Tests.Comparison.Entities;

public class NameKeysTests
{
    [Theory]
    [InlineData("Zelensky", "Zelenskyy")]
    [InlineData("Zelenskiy", "Zelenskyy")]
    [InlineData("Sergei", "Sergey")]
    [InlineData("Witkoff", "Witkov")]
    [InlineData("Khodorkovsky", "Hodorkovsky")]
    [InlineData("Centre", "Center")]
    [InlineData("Gorbatchov", "Gorbachov")]
    public void Romanisation_variants_share_a_transliteration_key(string a, string b) =>
        Assert.Equal(NameKeys.Transliteration(NameKeys.Fold(a)), NameKeys.Transliteration(NameKeys.Fold(b)));

    [Theory]
    [InlineData("Umarov", "Umerov")]
    [InlineData("Kellegi", "Kellogg")]
    [InlineData("Lavrov", "Levrov")]
    public void Vowel_changes_keep_the_phonetic_key(string a, string b) =>
        Assert.Equal(Key(a), Key(b));

    [Theory]
    [InlineData("Trump", "Tusk")]
    [InlineData("Dmitriev", "Peskov")]
    public void Different_names_get_different_phonetic_keys(string a, string b) =>
        Assert.NotEqual(Key(a), Key(b));

    [Fact]
    public void Jaro_winkler_and_edit_distance_are_the_textbook_ones()
    {
        Assert.Equal(0.961, NameKeys.JaroWinkler("martha", "marhta"), 3);
        Assert.Equal(1, NameKeys.JaroWinkler("same", "same"));
        Assert.Equal(0, NameKeys.JaroWinkler("abc", "xyz"));
        Assert.Equal(3, NameKeys.EditDistance("kitten", "sitting"));
    }

    [Fact]
    public void Folding_drops_case_and_diacritics() => Assert.Equal("zelenskyi", NameKeys.Fold("Zélens'kyi"));

    private static string Key(string name) => NameKeys.Phonetic(NameKeys.Transliteration(NameKeys.Fold(name)));
}
