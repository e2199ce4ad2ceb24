using System.Diagnostics;
using System.Globalization;
using System.Text;
using Parallax.Eval.Stories;
using Parallax.Storage;
using Parallax.Storage.Tests;
using Parallax.Workers.Queue;
using Parallax.Workers.Tests.Queue;

// Throughput of `parallax worker` processes: real ECB+ news articles (../shared/data/ecbplus, interleaved across topics
// like a stream) are queued as text documents; W worker processes (the built CLI, --concurrency 1 each, every stage)
// take them through fetch/extract -> analyse -> assign -> refresh into PostgreSQL. Timed from the first enqueue until
// every article is stored, every dossier is current and every queue is empty. A throwaway RabbitMQ node and PostgreSQL
// cluster on loopback are started here; each run gets a fresh virtual host and database.
// Before the clock starts, each worker process is warmed up (JIT) on --warmup other articles of the same stream, which
// stay in the store; the timed batch comes after them. Workers run with --verbose and report each dossier
// they build (a refresh request that an earlier build already covered costs no build).
// With --pin, worker i is bound to core i (taskset): W workers have W cores, as W one-core machines would (the broker,
// the database and this harness still share every core).
//   dotnet run -c Release --project eval/Parallax.Eval.Workers -- [--data DIR] [--articles 120] [--workers 1,2] [--rounds 1] [--warmup 24] [--pin]
string? data = null;
var count = 120;
var counts = new[] { 1, 2 };
var rounds = 1;
var warm = 24;
var pin = false;
for (var i = 0; i < args.Length; i++)
{
    var value = i + 1 < args.Length ? args[i + 1] : null;
    switch (args[i])
    {
        case "--data" when value is not null: data = value; i++; break;
        case "--articles" when value is not null: count = int.Parse(value, CultureInfo.InvariantCulture); i++; break;
        case "--workers" when value is not null: counts = [.. value.Split(',').Select(v => int.Parse(v, CultureInfo.InvariantCulture))]; i++; break;
        case "--rounds" when value is not null: rounds = int.Parse(value, CultureInfo.InvariantCulture); i++; break;
        case "--pin": pin = true; break;
        case "--warmup" when value is not null: warm = int.Parse(value, CultureInfo.InvariantCulture); i++; break;
        default:
            Console.Error.WriteLine("usage: Parallax.Eval.Workers [--data DIR] [--articles N] [--workers 1,2] [--rounds R] [--warmup N] [--pin]");
            return 2;
    }
}

var root = data ?? EcbCorpus.DefaultRoot();
if (root is null || !Directory.Exists(root))
{
    Console.WriteLine($"SKIPPED: ECB+ not found ({root ?? "no repository root"}); expected ../shared/data/ecbplus (or --data).");
    return 0;
}

if ((RabbitMqNode.SkipReason ?? PostgreSqlCluster.SkipReason) is { } missing)
{
    Console.WriteLine("SKIPPED: " + missing);
    return 0;
}

// Round-robin over topics: consecutive articles belong to different stories, as in a live stream.
var byTopic = EcbCorpus.Load(root, 1, 35).GroupBy(d => d.Topic).Select(g => new Queue<EcbDocument>(g)).ToList();
var stream = new List<EcbDocument>();
while (stream.Count < count + warm && byTopic.Any(q => q.Count > 0))
{
    foreach (var topic in byTopic.Where(q => q.Count > 0))
    {
        stream.Add(topic.Dequeue());
        if (stream.Count == count + warm)
        {
            break;
        }
    }
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"Parallax queue workers: {stream.Count} ECB+ articles ({stream.Sum(d => d.Text.Length) / 1024} KB of text, {stream.Select(d => d.Topic).Distinct().Count()} topics), " +
    $"{Environment.ProcessorCount} cores, load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]} at start"));
using var broker = RabbitMqNode.Start();
var database = PostgreSqlCluster.Instance;
var warmup = stream[..Math.Min(warm, stream.Count / 4)];
stream = stream[warmup.Count..];
var results = new Dictionary<int, List<double>>();
var run = 0;
for (var round = 0; round < rounds; round++)
{
    foreach (var workers in counts)
    {
        var queue = broker.CreateVirtualHost("speed" + ++run);
        var db = database.CreateDatabase();
        await using var store = await ParallaxStore.OpenAsync(StoreLocation.Parse(db));
        var processes = new List<WorkerProcess>();
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(30));
        try
        {
            for (var w = 0; w < workers; w++)
            {
                processes.Add(await WorkerProcess.StartAsync(queue, db, pin ? w % Environment.ProcessorCount : null, guard.Token, "--verbose"));
            }

            await using var client = await QueueClient.ConnectAsync(queue, guard.Token);
            string Logs() => string.Join("\n--\n", processes.Select(p => p.Log));
            for (var i = 0; i < warmup.Count; i++)
            {
                await client.EnqueueDocumentAsync($"warm-{i}.txt", Encoding.UTF8.GetBytes(warmup[i].Text), "text/plain; charset=utf-8", guard.Token);
            }

            await QueueSettling.WaitSettledAsync(queue, store, warmup.Count, Logs, guard.Token);
            var cpuBefore = processes.Sum(p => p.ProcessorTime.TotalSeconds);
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < stream.Count; i++)
            {
                await client.EnqueueDocumentAsync($"ecb-{i}.txt", Encoding.UTF8.GetBytes(stream[i].Text), "text/plain; charset=utf-8", guard.Token);
            }

            await QueueSettling.WaitSettledAsync(queue, store, warmup.Count + stream.Count, Logs, guard.Token);
            var seconds = clock.Elapsed.TotalSeconds;
            var cpu = processes.Sum(p => p.ProcessorTime.TotalSeconds) - cpuBefore;
            var builds = processes.SelectMany(p => Builds(p.Log)).ToList();
            var built = builds.Count;
            var buildSeconds = builds.Sum(b => b.Ms) / 1000.0;
            var msPerArticle = builds.Sum(b => b.Ms) / Math.Max(1, builds.Sum(b => b.Articles));
            var stories = (await store.ListStoriesAsync(10_000)).Count;
            var stored = await store.CountArticlesAsync() - warmup.Count;
            (results.TryGetValue(workers, out var list) ? list : results[workers] = []).Add(stream.Count / seconds);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {workers} worker(s): {stored} articles in {seconds:0.0} s = {stream.Count / seconds:0.00} articles/s; worker CPU {cpu:0.0} s; {stories} stories; {built} dossier builds in all (warm-up included, " +
                $"{buildSeconds:0.0} s, {msPerArticle:0.0} ms per article in the story, largest {(builds.Count > 0 ? builds.Max(b => b.Articles) : 0)} articles); " +
                $"load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}"));
        }
        finally
        {
            foreach (var process in processes)
            {
                process.Dispose();
            }
        }
    }
}

var baseline = results[counts[0]].Average();
foreach (var (workers, rates) in results.OrderBy(r => r.Key))
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{workers} worker(s): {rates.Average():0.00} articles/s (mean of {rates.Count}), {rates.Average() / baseline:0.00}x the {counts[0]}-worker rate"));
}

Console.WriteLine("The machine is shared: other processes compete for its cores, so compare the ratio, measured in the same run.");
return 0;

static IEnumerable<(int Articles, double Ms)> Builds(string log) =>
    System.Text.RegularExpressions.Regex.Matches(log, @"refresh: built the dossier of story \d+ \(revision \d+, (\d+) articles\) in (\d+) ms")
        .Select(m => (int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture)));
