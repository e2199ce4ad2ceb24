using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace Parallax.Server.Tests.Api;

/// <summary>API keys, public reading and rate limits.</summary>
public sealed class AccessTests
{
    private static async Task AssertUnauthorizedAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("Bearer", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.Contains("\"status\":401", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static HttpRequestMessage Post(string? bearer)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/articles") { Content = JsonContent.Create(new { text = SyntheticNews.Article(0, 3) }) };
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        return request;
    }

    [Fact]
    public async Task Writes_need_a_valid_unrevoked_key()
    {
        await using var host = await TestHost.StartAsync(o => o with { PublicRead = true });

        using (var missing = await host.Client.SendAsync(Post(null)))
        {
            await AssertUnauthorizedAsync(missing);
        }

        using (var wrong = await host.Client.SendAsync(Post(host.Key[..^2] + "xx")))
        {
            await AssertUnauthorizedAsync(wrong);
        }

        using (var garbage = await host.Client.SendAsync(Post("hello")))
        {
            await AssertUnauthorizedAsync(garbage);
        }

        var (key, secret) = await host.Store.CreateKeyAsync("temporary");
        await host.Store.RevokeKeyAsync(key.Id);
        using (var revoked = await host.Client.SendAsync(Post(secret)))
        {
            await AssertUnauthorizedAsync(revoked);
        }

        Assert.Equal(0, await host.Store.CountArticlesAsync());
        using var good = await host.Client.SendAsync(Post(host.Key));
        Assert.Equal(HttpStatusCode.Created, good.StatusCode);
    }

    [Fact]
    public async Task Reads_need_a_key_unless_public_read()
    {
        await using (var closed = await TestHost.StartAsync())
        {
            using var anonymous = await closed.GetAsync("/api/stories", withKey: false);
            await AssertUnauthorizedAsync(anonymous);
            using var keyed = await closed.GetAsync("/api/stories");
            Assert.Equal(HttpStatusCode.OK, keyed.StatusCode);
        }

        await using var open = await TestHost.StartAsync(o => o with { PublicRead = true });
        using var read = await open.GetAsync("/api/stories", withKey: false);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
    }

    [Fact]
    public async Task Writes_over_the_rate_limit_get_429_with_retry_after()
    {
        await using var host = await TestHost.StartAsync(o => o with { WriteBurst = 3, WritesPerSecond = 1 });
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            using var response = await host.PostArticleAsync(new { text = SyntheticNews.Article(1, i) });
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
                Assert.NotNull(response.Headers.RetryAfter);
            }
        }

        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
        Assert.Equal(HttpStatusCode.Created, statuses[0]);
        Assert.True(await host.Store.CountArticlesAsync() <= 4);
    }
}
