using Parallax.Model;
using Parallax.Server.Stories;

namespace Parallax.Server.Tests.Stories;

public sealed class StoryAssignmentTests
{
    [Fact]
    public void Signature_terms_favour_names_and_headline_words_and_skip_function_words()
    {
        var article = new Article("x", "Mayor Elena Vasquez said the bridge was closed. The bridge will stay closed, Vasquez said.",
            new ArticleMetadata { Title = "Harbor bridge closed" });

        var terms = StoryTerms.Of(article);

        Assert.Contains("bridge", terms.Take(3));
        Assert.Contains("harbor", terms.Take(3));
        Assert.Contains("vasquez", terms);
        Assert.DoesNotContain("the", terms);
        Assert.DoesNotContain("said", terms);
    }

    public static TheoryData<string> Assigners => new() { "overlap", "detected" };

    private static IStoryAssigner Create(string name) => name == "overlap" ? new TermOverlapStoryAssigner() : new DetectedStoryAssigner();

    [Theory]
    [MemberData(nameof(Assigners))]
    public void Articles_of_one_topic_join_one_story_and_other_topics_start_their_own(string name)
    {
        var assigner = Create(name);
        var storyOfTopic = new Dictionary<int, long>();
        long next = 1;
        for (var i = 0; i < 6; i++)
        {
            for (var topic = 0; topic < SyntheticNews.TopicCount; topic++)
            {
                var article = new Article("x", SyntheticNews.Article(topic, i));
                var signature = assigner.Signature(article, CancellationToken.None);
                var story = assigner.Choose(signature) ?? next++;
                if (storyOfTopic.TryGetValue(topic, out var expected))
                {
                    Assert.Equal(expected, story);
                }
                else
                {
                    storyOfTopic[topic] = story;
                }

                assigner.Learn(signature, story);
            }
        }

        Assert.Equal(SyntheticNews.TopicCount, storyOfTopic.Values.Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Assigners))]
    public void A_replayed_assigner_continues_the_same_stories(string name)
    {
        var first = Create(name);
        var stored = new List<(System.Collections.Immutable.ImmutableArray<string> Signature, long Story)>();
        long next = 1;
        for (var i = 0; i < 3; i++)
        {
            for (var topic = 0; topic < SyntheticNews.TopicCount; topic++)
            {
                var signature = first.Signature(new Article("x", SyntheticNews.Article(topic, i)), CancellationToken.None);
                var story = first.Choose(signature) ?? next++;
                first.Learn(signature, story);
                stored.Add((signature, story));
            }
        }

        var restarted = Create(name);
        foreach (var (signature, story) in stored)
        {
            restarted.Learn(signature, story);
        }

        for (var topic = 0; topic < SyntheticNews.TopicCount; topic++)
        {
            var article = new Article("x", SyntheticNews.Article(topic, 50));
            var original = first.Signature(article, CancellationToken.None);
            var expected = first.Choose(original);
            var signature = restarted.Signature(article, CancellationToken.None);
            Assert.Equal(expected, restarted.Choose(signature));
            first.Learn(original, expected ?? next);
            restarted.Learn(signature, expected ?? next++);
        }
    }
}
