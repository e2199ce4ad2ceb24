using System.Text;
using Parallax.Storage;
using Parallax.Workers.Queue;
using RabbitMQ.Client;

namespace Parallax.Workers.Tests.Queue;

/// <summary>
/// <c>parallax worker</c> processes (the built CLI) against a throwaway RabbitMQ node and PostgreSQL cluster on
/// loopback, with faults: a worker killed with SIGKILL, the broker restarted, the database restarted, a poison
/// article. In every case each article ends up stored exactly once, in one story, with a current dossier. Each test
/// has its own virtual host and database and a hang guard; none asserts a duration.
/// </summary>
[Collection(QueueCollection.Name)]
public sealed class QueueFaultTests(QueueFixture fixture)
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(240);

    [QueueFact]
    public async Task A_worker_killed_mid_batch_leaves_every_article_processed_exactly_once()
    {
        using var guard = new CancellationTokenSource(HangGuard);
        var (queue, db) = fixture.CreateWorld();
        var texts = QueueWorld.Articles(36);
        await using var store = await ParallaxStore.OpenAsync(StoreLocation.Parse(db));
        using var survivor = await WorkerProcess.StartAsync(queue, db, guard.Token);
        using var victim = await WorkerProcess.StartAsync(queue, db, guard.Token);
        await QueueWorld.EnqueueAsync(queue, texts, 0, texts.Length, guard.Token);

        await QueueWorld.WaitStoredAsync(store, 8, guard.Token);

        victim.Kill();
        Assert.True(victim.HasExited);
        using var replacement = await WorkerProcess.StartAsync(queue, db, guard.Token);
        await QueueSettling.WaitSettledAsync(queue, store, texts.Length, () => survivor.Log + "\n--\n" + replacement.Log, guard.Token);

        await QueueWorld.AssertExactlyOnceAsync(store, texts);
        Assert.Equal(0u, await DeadCountAsync(queue));
    }

    [QueueFact]
    public async Task Workers_reconnect_after_a_broker_restart_and_continue()
    {
        using var guard = new CancellationTokenSource(HangGuard);
        var (queue, db) = fixture.CreateWorld();
        var texts = QueueWorld.Articles(24);
        await using var store = await ParallaxStore.OpenAsync(StoreLocation.Parse(db));
        using var worker = await WorkerProcess.StartAsync(queue, db, guard.Token);
        await QueueWorld.EnqueueAsync(queue, texts, 0, 16, guard.Token);
        await QueueWorld.WaitStoredAsync(store, 4, guard.Token);

        fixture.Broker!.StopServer();
        fixture.Broker.StartServer();
        await QueueWorld.EnqueueAsync(queue, texts, 16, texts.Length - 16, guard.Token);
        await QueueSettling.WaitSettledAsync(queue, store, texts.Length, () => worker.Log, guard.Token);

        Assert.False(worker.HasExited, worker.Log);
        Assert.Contains("broker connection recovered", worker.Log, StringComparison.Ordinal);
        await QueueWorld.AssertExactlyOnceAsync(store, texts);
    }

    [QueueFact]
    public async Task A_database_restart_is_retried_and_nothing_is_lost()
    {
        using var guard = new CancellationTokenSource(HangGuard);
        var (queue, db) = fixture.CreateWorld();
        var texts = QueueWorld.Articles(24);
        await using var store = await ParallaxStore.OpenAsync(StoreLocation.Parse(db));
        using var worker = await WorkerProcess.StartAsync(queue, db, guard.Token);
        await QueueWorld.EnqueueAsync(queue, texts, 0, texts.Length, guard.Token);
        await QueueWorld.WaitStoredAsync(store, 4, guard.Token);

        fixture.Database!.StopServer();
        try
        {
            // Long enough for every stage to meet the outage.
            await Task.Delay(TimeSpan.FromSeconds(3), guard.Token);
        }
        finally
        {
            fixture.Database.StartServer();
        }

        await QueueSettling.WaitSettledAsync(queue, store, texts.Length, () => worker.Log, guard.Token);
        Assert.False(worker.HasExited, worker.Log);
        Assert.Contains("database unreachable", worker.Log, StringComparison.Ordinal);
        await QueueWorld.AssertExactlyOnceAsync(store, texts);
        Assert.Equal(0u, await DeadCountAsync(queue));
    }

    [QueueFact]
    public async Task A_poison_article_is_dead_lettered_with_its_error_and_the_rest_go_on()
    {
        using var guard = new CancellationTokenSource(HangGuard);
        var (queue, db) = fixture.CreateWorld();
        var texts = QueueWorld.Articles(12);
        await using var store = await ParallaxStore.OpenAsync(StoreLocation.Parse(db));
        using var worker = await WorkerProcess.StartAsync(queue, db, guard.Token, "--max-article-chars", "20000");
        await QueueWorld.EnqueueAsync(queue, texts, 0, 6, guard.Token);
        await using (var client = await QueueClient.ConnectAsync(queue, guard.Token))
        {
            // Over the analyser's limit: the analysis refuses it every time.
            var huge = string.Join("\n\n", Enumerable.Range(0, 40).Select(i => QueueWorld.Articles(1, 100 + i)[0]));
            Assert.True(huge.Length > 20_000);
            await client.EnqueueDocumentAsync("huge.txt", Encoding.UTF8.GetBytes(huge), "text/plain; charset=utf-8", guard.Token);
        }

        await PublishRawAsync(queue, WorkQueues.QueueOf(WorkStage.Analyse), "{\"article\": 42"u8.ToArray());
        await QueueWorld.EnqueueAsync(queue, texts, 6, 6, guard.Token);
        await QueueSettling.WaitSettledAsync(queue, store, texts.Length, () => worker.Log, guard.Token);
        while (await DeadCountAsync(queue) < 2)
        {
            await Task.Delay(100, guard.Token);
        }

        await QueueWorld.AssertExactlyOnceAsync(store, texts);
        await using var reader = await QueueClient.ConnectAsync(queue, guard.Token);
        var dead = await reader.ReadDeadAsync(10, keep: false, guard.Token);
        Assert.Equal(2, dead.Count);
        Assert.All(dead, d => Assert.Equal("analyse", d.Stage));
        Assert.Contains(dead, d => d.Error.Contains("huge.txt", StringComparison.Ordinal) && d.Error.Contains("over the analyser's limit of 20,000", StringComparison.Ordinal));
        Assert.Contains(dead, d => d.Error.Contains("not a valid AnalyseMessage", StringComparison.Ordinal));
        Assert.All(dead, d => Assert.NotNull(d.Failed));
    }

    [QueueFact]
    public async Task One_story_is_never_locked_by_two_holders_at_once()
    {
        using var guard = new CancellationTokenSource(HangGuard);
        var (_, db) = fixture.CreateWorld();
        await using var first = await ParallaxStore.OpenAsync(StoreLocation.Parse(db));
        await using var second = await ParallaxStore.OpenAsync(StoreLocation.Parse(db));
        var holders = 0;
        var most = 0;
        async Task HoldAsync(ParallaxStore store, long story)
        {
            for (var i = 0; i < 10; i++)
            {
                await using var held = await store.LockStoryAsync(story, guard.Token);
                var now = Interlocked.Increment(ref holders);
                InterlockedMax(ref most, now);
                await Task.Delay(5, guard.Token);
                Interlocked.Decrement(ref holders);
            }
        }

        await Task.WhenAll(HoldAsync(first, 7), HoldAsync(second, 7), HoldAsync(first, 7), HoldAsync(second, 7));
        Assert.Equal(1, most);

        // Different stories do not wait for each other.
        await using var seven = await first.LockStoryAsync(7, guard.Token);
        await using var eight = await second.LockStoryAsync(8, guard.Token);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }

    private static async Task<uint> DeadCountAsync(Uri queue)
    {
        await using var client = await QueueClient.ConnectAsync(queue, CancellationToken.None);
        return (await client.DepthsAsync(CancellationToken.None)).Single(d => d.Queue == WorkQueues.Dead).Messages;
    }

    private static async Task PublishRawAsync(Uri queue, string name, byte[] body)
    {
        var factory = new ConnectionFactory { Uri = queue };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await QueueConnection.CreateConfirmingChannelAsync(connection, CancellationToken.None);
        await QueueConnection.PublishAsync(channel, name, body, "malformed", null, CancellationToken.None);
    }
}
