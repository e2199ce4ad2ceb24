using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Parallax.Server.Tests.Api;

/// <summary>Bad requests get the right 4xx as problem details, and nothing is stored.</summary>
public sealed class BadRequestTests
{
    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"status\":" + (int)status, body, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> PostRawAsync(TestHost host, string body, string contentType = "application/json")
    {
        var request = host.Request(HttpMethod.Post, "/api/articles");
        request.Content = new StringContent(body, Encoding.UTF8);
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return await host.Client.SendAsync(request);
    }

    [Theory]
    [InlineData("{\"text\": \"unterminated")]
    [InlineData("{text: 'single quotes'}")]
    [InlineData("")]
    [InlineData("{\"text\": \"a\",}")]
    public async Task Malformed_json_is_400(string body)
    {
        await using var host = await TestHost.StartAsync();
        using var response = await PostRawAsync(host, body);
        await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(0, await host.Store.CountArticlesAsync());
    }

    [Theory]
    [InlineData("[\"text\"]")]
    [InlineData("{}")]
    [InlineData("{\"text\": 42}")]
    [InlineData("{\"text\": \"   \"}")]
    [InlineData("{\"text\": \"a b c\", \"url\": \"https://example.com/\"}")]
    [InlineData("{\"url\": \"ftp://example.com/a\"}")]
    [InlineData("{\"url\": \"not a url\"}")]
    [InlineData("{\"text\": \"a b c\", \"source\": 5}")]
    public async Task Requests_of_the_wrong_shape_are_400(string body)
    {
        await using var host = await TestHost.StartAsync();
        using var response = await PostRawAsync(host, body);
        await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(0, await host.Store.CountArticlesAsync());
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("text/html")]
    public async Task Other_content_types_are_415(string contentType)
    {
        await using var host = await TestHost.StartAsync();
        using var response = await PostRawAsync(host, "{\"text\": \"" + SyntheticNews.Article(0, 1).Replace("\n", "\\n", StringComparison.Ordinal) + "\"}", contentType);
        await AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
        Assert.Equal(0, await host.Store.CountArticlesAsync());
    }

    [Fact]
    public async Task A_body_over_the_limit_is_413()
    {
        await using var host = await TestHost.StartAsync(o => o with { MaxBodyBytes = 64 * 1024 });
        var huge = "{\"text\": \"" + new string('x', 200 * 1024) + "\"}";

        using var response = await PostRawAsync(host, huge);
        await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);

        // Without a Content-Length (chunked), the limit holds while reading.
        var request = host.Request(HttpMethod.Post, "/api/articles");
        request.Content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(huge)));
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.TransferEncodingChunked = true;
        using var chunked = await host.Client.SendAsync(request);
        await AssertProblemAsync(chunked, HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal(0, await host.Store.CountArticlesAsync());
    }

    [Theory]
    [InlineData("http://127.0.0.1:9/article")]
    [InlineData("http://localhost/article")]
    [InlineData("http://[::1]/article")]
    [InlineData("http://10.0.0.1/article")]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    public async Task A_url_to_a_private_address_is_refused_422(string url)
    {
        await using var host = await TestHost.StartAsync();
        using var response = await host.PostArticleAsync(new { url });
        await AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Equal(0, await host.Store.CountArticlesAsync());
    }

    [Fact]
    public async Task Text_with_no_article_is_422()
    {
        await using var host = await TestHost.StartAsync();
        using var response = await host.PostArticleAsync(new { html = "<html><body><nav><a href='/'>Home</a></nav></body></html>" });
        await AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Equal(0, await host.Store.CountArticlesAsync());
    }

    [Theory]
    [InlineData("/api/articles/999")]
    [InlineData("/api/stories/999")]
    [InlineData("/api/stories/999/dossier")]
    [InlineData("/api/stories/999/dossier.html")]
    [InlineData("/api/articles/abc")]
    [InlineData("/api/nothing-here")]
    public async Task Unknown_ids_and_paths_are_404(string path)
    {
        await using var host = await TestHost.StartAsync();
        using var response = await host.GetAsync(path);
        await AssertProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_search_without_words_is_400()
    {
        await using var host = await TestHost.StartAsync();
        using var response = await host.GetAsync("/api/search?q=");
        await AssertProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_wrong_method_is_405_problem()
    {
        await using var host = await TestHost.StartAsync();
        using var response = await host.Client.SendAsync(host.Request(HttpMethod.Delete, "/api/stories"));
        await AssertProblemAsync(response, HttpStatusCode.MethodNotAllowed);
    }
}
