using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Parallax.Storage;

namespace Parallax.Server.Tests.Reliability;

/// <summary>
/// Starts <c>parallax serve</c> as a child process, adds articles from several clients, kills the server with SIGKILL
/// in the middle, restarts it: every acknowledged article is there, with its text, once, in one story.
/// </summary>
public sealed class CrashRecoveryTests
{
    private static string CliPath => Path.Combine(AppContext.BaseDirectory, "parallax.dll");

    [Fact]
    public async Task Every_acknowledged_article_survives_a_kill_during_ingestion_exactly_once()
    {
        var directory = Path.Combine(Path.GetTempPath(), "parallax-crash-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(directory);
        var db = Path.Combine(directory, "crash.db");
        try
        {
            var key = (await RunCliAsync("keys", "create", "--db", db)).Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1].Trim();
            var port = FreePort();
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(20) };
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
            var texts = Enumerable.Range(0, 400).Select(i => SyntheticNews.Article(i % 3, i, sentences: 6)).ToArray();
            var acknowledged = new ConcurrentDictionary<int, long>();

            using (var server = StartServer(db, port))
            {
                await WaitHealthyAsync(http);
                using var kill = new CancellationTokenSource();
                var writers = Enumerable.Range(0, 4).Select(w => Task.Run(async () =>
                {
                    for (var i = w; i < texts.Length && !kill.IsCancellationRequested; i += 4)
                    {
                        try
                        {
                            using var response = await http.PostAsJsonAsync("/api/articles", new { text = texts[i] }, kill.Token);
                            if (response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK)
                            {
                                var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(kill.Token)).RootElement;
                                acknowledged[i] = body.GetProperty("id").GetInt64();
                                if (acknowledged.Count >= 40)
                                {
                                    await kill.CancelAsync();
                                }
                            }
                        }
                        catch (Exception e) when (e is HttpRequestException or OperationCanceledException or IOException)
                        {
                            return;
                        }
                    }
                })).ToArray();

                await WaitUntilAsync(() => acknowledged.Count >= 40 || writers.All(t => t.IsCompleted), TimeSpan.FromSeconds(60));
                server.Kill(entireProcessTree: true);
                await server.WaitForExitAsync();
                await kill.CancelAsync();
                await Task.WhenAll(writers);
            }

            Assert.True(acknowledged.Count >= 40, $"only {acknowledged.Count} articles were acknowledged before the kill");
            using (var restarted = StartServer(db, port))
            {
                try
                {
                    await WaitHealthyAsync(http);
                    foreach (var (index, id) in acknowledged)
                    {
                        using var get = await http.GetAsync($"/api/articles/{id}");
                        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
                        var article = JsonDocument.Parse(await get.Content.ReadAsStringAsync()).RootElement;
                        var text = article.GetProperty("text").GetString()!;
                        Assert.Contains(text[..Math.Min(60, text.Length)], texts[index], StringComparison.Ordinal);

                        using var again = await http.PostAsJsonAsync("/api/articles", new { text = texts[index] });
                        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
                        Assert.Equal(id, JsonDocument.Parse(await again.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt64());
                    }
                }
                finally
                {
                    restarted.Kill(entireProcessTree: true);
                    await restarted.WaitForExitAsync();
                }
            }

            await using var store = await ParallaxStore.OpenAsync(StoreLocation.Parse(db));
            var stored = await store.CountArticlesAsync();
            Assert.InRange(stored, acknowledged.Count, acknowledged.Count + 4);
            var members = (await store.ListStoriesAsync(10_000)).SelectMany(s => s.ArticleIds).ToList();
            Assert.Equal(stored, members.Count);
            Assert.Equal(members.Count, members.Distinct().Count());
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(directory, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private static Process StartServer(string db, int port)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { CliPath, "serve", "--db", db, "--urls", $"http://127.0.0.1:{port}" })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start parallax serve");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task<string> RunCliAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(CliPath);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"parallax {string.Join(' ', arguments)} exited {process.ExitCode}: {error}");
        return output;
    }

    private static async Task WaitHealthyAsync(HttpClient http)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (true)
        {
            try
            {
                using var response = await http.GetAsync("/healthz");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            Assert.True(DateTime.UtcNow < deadline, "parallax serve did not become healthy");
            await Task.Delay(100);
        }
    }

    private static async Task WaitUntilAsync(Func<bool> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(5);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
