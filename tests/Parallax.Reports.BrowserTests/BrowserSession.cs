using Microsoft.Playwright;

namespace Parallax.Reports.BrowserTests;

/// <summary>
/// One headless Chromium for all browser tests (Debian's, through Playwright's bundled driver; no browser download),
/// with a throw-away profile. Pages opened through it record console errors, page errors, dialogs and every network
/// request other than the page file itself, which is refused.
/// </summary>
public sealed class BrowserSession : IAsyncLifetime
{
    private readonly string _profile = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "parallax-chromium-" + Guid.NewGuid().ToString("N"));
    private IPlaywright? _playwright;
    private IBrowserContext? _context;

    public static string Screenshots { get; } = System.IO.Path.Combine(RepoPaths.Root, "TestResults", "screenshots");

    public async Task InitializeAsync()
    {
        if (Chromium.Path is null)
        {
            return;
        }

        _playwright = await Playwright.CreateAsync();
        _context = await _playwright.Chromium.LaunchPersistentContextAsync(_profile, new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = Chromium.Path,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
            ViewportSize = new ViewportSize { Width = 1360, Height = 900 },
            Offline = true,
        });
        Directory.CreateDirectory(Screenshots);
    }

    /// <summary>Writes <paramref name="html"/> to a file and opens it in a new page.</summary>
    public async Task<OpenedPage> OpenAsync(string html, string name)
    {
        var file = System.IO.Path.Combine(_profile, name + ".html");
        await File.WriteAllTextAsync(file, html);
        var url = new Uri(file).AbsoluteUri;
        var page = await _context!.NewPageAsync();
        page.SetDefaultTimeout(5000);
        var opened = new OpenedPage(page);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                opened.ConsoleErrors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => opened.ConsoleErrors.Add("page error: " + error);
        page.Dialog += async (_, dialog) =>
        {
            opened.Dialogs.Add(dialog.Message);
            await dialog.DismissAsync();
        };
        page.Request += (_, request) =>
        {
            if (request.Url != url)
            {
                opened.Requests.Add(request.Url);
            }
        };
        await page.RouteAsync("**/*", route => route.Request.Url == url ? route.ContinueAsync() : route.AbortAsync());
        await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        return opened;
    }

    public async Task DisposeAsync()
    {
        if (_context is not null)
        {
            await _context.CloseAsync();
        }

        _playwright?.Dispose();
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>A page and what it did: console errors, dialogs, requests.</summary>
public sealed class OpenedPage(IPage page)
{
    public IPage Page { get; } = page;

    public List<string> ConsoleErrors { get; } = [];

    public List<string> Dialogs { get; } = [];

    public List<string> Requests { get; } = [];

    public Task ScreenshotAsync(string name, bool fullPage = false) =>
        Page.ScreenshotAsync(new PageScreenshotOptions { Path = System.IO.Path.Combine(BrowserSession.Screenshots, name + ".png"), FullPage = fullPage });
}

[CollectionDefinition("browser")]
public sealed class BrowserCollection : ICollectionFixture<BrowserSession>;
