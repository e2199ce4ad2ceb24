using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;

namespace Parallax.Server.Tests.Reliability;

/// <summary>
/// 20 writers add overlapping articles while 20 readers read stories and dossiers, for a few seconds: no server errors, each
/// article stored once, every article in exactly one story. (eval/Parallax.Eval.Server runs the 60 s, 20 + 20 version.)
/// </summary>
public sealed class ConcurrencyTests
{
    [Fact]
    public async Task Overlapping_writers_and_dossier_readers_leave_every_article_once_in_one_story()
    {
        await using var host = await TestHost.StartAsync();
        var texts = Enumerable.Range(0, 24).Select(i => SyntheticNews.Article(i % 2, i / 2)).ToArray();
        var duration = TimeSpan.FromSeconds(5);
        using var stop = new CancellationTokenSource(duration);
        var errors = new ConcurrentBag<string>();
        var acknowledged = new ConcurrentDictionary<string, long>();
        var idConflicts = 0;
        var reads = 0;

        var writers = Enumerable.Range(0, 20).Select(w => Task.Run(async () =>
        {
            var random = new Random(w);
            while (!stop.IsCancellationRequested)
            {
                var text = texts[random.Next(texts.Length)];
                using var response = await host.PostArticleAsync(new { text });
                if (response.StatusCode is not (HttpStatusCode.Created or HttpStatusCode.OK))
                {
                    errors.Add($"POST {(int)response.StatusCode}");
                    continue;
                }

                var id = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt64();
                if (acknowledged.GetOrAdd(text, id) != id)
                {
                    Interlocked.Increment(ref idConflicts);
                }
            }
        })).ToArray();

        var readers = Enumerable.Range(0, 20).Select(r => Task.Run(async () =>
        {
            var random = new Random(100 + r);
            while (!stop.IsCancellationRequested)
            {
                using var list = await host.GetAsync("/api/stories");
                if (list.StatusCode != HttpStatusCode.OK)
                {
                    errors.Add($"GET stories {(int)list.StatusCode}");
                    continue;
                }

                var stories = JsonDocument.Parse(await list.Content.ReadAsStringAsync()).RootElement.GetProperty("stories");
                if (stories.GetArrayLength() == 0)
                {
                    await Task.Delay(10);
                    continue;
                }

                var story = stories[random.Next(stories.GetArrayLength())].GetProperty("id").GetInt64();
                using var dossier = await host.GetAsync($"/api/stories/{story}/dossier");
                if (dossier.StatusCode is not (HttpStatusCode.OK or HttpStatusCode.Accepted))
                {
                    errors.Add($"GET dossier {(int)dossier.StatusCode}");
                }

                Interlocked.Increment(ref reads);
            }
        })).ToArray();

        await Task.WhenAll(writers.Concat(readers));

        Assert.Empty(errors);
        Assert.Equal(0, idConflicts);
        Assert.True(reads > 0);
        Assert.Equal(acknowledged.Count, await host.Store.CountArticlesAsync());
        var members = (await host.Store.ListStoriesAsync()).SelectMany(s => s.ArticleIds).ToList();
        Assert.Equal(members.Count, members.Distinct().Count());
        Assert.Equal(acknowledged.Values.Order(), members.Order());
        Assert.Equal(2, (await host.Store.ListStoriesAsync()).Count);
    }
}
