using Parallax.Server.Tests;
using Parallax.Storage;
using Parallax.Storage.Tests;
using Parallax.Workers.Queue;

namespace Parallax.Workers.Tests.Queue;

/// <summary>One RabbitMQ node and one PostgreSQL cluster for every queue test (started once; each test has its own virtual host and database).</summary>
public sealed class QueueFixture : IDisposable
{
    private int _hosts;

    public QueueFixture()
    {
        if (SkipReason is null)
        {
            Broker = RabbitMqNode.Start();
            Database = PostgreSqlCluster.Instance;
        }
    }

    /// <summary>Why the queue tests are skipped, or null when they run.</summary>
    public static string? SkipReason => RabbitMqNode.SkipReason ?? PostgreSqlCluster.SkipReason;

    public RabbitMqNode? Broker { get; }

    public PostgreSqlCluster? Database { get; }

    /// <summary>A virtual host and a database of their own for one test.</summary>
    public (Uri Queue, string Db) CreateWorld() =>
        (Broker!.CreateVirtualHost("t" + Interlocked.Increment(ref _hosts)), Database!.CreateDatabase());

    public void Dispose() => Broker?.Dispose();
}

[CollectionDefinition(Name)]
public sealed class QueueCollection : ICollectionFixture<QueueFixture>
{
    public const string Name = "queue";
}

/// <summary>A queue test's skip: when RabbitMQ or PostgreSQL binaries are missing, with the reason.</summary>
public sealed class QueueFactAttribute : FactAttribute
{
    public QueueFactAttribute()
    {
        if (QueueFixture.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}

/// <summary>The test articles and what to check in the store once the workers are done.</summary>
internal static class QueueWorld
{
    /// <summary><paramref name="count"/> made-up articles about three topics (all different).</summary>
    public static string[] Articles(int count, int offset = 0) =>
        [.. Enumerable.Range(offset, count).Select(i => SyntheticNews.Article(i % 3, i, sentences: 6))];

    public static async Task EnqueueAsync(Uri queue, IReadOnlyList<string> texts, int from, int count, CancellationToken cancellationToken)
    {
        await using var client = await QueueClient.ConnectAsync(queue, cancellationToken);
        for (var i = from; i < from + count; i++)
        {
            var text = texts[i];
            await client.EnqueueDocumentAsync($"article-{i}.txt", System.Text.Encoding.UTF8.GetBytes(text), "text/plain; charset=utf-8", cancellationToken);
        }
    }

    /// <summary>Waits until at least <paramref name="count"/> articles are stored.</summary>
    public static async Task WaitStoredAsync(ParallaxStore store, int count, CancellationToken cancellationToken)
    {
        while (await store.CountArticlesAsync(cancellationToken) < count)
        {
            await Task.Delay(50, cancellationToken);
        }
    }

    /// <summary>Every text stored exactly once, each article in exactly one story, every dossier current.</summary>
    public static async Task AssertExactlyOnceAsync(ParallaxStore store, IReadOnlyList<string> texts)
    {
        Assert.Equal(texts.Count, await store.CountArticlesAsync());
        var stories = await store.ListStoriesAsync(10_000);
        var members = stories.SelectMany(s => s.ArticleIds).ToList();
        Assert.Equal(texts.Count, members.Count);
        Assert.Equal(members.Count, members.Distinct().Count());
        var sources = new HashSet<string>(StringComparer.Ordinal);
        foreach (var story in stories)
        {
            foreach (var article in await store.GetStoryArticlesAsync(story.Id))
            {
                Assert.True(sources.Add(article.Article.Source), $"{article.Article.Source} is stored twice");
            }

            var dossier = await store.GetDossierAsync(story.Id);
            Assert.NotNull(dossier);
            Assert.Equal(story.Revision, dossier.Revision);
            Assert.Equal(story.ArticleIds.Length, story.Revision);
        }

        Assert.True(Enumerable.Range(0, texts.Count).Select(i => $"article-{i}.txt").ToHashSet(StringComparer.Ordinal).SetEquals(sources),
            "the stored articles are not the enqueued ones");
    }
}
