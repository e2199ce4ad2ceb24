using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Parallax.Storage;

namespace Parallax.Server.Tests;

/// <summary>A Parallax server on an in-memory test server over a fresh SQLite file, with one valid key.</summary>
internal sealed class TestHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _directory;
    private readonly Func<ServerOptions, ServerOptions>? _change;
    private bool _keepDirectory;

    private TestHost(WebApplication app, string directory, string key, Func<ServerOptions, ServerOptions>? change)
    {
        _app = app;
        _directory = directory;
        _change = change;
        Key = key;
        Client = app.GetTestClient();
    }

    public HttpClient Client { get; }

    public string Key { get; }

    public ParallaxStore Store => _app.Services.GetRequiredService<ParallaxStore>();

    public static Task<TestHost> StartAsync(Func<ServerOptions, ServerOptions>? change = null) =>
        StartAsync(change, Path.Combine(Path.GetTempPath(), "parallax-server-" + Guid.NewGuid().ToString("N")[..12]));

    /// <summary>Stops this server and starts a new one on the same database (this host is disposed; dispose the new one).</summary>
    public async Task<TestHost> RestartAsync()
    {
        _keepDirectory = true;
        await DisposeAsync();
        return await StartAsync(_change, _directory);
    }

    private static async Task<TestHost> StartAsync(Func<ServerOptions, ServerOptions>? change, string directory)
    {
        Directory.CreateDirectory(directory);
        var options = new ServerOptions { Store = StoreLocation.Parse(Path.Combine(directory, "test.db")), WriteBurst = 10_000, WritesPerSecond = 10_000, ReadBurst = 10_000, ReadsPerSecond = 10_000 };
        options = change?.Invoke(options) ?? options;
        var app = await ParallaxServer.CreateAsync(options, builder =>
        {
            builder.WebHost.UseTestServer();
            builder.Logging.ClearProviders();
        });
        await app.StartAsync();
        var (_, secret) = await app.Services.GetRequiredService<ParallaxStore>().CreateKeyAsync("test");
        return new TestHost(app, directory, secret, change);
    }

    public HttpRequestMessage Request(HttpMethod method, string path, bool withKey = true)
    {
        var request = new HttpRequestMessage(method, path);
        if (withKey)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Key);
        }

        return request;
    }

    public async Task<HttpResponseMessage> PostArticleAsync(object body, bool withKey = true)
    {
        var request = Request(HttpMethod.Post, "/api/articles", withKey);
        request.Content = JsonContent.Create(body);
        return await Client.SendAsync(request);
    }

    public async Task<HttpResponseMessage> GetAsync(string path, bool withKey = true) =>
        await Client.SendAsync(Request(HttpMethod.Get, path, withKey));

    public async Task<JsonElement> GetJsonAsync(string path)
    {
        using var response = await GetAsync(path);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    /// <summary>Waits until the story's dossier is built from its current revision; returns the dossier JSON.</summary>
    public async Task<JsonElement> WaitForDossierAsync(long story, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (true)
        {
            var detail = await GetJsonAsync($"/api/stories/{story}");
            if (detail.GetProperty("dossierRevision").ValueKind == JsonValueKind.Number &&
                detail.GetProperty("dossierRevision").GetInt64() == detail.GetProperty("revision").GetInt64())
            {
                return await GetJsonAsync($"/api/stories/{story}/dossier");
            }

            Assert.True(DateTime.UtcNow < deadline, $"the dossier of story {story} was not built in time");
            await Task.Delay(100);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (_keepDirectory)
        {
            return;
        }

        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
