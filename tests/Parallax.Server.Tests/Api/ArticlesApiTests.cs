using System.Net;
using System.Text.Json;

namespace Parallax.Server.Tests.Api;

public sealed class ArticlesApiTests
{
    [Fact]
    public async Task Adding_an_article_stores_it_once_puts_it_in_a_story_and_builds_the_dossier()
    {
        await using var host = await TestHost.StartAsync();
        var text = SyntheticNews.Article(0, 1);

        using var first = await host.PostArticleAsync(new { text, source = "wire/1.txt" });
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var added = JsonDocument.Parse(await first.Content.ReadAsStringAsync()).RootElement;
        var id = added.GetProperty("id").GetInt64();
        var story = added.GetProperty("story").GetInt64();
        Assert.Equal($"/api/articles/{id}", first.Headers.Location?.ToString());

        using var again = await host.PostArticleAsync(new { text = "  " + text.Replace("\n\n", "\n", StringComparison.Ordinal) + "\n" });
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var same = JsonDocument.Parse(await again.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(id, same.GetProperty("id").GetInt64());
        Assert.False(same.GetProperty("created").GetBoolean());

        var article = await host.GetJsonAsync($"/api/articles/{id}");
        Assert.Equal("wire/1.txt", article.GetProperty("source").GetString());
        Assert.Equal(story, article.GetProperty("story").GetInt64());
        Assert.Equal("text", article.GetProperty("raw").GetProperty("kind").GetString());
        Assert.Contains("Calder", article.GetProperty("text").GetString() + article.GetProperty("title").GetString(), StringComparison.Ordinal);

        var stories = await host.GetJsonAsync("/api/stories");
        var listed = Assert.Single(stories.GetProperty("stories").EnumerateArray());
        Assert.Equal(story, listed.GetProperty("id").GetInt64());
        Assert.Equal([id], listed.GetProperty("articles").EnumerateArray().Select(a => a.GetInt64()));

        var dossier = await host.WaitForDossierAsync(story);
        Assert.Equal("parallax.dossier/1", dossier.GetProperty("schema").GetString());
        Assert.Equal("wire/1.txt", Assert.Single(dossier.GetProperty("articles").EnumerateArray()).GetProperty("source").GetString());
        Assert.Equal(1, await host.Store.CountArticlesAsync());
    }

    [Fact]
    public async Task Html_is_read_for_its_main_text()
    {
        await using var host = await TestHost.StartAsync();
        var body = string.Join("", Enumerable.Range(0, 6).Select(i => "<p>" + SyntheticNews.Article(1, i, 2) + "</p>"));
        var html = $"<html><head><title>Trial results</title></head><body><nav><a href='/'>Home</a></nav><article><h1>Vaccine trial</h1>{body}</article></body></html>";

        using var response = await host.PostArticleAsync(new { html });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt64();
        var article = await host.GetJsonAsync($"/api/articles/{id}");
        Assert.Equal("html", article.GetProperty("raw").GetProperty("kind").GetString());
        Assert.DoesNotContain("<p>", article.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Related_articles_share_a_story_and_unrelated_ones_do_not()
    {
        await using var host = await TestHost.StartAsync();
        var stories = new Dictionary<int, HashSet<long>>();
        for (var i = 0; i < 4; i++)
        {
            for (var topic = 0; topic < SyntheticNews.TopicCount; topic++)
            {
                using var response = await host.PostArticleAsync(new { text = SyntheticNews.Article(topic, i) });
                var story = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("story").GetInt64();
                (stories.TryGetValue(topic, out var set) ? set : stories[topic] = []).Add(story);
            }
        }

        Assert.All(stories.Values, set => Assert.Single(set));
        Assert.Equal(SyntheticNews.TopicCount, stories.Values.Select(s => s.Single()).Distinct().Count());
    }

    [Fact]
    public async Task Search_finds_articles_by_their_words()
    {
        await using var host = await TestHost.StartAsync();
        using var a = await host.PostArticleAsync(new { text = SyntheticNews.Article(2, 1) });
        using var b = await host.PostArticleAsync(new { text = SyntheticNews.Article(3, 1) });

        var result = await host.GetJsonAsync("/api/search?q=" + Uri.EscapeDataString("orbital launch"));

        var hit = Assert.Single(result.GetProperty("results").EnumerateArray());
        Assert.Contains("launch", hit.GetProperty("title").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Empty((await host.GetJsonAsync("/api/search?q=zeppelin")).GetProperty("results").EnumerateArray());
    }

    [Fact]
    public async Task Health_and_openapi_are_served_without_a_key()
    {
        await using var host = await TestHost.StartAsync();

        using var health = await host.GetAsync("/healthz", withKey: false);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Contains("\"ok\"", await health.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var openApi = await host.GetAsync("/openapi.json", withKey: false);
        Assert.Equal(HttpStatusCode.OK, openApi.StatusCode);
        var document = JsonDocument.Parse(await openApi.Content.ReadAsStringAsync()).RootElement;
        var paths = document.GetProperty("paths");
        foreach (var path in new[] { "/api/articles", "/api/articles/{id}", "/api/stories", "/api/stories/{id}", "/api/stories/{id}/dossier", "/api/search", "/healthz" })
        {
            Assert.True(paths.TryGetProperty(path, out _), path + " is not in the OpenAPI document");
        }
    }

    [Fact]
    public async Task The_dossier_is_sent_gzip_compressed_on_request_and_304_when_the_client_has_its_revision()
    {
        await using var host = await TestHost.StartAsync();
        using var added = await host.PostArticleAsync(new { text = SyntheticNews.Article(1, 3) });
        var story = JsonDocument.Parse(await added.Content.ReadAsStringAsync()).RootElement.GetProperty("story").GetInt64();
        await host.WaitForDossierAsync(story);

        using var plain = await host.GetAsync($"/api/stories/{story}/dossier");
        var plainBytes = await plain.Content.ReadAsByteArrayAsync();
        var etag = plain.Headers.ETag;
        Assert.NotNull(etag);
        Assert.Empty(plain.Content.Headers.ContentEncoding);

        var gzipRequest = host.Request(HttpMethod.Get, $"/api/stories/{story}/dossier");
        gzipRequest.Headers.AcceptEncoding.ParseAdd("gzip, br;q=0.5");
        using var gzip = await host.Client.SendAsync(gzipRequest);
        Assert.Equal("gzip", Assert.Single(gzip.Content.Headers.ContentEncoding));
        Assert.Contains("Accept-Encoding", gzip.Headers.Vary);
        await using (var unzip = new System.IO.Compression.GZipStream(await gzip.Content.ReadAsStreamAsync(), System.IO.Compression.CompressionMode.Decompress))
        using (var buffer = new MemoryStream())
        {
            await unzip.CopyToAsync(buffer);
            Assert.Equal(plainBytes, buffer.ToArray());
        }

        var conditional = host.Request(HttpMethod.Get, $"/api/stories/{story}/dossier");
        conditional.Headers.TryAddWithoutValidation("If-None-Match", "\"other\", " + etag!.Tag);
        using var notModified = await host.Client.SendAsync(conditional);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
    }
}
