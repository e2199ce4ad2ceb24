using System.Text.Json;

namespace Parallax.Server.Tests.Stories;

public sealed class StoryRestartTests
{
    [Fact]
    public async Task After_a_restart_on_the_same_store_new_articles_join_the_existing_stories()
    {
        var host = await TestHost.StartAsync();
        try
        {
            var storyOfTopic = new Dictionary<int, long>();
            for (var i = 0; i < 2; i++)
            {
                for (var topic = 0; topic < SyntheticNews.TopicCount; topic++)
                {
                    var story = await AddAsync(host, topic, i);
                    Assert.Equal(storyOfTopic.GetValueOrDefault(topic, story), story);
                    storyOfTopic[topic] = story;
                }
            }

            Assert.Equal(SyntheticNews.TopicCount, storyOfTopic.Values.Distinct().Count());

            host = await host.RestartAsync();

            for (var topic = 0; topic < SyntheticNews.TopicCount; topic++)
            {
                Assert.Equal(storyOfTopic[topic], await AddAsync(host, topic, 40));
            }

            var stories = (await host.GetJsonAsync("/api/stories")).GetProperty("stories");
            Assert.Equal(SyntheticNews.TopicCount, stories.GetArrayLength());
            Assert.All(stories.EnumerateArray(), s => Assert.Equal(3, s.GetProperty("articles").GetArrayLength()));
        }
        finally
        {
            await host.DisposeAsync();
        }
    }

    private static async Task<long> AddAsync(TestHost host, int topic, int number)
    {
        using var response = await host.PostArticleAsync(new { text = SyntheticNews.Article(topic, number) });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Created, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("story").GetInt64();
    }
}
