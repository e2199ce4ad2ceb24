using Parallax.Comparison.Duplicates;

namespace Parallax.Core.Tests.Comparison.Duplicates;

public class DuplicateDetectorTests
{
    private const string Story =
        "The meeting between the two leaders in Anchorage lasted nearly three hours and ended without an agreement. " +
        "Both delegations described the talks as constructive, and a second meeting was proposed for Moscow. " +
        "Analysts said the summit was heavy on symbolism but light on concrete outcomes for Ukraine. " +
        "European leaders were briefed by phone after the talks and said they would meet again next week.";

    [Fact]
    public void Identical_text_with_other_case_and_spacing_is_an_exact_copy()
    {
        var copy = "  " + Story.ToUpperInvariant().Replace(" ", "  ", StringComparison.Ordinal);
        var matches = new DuplicateDetector().Find([Story, "Something else entirely, about weather in Oslo.", copy]);
        var match = Assert.Single(matches);
        Assert.Equal((2, 0, DuplicateKind.Exact), (match.Index, match.OriginalIndex, match.Kind));
    }

    [Fact]
    public void Syndicated_copy_with_a_changed_sentence_is_a_near_copy()
    {
        var syndicated = Story + " Reporting by a wire service; editing by a desk editor.";
        var matches = new DuplicateDetector().Find([Story, syndicated]);
        var match = Assert.Single(matches);
        Assert.Equal(DuplicateKind.Near, match.Kind);
        Assert.Equal(0, match.OriginalIndex);
        Assert.InRange(match.Similarity, 0.8, 1.0);
    }

    [Fact]
    public void Different_articles_on_the_same_story_are_not_duplicates()
    {
        var other = "Trump and Putin met in Alaska this week. Experts say the talks produced symbolism rather than results, " +
                    "while Kyiv and European capitals worry about proposals for territorial exchanges.";
        Assert.Empty(new DuplicateDetector().Find([Story, other]));
    }

    [Fact]
    public void Empty_texts_are_never_duplicates()
    {
        Assert.Empty(new DuplicateDetector().Find(["", "", "   "]));
    }

    [Fact]
    public void Many_distinct_texts_find_no_duplicates_and_copies_are_found_among_them()
    {
        var texts = new List<string>();
        for (var i = 0; i < 2000; i++)
        {
            texts.Add($"Report number {i} says item {i * 7} shipped to port {i % 13} on day {i % 31} with crew {i * 3} aboard and cargo {i * 11}.");
        }

        texts.Add(texts[1234]);
        var matches = new DuplicateDetector().Find(texts);
        var match = Assert.Single(matches);
        Assert.Equal(1234, match.OriginalIndex);
    }
}
