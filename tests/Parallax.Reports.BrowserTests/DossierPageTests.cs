using Microsoft.Playwright;
using Parallax.Dossier;
using Parallax.Readers;
using Parallax.Reports.Html;
using Parallax.Reports.Tests;
using Parallax.Reports.Tests.Fixtures;

namespace Parallax.Reports.BrowserTests;

/// <summary>The HTML dossier in a real browser: it runs clean and offline, highlights sources, works from the keyboard.</summary>
[Collection("browser")]
public sealed class DossierPageTests(BrowserSession browser)
{
    [BrowserFact]
    public async Task Fixture_dossier_runs_clean_offline_and_highlights_a_claims_sources_in_every_article()
    {
        var dossier = SummitDossier.Create();
        var opened = await browser.OpenAsync(DossierHtmlWriter.Render(dossier), "fixture");
        var page = opened.Page;
        await opened.ScreenshotAsync("fixture-top");
        await opened.ScreenshotAsync("fixture-full", fullPage: true);

        await page.ClickAsync("table.matrix tbody tr:nth-child(2) th button");
        var claim = dossier.Claims[1];
        foreach (var position in claim.Positions)
        {
            var expected = position.Span.Of(dossier.Article(position.Article)!.Article.Text);
            Assert.Equal(expected, await HighlightedText(page, position.Article));
        }

        Assert.True(await page.IsVisibleAsync("#art-a3 .m.hl-x"));
        Assert.Equal("true", await page.GetAttributeAsync("table.matrix tbody tr:nth-child(2) th button", "aria-pressed"));
        Assert.Contains("highlighted in 4 of 4 articles", await page.TextContentAsync("#selection-text"), StringComparison.Ordinal);
        await page.Locator("#articles").ScrollIntoViewIfNeededAsync();
        await opened.ScreenshotAsync("fixture-claim-highlighted");

        await page.ClickAsync("#quotes .quote-group button.small");
        Assert.Equal("There's no deal until there's a deal", await HighlightedText(page, "a1", "hl-main"));
        Assert.Empty(await page.QuerySelectorAllAsync(".hl-s"));
        await page.Locator("#quotes").ScrollIntoViewIfNeededAsync();
        await opened.ScreenshotAsync("fixture-quotes");
        foreach (var section in new[] { "claims", "framing", "timeline", "entities" })
        {
            await page.Locator("#" + section).ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(BrowserSession.Screenshots, "fixture-" + section + ".png") });
        }

        await page.ClickAsync("#art-a4 .text .m[data-refs~='c5:s']");
        Assert.Equal("European leaders were not invited to the talks, which focused on the war in Ukraine.", await HighlightedText(page, "a4"));

        Assert.Empty(opened.ConsoleErrors);
        Assert.Empty(opened.Requests);
        Assert.Empty(opened.Dialogs);
    }

    [BrowserFact]
    public async Task Keyboard_alone_selects_clears_and_sorts()
    {
        var opened = await browser.OpenAsync(DossierHtmlWriter.Render(SummitDossier.Create()), "keyboard");
        var page = opened.Page;
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("skip", await page.EvaluateAsync<string>("document.activeElement.className"));

        await page.FocusAsync("#entities table.entities th button");
        await page.Keyboard.PressAsync("Enter");
        Assert.NotEmpty(await page.QuerySelectorAllAsync("#art-a1 .m.hl"));
        await page.Keyboard.PressAsync("Escape");
        Assert.Empty(await page.QuerySelectorAllAsync(".m.hl"));
        Assert.False(await page.IsVisibleAsync("#selection"));

        await page.FocusAsync("svg.timeline g.mk");
        await page.Keyboard.PressAsync(" ");
        Assert.NotEmpty(await page.QuerySelectorAllAsync(".m.hl"));
        Assert.Equal("true", await page.GetAttributeAsync("svg.timeline g.mk", "aria-pressed"));
        await page.Keyboard.PressAsync("Enter");
        Assert.Empty(await page.QuerySelectorAllAsync(".m.hl"));

        var contra = page.Locator("table.matrix thead th").Last;
        await contra.Locator("button").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("descending", await contra.GetAttributeAsync("aria-sort"));
        var first = await page.TextContentAsync("table.matrix tbody tr:first-child th button");
        Assert.True(first is "The summit produced no agreement on Ukraine" or "Russia made concessions on Ukraine", first);
        Assert.Empty(opened.ConsoleErrors);
    }

    [BrowserFact]
    public async Task Hostile_articles_run_nothing()
    {
        var opened = await browser.OpenAsync(DossierHtmlWriter.Render(Hostile.Dossier()), "hostile");
        var page = opened.Page;
        await page.ClickAsync("table.matrix tbody th button");
        await page.EvaluateAsync("() => document.querySelectorAll('[data-targets], a, button, summary').forEach(e => e.dispatchEvent(new MouseEvent('click', { bubbles: true })))");

        await page.EvaluateAsync(
            "() => document.querySelectorAll('body *').forEach(e => ['mouseover', 'mouseenter', 'focus', 'load', 'error'].forEach(t => e.dispatchEvent(new Event(t))))");

        await page.WaitForTimeoutAsync(200);
        Assert.True(await page.EvaluateAsync<bool>("typeof window.__pwned === 'undefined'"));
        Assert.True(await page.EvaluateAsync<bool>("getComputedStyle(document.body).display !== 'none'"));
        Assert.Equal(0, await page.EvaluateAsync<int>("document.querySelectorAll('img, iframe, object, embed').length"));
        Assert.Empty(opened.Dialogs);
        Assert.Empty(opened.Requests);
        Assert.Empty(opened.ConsoleErrors);
        await opened.ScreenshotAsync("hostile", fullPage: true);
    }

    [BrowserFact]
    public async Task Sample_story_dossier_runs_clean_and_highlights_what_it_found()
    {
        var dossier = await SampleDossier();
        var opened = await browser.OpenAsync(DossierHtmlWriter.Render(dossier), "sample");
        var page = opened.Page;
        await opened.ScreenshotAsync("sample-top");
        await opened.ScreenshotAsync("sample-full", fullPage: true);
        Assert.Equal(dossier.Articles.Length, await page.Locator("article.source").CountAsync());

        var claim = dossier.Claims.FirstOrDefault(c => c.Positions.Length > 0);
        if (claim is not null)
        {
            await page.ClickAsync("table.matrix tbody tr:first-child th button");
            foreach (var article in claim.Positions.Select(p => p.Article).Distinct())
            {
                Assert.NotEmpty(await page.QuerySelectorAllAsync("#art-" + article + " .m.hl"));
            }

            await page.Locator("#articles").ScrollIntoViewIfNeededAsync();
            await opened.ScreenshotAsync("sample-claim-highlighted");
        }
        else if (dossier.Entities.Length > 0)
        {
            await page.ClickAsync("#entities button.entity-name");
            Assert.NotEmpty(await page.QuerySelectorAllAsync(".m.hl"));
        }

        Assert.Empty(opened.ConsoleErrors);
        Assert.Empty(opened.Requests);
        Assert.Empty(opened.Dialogs);
    }

    private static async Task<StoryDossier> SampleDossier()
    {
        var articles = new List<Parallax.Model.Article>();
        await foreach (var result in new ArticleReader().ReadAllAsync([RepoPaths.Samples]))
        {
            articles.AddRange(result.Articles);
        }

        return DossierDefaults.CreateBuilder().Build(articles);
    }

    private static Task<string> HighlightedText(IPage page, string article, string cssClass = "hl") =>
        page.EvaluateAsync<string>(
            "([article, cls]) => Array.from(document.querySelectorAll('#art-' + article + ' .text .m.' + cls)).map(e => e.textContent).join('')",
            new[] { article, cssClass });
}
