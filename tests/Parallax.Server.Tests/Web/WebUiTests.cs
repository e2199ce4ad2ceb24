using System.Net;

namespace Parallax.Server.Tests.Web;

public sealed class WebUiTests
{
    [Theory]
    [InlineData("/", "text/html", "<title>Parallax</title>")]
    [InlineData("/stories/5", "text/html", "app.js")]
    [InlineData("/app.js", "text/javascript", "/api/stories")]
    [InlineData("/app.css", "text/css", "#dossier")]
    public async Task The_ui_is_served_with_a_strict_content_security_policy(string path, string type, string contains)
    {
        await using var host = await TestHost.StartAsync();

        using var response = await host.GetAsync(path, withKey: false);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(contains, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_dossier_page_is_the_html_dossier()
    {
        await using var host = await TestHost.StartAsync();
        using var added = await host.PostArticleAsync(new { text = SyntheticNews.Article(3, 2) });
        var story = System.Text.Json.JsonDocument.Parse(await added.Content.ReadAsStringAsync()).RootElement.GetProperty("story").GetInt64();
        await host.WaitForDossierAsync(story);

        using var page = await host.GetAsync($"/api/stories/{story}/dossier.html");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<!DOCTYPE html>", await page.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }
}
