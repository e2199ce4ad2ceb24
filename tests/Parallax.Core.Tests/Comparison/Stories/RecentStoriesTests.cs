using Parallax.Comparison.Stories;

namespace Parallax.Core.Tests.Comparison.Stories;

public class RecentStoriesTests
{
    [Fact]
    public void Keeps_the_most_recent_entries_and_stays_bounded()
    {
        var postings = new RecentStories(capacity: 3);
        for (var story = 0; story < 100; story++)
        {
            postings.Add(story);
            Assert.True(postings.Count <= 6, postings.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        Assert.Equal([97, 98, 99], postings.Recent(3).ToArray());
        Assert.Equal([99], postings.Recent(1).ToArray());
        Assert.True(postings.Recent(10).Length <= 6);
        Assert.Equal(0, postings.Recent(0).Length);
    }

    [Fact]
    public void Repeated_story_is_recorded_once_in_a_row()
    {
        var postings = new RecentStories(capacity: 8);
        postings.Add(4);
        postings.Add(4);
        postings.Add(2);
        postings.Add(4);
        Assert.Equal([4, 2, 4], postings.Recent(8).ToArray());
    }
}
