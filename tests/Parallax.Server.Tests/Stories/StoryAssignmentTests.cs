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

    [Fact]
    public void Articles_of_one_topic_join_one_story_and_other_topics_start_their_own()
    {
        var catalog = new StoryCatalog();
        var assigner = new TermOverlapStoryAssigner();
        var storyOfTopic = new Dictionary<int, long>();
        long next = 1;
        for (var i = 0; i < 6; i++)
        {
            for (var topic = 0; topic < SyntheticNews.TopicCount; topic++)
            {
                var article = new Article("x", SyntheticNews.Article(topic, i));
                var terms = StoryTerms.Of(article);
                var story = assigner.Assign(article, terms, catalog) ?? next++;
                if (storyOfTopic.TryGetValue(topic, out var expected))
                {
                    Assert.Equal(expected, story);
                }
                else
                {
                    storyOfTopic[topic] = story;
                }

                catalog.Add(story, terms);
            }
        }

        Assert.Equal(SyntheticNews.TopicCount, storyOfTopic.Values.Distinct().Count());
    }
}
