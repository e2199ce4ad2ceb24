using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Parallax.Server;
using Parallax.Server.Tests;
using Parallax.Storage;

// parallax serve under load, on loopback only: W writers add overlapping articles (a pool they pick from at random, so
// many adds are repeats) while R readers fetch the dossier of a story of N articles. Prints requests per second, the
// latency of GET /api/stories/{id}/dossier (p50/p90/p99/max), and checks: no errors, no duplicate articles, every
// article in exactly one story.
// First a no-load baseline (readers only, --baseline-seconds), then the load run. Readers send Accept-Encoding: gzip,
// as browsers do, and read the compressed bytes (--identity: uncompressed).
//   dotnet run -c Release --project eval/Parallax.Eval.Server -- [--seconds 60] [--baseline-seconds 10] [--writers 20] [--readers 20] [--story-articles 50] [--identity] [--db CONNECTION]
var seconds = Arg("--seconds", 60);
var writerCount = Arg("--writers", 20);
var readerCount = Arg("--readers", 20);
var storyArticles = Arg("--story-articles", 50);
var dbArg = ArgText("--db");
var baselineSeconds = Arg("--baseline-seconds", 10);
var identity = Array.IndexOf(args, "--identity") >= 0;

var directory = Path.Combine(Path.GetTempPath(), "parallax-load-" + Guid.NewGuid().ToString("N")[..12]);
Directory.CreateDirectory(directory);
var location = dbArg is null ? StoreLocation.Parse(Path.Combine(directory, "load.db")) : StoreLocation.Parse(dbArg);
var options = new ServerOptions
{
    Urls = "http://127.0.0.1:0",
    Store = location,
    WriteBurst = 1_000_000,
    WritesPerSecond = 1_000_000,
    ReadBurst = 1_000_000,
    ReadsPerSecond = 1_000_000,
};
var app = await ParallaxServer.CreateAsync(options, builder => builder.Logging.ClearProviders());
await app.StartAsync();
var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
var (_, key) = await app.Services.GetRequiredService<ParallaxStore>().CreateKeyAsync("load");
using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
{
    BaseAddress = new Uri(address),
    Timeout = TimeSpan.FromSeconds(30),
};
http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
Console.WriteLine($"Parallax server load run: {location}, {address}, {Environment.ProcessorCount} cores");

// The story readers read: N articles of one topic.
long story = -1;
var seedWatch = Stopwatch.StartNew();
for (var i = 0; i < storyArticles; i++)
{
    using var response = await http.PostAsJsonAsync("/api/articles", new { text = SyntheticNews.Article(0, i, sentences: 30) });
    response.EnsureSuccessStatusCode();
    var added = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    var s = added.GetProperty("story").GetInt64();
    if (story >= 0 && s != story)
    {
        Console.WriteLine($"  note: seed article {i} went to story {s}, not {story}");
    }

    story = story < 0 ? s : story;
}

var storyInfo = await WaitForDossierAsync(story);
long gzipBytes;
using (var gzipRequest = new HttpRequestMessage(HttpMethod.Get, $"/api/stories/{story}/dossier"))
{
    gzipRequest.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
    using var gzipResponse = await http.SendAsync(gzipRequest);
    gzipBytes = (await gzipResponse.Content.ReadAsByteArrayAsync()).Length;
}

Console.WriteLine($"Seeded story {story}: {storyInfo.Articles} articles; dossier built ({storyInfo.Bytes / 1024.0:0} KB, {gzipBytes / 1024.0:0} KB gzip) after {seedWatch.Elapsed.TotalSeconds:0.0} s; readers read it {(identity ? "uncompressed" : "gzip-compressed")}");

// The same readers alone, no writers: the baseline.
if (baselineSeconds > 0)
{
    var quiet = new ConcurrentBag<double>();
    using var quietStop = new CancellationTokenSource(TimeSpan.FromSeconds(baselineSeconds));
    var quietErrors = new ConcurrentBag<string>();
    var quietWatch = Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(0, readerCount).Select(_ => Task.Run(() => ReadLoopAsync(quietStop.Token, quiet, quietErrors))));
    var q = quiet.Order().ToArray();
    Console.WriteLine($"No load ({readerCount} readers alone, {quietWatch.Elapsed.TotalSeconds:0.0} s): {q.Length / quietWatch.Elapsed.TotalSeconds:0} GET dossier/s, " +
                      $"p50 {Percentile(q, 0.50):0.0} ms, p99 {Percentile(q, 0.99):0.0} ms, errors {quietErrors.Count}");
}

// The writers' pool: other topics, picked at random, so adds overlap.
var pool = Enumerable.Range(0, 300).Select(i => SyntheticNews.Article(1 + (i % (SyntheticNews.TopicCount - 1)), i / (SyntheticNews.TopicCount - 1), sentences: 10)).ToArray();
var errors = new ConcurrentBag<string>();
var acknowledged = new ConcurrentDictionary<int, long>();
var conflicts = 0;
var writes = 0;
var reads = 0;
var latencies = new ConcurrentBag<double>();
using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
var run = Stopwatch.StartNew();

var writers = Enumerable.Range(0, writerCount).Select(w => Task.Run(async () =>
{
    var random = new Random(w);
    while (!stop.IsCancellationRequested)
    {
        var index = random.Next(pool.Length);
        try
        {
            using var response = await http.PostAsJsonAsync("/api/articles", new { text = pool[index] });
            Interlocked.Increment(ref writes);
            if (response.StatusCode is not (HttpStatusCode.Created or HttpStatusCode.OK))
            {
                errors.Add("POST " + (int)response.StatusCode);
                continue;
            }

            var id = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt64();
            if (acknowledged.GetOrAdd(index, id) != id)
            {
                Interlocked.Increment(ref conflicts);
            }
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            errors.Add("POST " + e.GetType().Name);
        }
    }
})).ToArray();

var readers = Enumerable.Range(0, readerCount).Select(_ => Task.Run(() => ReadLoopAsync(stop.Token, latencies, errors, () => Interlocked.Increment(ref reads)))).ToArray();

await Task.WhenAll(writers.Concat(readers));
run.Stop();

// Checks.
var store = app.Services.GetRequiredService<ParallaxStore>();
var stored = await store.CountArticlesAsync();
var members = (await store.ListStoriesAsync(10_000)).SelectMany(s => s.ArticleIds).ToList();
var sorted = latencies.Order().ToArray();
double Percentile(double[] values, double p) => values.Length == 0 ? double.NaN : values[Math.Min(values.Length - 1, (int)Math.Ceiling(p * values.Length) - 1)];
var elapsed = run.Elapsed.TotalSeconds;
Console.WriteLine($"Ran {elapsed:0.0} s with {writerCount} writers and {readerCount} dossier readers:");
Console.WriteLine($"  requests      {writes + reads} ({(writes + reads) / elapsed:0} req/s): {writes} POST /api/articles ({writes / elapsed:0}/s), {reads} GET dossier ({reads / elapsed:0}/s)");
Console.WriteLine($"  GET /api/stories/{story}/dossier ({storyInfo.Articles} articles, {storyInfo.Bytes / 1024.0:0} KB): p50 {Percentile(sorted, 0.50):0.0} ms, p90 {Percentile(sorted, 0.90):0.0} ms, p99 {Percentile(sorted, 0.99):0.0} ms, max {(sorted.Length == 0 ? double.NaN : sorted[^1]):0.0} ms");
Console.WriteLine($"  errors        {errors.Count}{(errors.IsEmpty ? string.Empty : " (" + string.Join(", ", errors.GroupBy(e => e).Select(g => $"{g.Key} ×{g.Count()}")) + ")")}");
Console.WriteLine($"  articles      {stored} stored = {storyArticles} seeded + {acknowledged.Count} distinct added (pool {pool.Length}); id conflicts {conflicts}");
Console.WriteLine($"  membership    {members.Count} memberships, {members.Distinct().Count()} distinct articles, {(await store.ListStoriesAsync(10_000)).Count} stories");
var ok = errors.IsEmpty && conflicts == 0 && stored == storyArticles + acknowledged.Count && members.Count == stored && members.Distinct().Count() == stored;
Console.WriteLine(ok ? "  checks        passed" : "  checks        FAILED");
Console.WriteLine($"  target p99 < 50 ms: {(Percentile(sorted, 0.99) < 50 ? "met" : "not met")}");

await app.StopAsync();
await app.DisposeAsync();
Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
try
{
    Directory.Delete(directory, recursive: true);
}
catch (IOException)
{
}

return ok ? 0 : 1;

async Task<(int Articles, int Bytes)> WaitForDossierAsync(long id)
{
    var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(5);
    while (DateTime.UtcNow < deadline)
    {
        var detail = JsonDocument.Parse(await http.GetStringAsync($"/api/stories/{id}")).RootElement;
        if (detail.GetProperty("dossierRevision").ValueKind == JsonValueKind.Number &&
            detail.GetProperty("dossierRevision").GetInt64() == detail.GetProperty("revision").GetInt64())
        {
            var bytes = await http.GetByteArrayAsync($"/api/stories/{id}/dossier");
            return (detail.GetProperty("articles").GetArrayLength(), bytes.Length);
        }

        await Task.Delay(200);
    }

    throw new TimeoutException("the seeded story's dossier was not built in 5 minutes");
}

// One reader: GET the dossier again and again until stopped, recording each latency (headers to last byte).
async Task ReadLoopAsync(CancellationToken until, ConcurrentBag<double> into, ConcurrentBag<string> failures, Action? counted = null)
{
    var watch = new Stopwatch();
    var buffer = new byte[64 * 1024];
    while (!until.IsCancellationRequested)
    {
        watch.Restart();
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/stories/{story}/dossier");
            if (!identity)
            {
                request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
            }

            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
            var length = await DrainAsync(response, buffer);
            watch.Stop();
            counted?.Invoke();
            if (response.StatusCode != HttpStatusCode.OK || length == 0)
            {
                failures.Add("GET dossier " + (int)response.StatusCode);
                continue;
            }

            into.Add(watch.Elapsed.TotalMilliseconds);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            failures.Add("GET " + e.GetType().Name);
        }
    }
}

// Reads the whole body into a reused buffer (the client must not skew the server's figures with its own garbage).
static async Task<long> DrainAsync(HttpResponseMessage response, byte[] buffer)
{
    await using var stream = await response.Content.ReadAsStreamAsync();
    long total = 0;
    int read;
    while ((read = await stream.ReadAsync(buffer)) > 0)
    {
        total += read;
    }

    return total;
}

int Arg(string name, int fallback)
{
    var text = ArgText(name);
    return text is null ? fallback : int.Parse(text, CultureInfo.InvariantCulture);
}

string? ArgText(string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}
