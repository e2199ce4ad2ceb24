using Parallax.Comparison.Framing;
using Parallax.Language.Tone;

namespace Parallax.Core.Tests.Comparison.Framing;

public class StoryWordIndexTests
{
    private static readonly string[] Words = ["regime", "regimes", "Regime", "REGIMES2", "war", "in", "Ukraine", "pro-Russian", "U.S.", "s1", "x", "ſ"];

    [Fact]
    public void Every_article_a_phrase_occurs_in_is_among_those_the_index_names()
    {
        var random = new Random(7);
        var texts = Enumerable.Range(0, 200)
            .Select(_ => string.Join(random.Next(3) == 0 ? ", " : " ", Enumerable.Range(0, random.Next(1, 12)).Select(_ => Words[random.Next(Words.Length)])))
            .ToList();
        var index = new StoryWordIndex(texts, CancellationToken.None);
        string[] phrases = ["regime", "war in Ukraine", "pro-Russian", "U.S.", "s", "-x", "Russian"];
        foreach (var phrase in phrases)
        {
            var named = index.MayHold(phrase).ToList();
            Assert.Equal(named.Order(), named);
            for (var a = 0; a < texts.Count; a++)
            {
                if (LoadedLanguage.Occurrences(texts[a], phrase).Count > 0)
                {
                    Assert.Contains(a, named);
                }
            }
        }
    }

    [Fact]
    public void Articles_without_the_first_word_are_left_out()
    {
        var index = new StoryWordIndex(["the regime fell", "war in Ukraine", "regimes", "nothing here"], CancellationToken.None);
        Assert.Equal([0, 2], index.MayHold("regime"));
        Assert.Equal([1], index.MayHold("war in Ukraine"));
    }
}
