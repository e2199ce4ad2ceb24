using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;
using Parallax.Server;
using Parallax.Storage;

namespace Parallax.Reports.BrowserTests.Server;

/// <summary>
/// The web UI of <c>parallax serve</c> in a real browser: the server on a free loopback port over a temporary SQLite
/// file; articles added through the UI's form and the API; the story shows up in the list, its dossier opens in the
/// page, and clicking a claim highlights its evidence in the articles.
/// </summary>
public sealed class ServerUiTests
{
    [BrowserFact]
    public async Task Articles_added_through_the_ui_make_a_story_whose_dossier_highlights_a_claims_evidence()
    {
        using var hang = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        var directory = Path.Combine(Path.GetTempPath(), "parallax-ui-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(directory);
        WebApplication? app = null;
        IPlaywright? playwright = null;
        IBrowser? browser = null;
        try
        {
            app = await ParallaxServer.CreateAsync(
                new ServerOptions { Urls = "http://127.0.0.1:0", Store = StoreLocation.Parse(Path.Combine(directory, "ui.db")) },
                builder => builder.Logging.ClearProviders(),
                hang.Token);
            await app.StartAsync(hang.Token);
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            Assert.StartsWith("http://127.0.0.1:", address, StringComparison.Ordinal);
            var (_, key) = await app.Services.GetRequiredService<ParallaxStore>().CreateKeyAsync("ui", hang.Token);
            var samples = Directory.GetFiles(RepoPaths.Samples, "*.txt").Order(StringComparer.Ordinal).ToArray();

            playwright = await Playwright.CreateAsync();
            browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = Chromium.Path,
                Headless = true,
                Args = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
            });
            var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1360, Height = 900 } });
            page.SetDefaultTimeout(10_000);
            var errors = new List<string>();
            var outside = new List<string>();
            page.Console += (_, message) =>
            {
                // Failed loads are checked below by URL (the first list is fetched before the key is typed).
                if (message.Type == "error" && !message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal))
                {
                    errors.Add(message.Text);
                }
            };
            page.PageError += (_, error) => errors.Add("page error: " + error);
            page.Request += (_, request) =>
            {
                if (!request.Url.StartsWith(address, StringComparison.Ordinal) && !request.Url.StartsWith("about:", StringComparison.Ordinal))
                {
                    outside.Add(request.Url);
                }
            };

            var keyed = false;
            var failed = new List<string>();
            page.Response += (_, response) =>
            {
                if (response.Status >= 400 && keyed && !response.Url.EndsWith("/favicon.ico", StringComparison.Ordinal))
                {
                    failed.Add(response.Status + " " + response.Url);
                }
            };

            await page.GotoAsync(address + "/");
            await page.FillAsync("#key", key);
            keyed = true;
            await page.DispatchEventAsync("#key", "change");
            await page.ClickAsync("#add summary");

            // Two articles through the form.
            foreach (var sample in samples.Take(2))
            {
                await page.FillAsync("#add-source", Path.GetFileName(sample));
                await page.FillAsync("#add-text", await File.ReadAllTextAsync(sample, hang.Token));
                await page.ClickAsync("#add-form button[type=submit]");
                await page.WaitForFunctionAsync("() => /^(Added|Already stored) as article/.test(document.getElementById('add-status').textContent)");
            }

            // The rest through the API.
            using var http = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(60) };
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
            long story = -1;
            foreach (var sample in samples.Skip(2))
            {
                using var response = await http.PostAsJsonAsync("/api/articles", new { text = await File.ReadAllTextAsync(sample, hang.Token), source = Path.GetFileName(sample) }, hang.Token);
                Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(hang.Token));
                story = JsonDocument.Parse(await response.Content.ReadAsStringAsync(hang.Token)).RootElement.GetProperty("story").GetInt64();
            }

            // The story appears in the list (the page refreshes every 3 s); open it.
            var link = page.Locator($"#stories li[data-story='{story}'] a");
            await link.WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });
            await link.ClickAsync();
            await page.WaitForURLAsync($"**/stories/{story}");

            // Its dossier, once built from every article, in the page's frame.
            var stories = JsonDocument.Parse(await http.GetStringAsync("/api/stories", hang.Token)).RootElement.GetProperty("stories");
            var articles = stories.EnumerateArray().Single(s => s.GetProperty("id").GetInt64() == story).GetProperty("articles").GetArrayLength();
            Assert.True(articles >= 2, $"story {story} has {articles} article(s)");
            await page.WaitForFunctionAsync("() => /dossier up to date/.test(document.getElementById('story-head').textContent)", null, new PageWaitForFunctionOptions { Timeout = 180_000 });
            var dossier = page.FrameLocator("#dossier");
            var claim = dossier.Locator("table.matrix tbody tr th button").First;
            await claim.WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
            Assert.Equal(0, await dossier.Locator(".m.hl").CountAsync());

            await claim.ClickAsync();

            Assert.Equal("true", await claim.GetAttributeAsync("aria-pressed"));
            Assert.True(await dossier.Locator(".m.hl").CountAsync() > 0, "clicking a claim highlighted nothing");
            Assert.Contains("highlighted in", await dossier.Locator("#selection-text").TextContentAsync(), StringComparison.Ordinal);
            Directory.CreateDirectory(BrowserSession.Screenshots);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSession.Screenshots, "server-ui-claim.png"), Timeout = 30_000 });

            // The framed dossier cannot reach the page (opaque origin), and nothing loaded from elsewhere.
            Assert.Equal("null", await page.Frames.Single(f => f != page.MainFrame).EvaluateAsync<string>("() => String(window.origin)"));
            Assert.Empty(errors);
            Assert.Empty(failed);
            Assert.Empty(outside);
        }
        finally
        {
            if (browser is not null)
            {
                await browser.CloseAsync();
            }

            playwright?.Dispose();
            if (app is not null)
            {
                await app.StopAsync(CancellationToken.None);
                await app.DisposeAsync();
            }

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
}
