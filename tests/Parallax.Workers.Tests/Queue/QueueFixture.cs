using System.Collections.Concurrent;
using System.Diagnostics;
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

/// <summary><c>parallax worker</c> as a child process (the built CLI), so a test can SIGKILL it. Killed on dispose.</summary>
public sealed class WorkerProcess : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private WorkerProcess(Process process)
    {
        _process = process;
    }

    /// <summary>What it wrote on standard error, for failure messages.</summary>
    public string Log => string.Join('\n', _lines);

    public bool HasExited => _process.HasExited;

    public static async Task<WorkerProcess> StartAsync(Uri queue, string db, CancellationToken cancellationToken, params string[] more)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "parallax.dll"), "worker", "--queue", queue.ToString(), "--db", db, "--concurrency", "1" }.Concat(more))
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start parallax worker");
        var worker = new WorkerProcess(process);
        process.OutputDataReceived += (_, e) => worker.Add(e.Data);
        process.ErrorDataReceived += (_, e) => worker.Add(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await worker._ready.Task.WaitAsync(TimeSpan.FromSeconds(90), cancellationToken);
        }
        catch
        {
            worker.Dispose();
            throw;
        }

        return worker;
    }

    /// <summary>SIGKILL: no shutdown, no acks, no cleanup.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit(30_000);
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                Kill();
            }
        }
        catch (InvalidOperationException)
        {
        }

        _process.Dispose();
    }

    private void Add(string? line)
    {
        if (line is null)
        {
            _ready.TrySetException(new InvalidOperationException("parallax worker exited before it was ready:\n" + Log));
            return;
        }

        _lines.Enqueue(line);
        if (line.StartsWith("parallax worker: ready", StringComparison.Ordinal))
        {
            _ready.TrySetResult();
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

    /// <summary>Waits until <paramref name="expected"/> articles are stored, no story's dossier is old and every stage queue is empty.</summary>
    public static async Task WaitSettledAsync(Uri queue, ParallaxStore store, int expected, Func<string> log, CancellationToken cancellationToken)
    {
        await using var client = await QueueClient.ConnectAsync(queue, cancellationToken);
        while (true)
        {
            try
            {
                var count = await store.CountArticlesAsync(cancellationToken);
                if (count >= expected && (await store.ListStaleStoriesAsync(cancellationToken)).Count == 0 &&
                    (await client.DepthsAsync(cancellationToken)).Where(d => d.Queue != WorkQueues.Dead).All(d => d.Messages == 0))
                {
                    return;
                }
            }
            catch (Exception e) when (QueueConnection.IsDatabaseFault(e))
            {
                // The database is restarting.
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException($"The workers did not finish in time. Worker output:\n{log()}");
            }

            try
            {
                await Task.Delay(250, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"The workers did not finish in time. Worker output:\n{log()}");
            }
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
