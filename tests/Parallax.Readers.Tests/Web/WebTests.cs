using System.Diagnostics;
using System.Net;
using System.Text;
using Parallax.Readers.Tests.Inputs;
using Parallax.Readers.Web;

namespace Parallax.Readers.Tests.Web;

public class AddressGuardTests
{
    [Theory]
    [InlineData("127.0.0.1", "loopback")]
    [InlineData("127.255.0.9", "loopback")]
    [InlineData("10.1.2.3", "private")]
    [InlineData("172.16.0.1", "private")]
    [InlineData("172.31.255.255", "private")]
    [InlineData("192.168.1.1", "private")]
    [InlineData("100.64.0.1", "shared (carrier-grade NAT)")]
    [InlineData("169.254.169.254", "link-local")]
    [InlineData("0.0.0.0", "unspecified (0.0.0.0/8)")]
    [InlineData("224.0.0.1", "multicast")]
    [InlineData("255.255.255.255", "broadcast")]
    [InlineData("::1", "loopback")]
    [InlineData("::", "unspecified")]
    [InlineData("fc00::1", "unique-local (private)")]
    [InlineData("fd12:3456::1", "unique-local (private)")]
    [InlineData("fe80::1", "link-local")]
    [InlineData("ff02::1", "multicast")]
    [InlineData("::ffff:127.0.0.1", "loopback")]
    [InlineData("::ffff:10.0.0.1", "private")]
    [InlineData("::ffff:169.254.169.254", "link-local")]
    [InlineData("64:ff9b::192.168.0.1", "private")]
    [InlineData("2002:7f00:1::", "loopback")]
    public void Non_public_addresses_are_named(string address, string expected)
    {
        Assert.Equal(expected, AddressGuard.ClassifyNonPublic(IPAddress.Parse(address)));
    }

    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("93.184.216.34")]
    [InlineData("172.32.0.1")]
    [InlineData("100.128.0.1")]
    [InlineData("2606:4700:4700::1111")]
    [InlineData("::ffff:8.8.8.8")]
    public void Public_addresses_pass(string address)
    {
        Assert.Null(AddressGuard.ClassifyNonPublic(IPAddress.Parse(address)));
    }
}

public class WebFetchTests
{
    private static readonly ReaderOptions Local = new() { AllowPrivateAddresses = true, FetchTimeout = TimeSpan.FromSeconds(10) };

    [Fact]
    public async Task A_page_is_fetched_and_extracted_with_its_url_and_user_agent()
    {
        await using var server = new LoopbackServer(_ => Reply.Html(Sample.Html("Served story.")));
        var url = server.Url("/news/story.html");
        var result = await Read.OneAsync(url, Local);
        var article = Assert.Single(result.Articles);
        Assert.Equal(url, article.Source);
        Assert.Contains("Served story.", article.Text, StringComparison.Ordinal);
        Assert.Equal(url, article.Metadata.Url);
        Assert.Contains("User-Agent: Parallax/0.1 (+news comparison)", server.Requests.Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_charset_comes_from_the_content_type_header()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var body = Encoding.GetEncoding("koi8-r").GetBytes(Sample.Prose("Переговоры в Анкоридже."));
        await using var server = new LoopbackServer(_ => new Reply(200, "text/plain; charset=koi8-r", body));
        var article = (await Read.OneAsync(server.Url("/a"), Local)).Articles.Single();
        Assert.Contains("Переговоры в Анкоридже.", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Feeds_are_dispatched_on_their_content_type()
    {
        const string rss = "<rss><channel><title>Served</title><item><title>I</title><description>Item words.</description></item></channel></rss>";
        await using var server = new LoopbackServer(_ => Reply.Html(rss, "application/rss+xml"));
        var result = await Read.OneAsync(server.Url("/feed"), Local with { FetchFeedLinks = false });
        Assert.Contains("Item words.", result.Articles.Single().Text, StringComparison.Ordinal);
        Assert.Equal(server.Url("/feed") + "#item1", result.Articles[0].Source);
    }

    [Fact]
    public async Task Loopback_is_refused_without_allow_private_and_nothing_is_sent()
    {
        await using var server = new LoopbackServer(_ => Reply.Html("<p>secret</p>"));
        var result = await Read.OneAsync(server.Url("/admin"), new ReaderOptions());
        Assert.True(result.Failed);
        Assert.Contains("refused 127.0.0.1: a loopback address (allow with --allow-private)", Read.Errors(result), StringComparison.Ordinal);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task Host_names_resolving_to_loopback_are_refused()
    {
        var result = await Read.OneAsync("http://localhost:9/x", new ReaderOptions());
        Assert.Contains("loopback address", Read.Errors(result), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://10.0.0.1/")]
    [InlineData("http://192.168.0.10:8080/")]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://[::ffff:127.0.0.1]/")]
    [InlineData("http://[fd00::1]/")]
    public async Task Private_addresses_are_refused_without_connecting(string url)
    {
        var watch = Stopwatch.StartNew();
        var result = await Read.OneAsync(url, new ReaderOptions());
        Assert.True(result.Failed);
        Assert.Contains("address (allow with --allow-private)", Read.Errors(result), StringComparison.Ordinal);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(120));
    }

    [Fact]
    public async Task The_connect_callback_refuses_non_public_addresses_itself()
    {
        await using var server = new LoopbackServer(_ => Reply.Html("<p>secret</p>"));
        using var client = new HttpClient(WebFetcher.CreateGuardedHandler(allowPrivate: false));
        var error = await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync(new Uri(server.Url("/"))));
        Assert.Contains("loopback", error.ToString(), StringComparison.Ordinal);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task Redirects_are_followed_up_to_the_cap()
    {
        await using var server = new LoopbackServer(path => path switch
        {
            "/r3" => Reply.Redirect("/r2"),
            "/r2" => Reply.Redirect("/r1"),
            "/r1" => Reply.Redirect("/final"),
            _ => Reply.Html(Sample.Html("Arrived.")),
        });
        var ok = await Read.OneAsync(server.Url("/r3"), Local with { MaxRedirects = 3 });
        Assert.Contains("Arrived.", ok.Articles.Single().Text, StringComparison.Ordinal);
        Assert.Equal(server.Url("/final"), ok.Articles[0].Metadata.Url);

        var tooMany = await Read.OneAsync(server.Url("/r3"), Local with { MaxRedirects = 2 });
        Assert.Equal("too many redirects (more than 2)", Read.Errors(tooMany));
    }

    [Fact]
    public async Task A_redirect_to_a_private_address_is_refused()
    {
        using var handler = new ScriptedHandler(request => request.RequestUri!.Host == "93.184.216.34"
            ? new HttpResponseMessage(HttpStatusCode.Found) { Headers = { Location = new Uri("http://127.0.0.1:8080/internal") } }
            : new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("<p>internal</p>", Encoding.UTF8, "text/html") });
        var result = await Read.OneAsync("http://93.184.216.34/start", new ReaderOptions { HttpHandler = handler });
        Assert.True(result.Failed);
        Assert.Contains("redirect to http://127.0.0.1:8080/internal refused: refused 127.0.0.1: a loopback address", Read.Errors(result), StringComparison.Ordinal);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task A_redirect_to_another_scheme_is_refused()
    {
        await using var server = new LoopbackServer(_ => Reply.Redirect("file:///etc/passwd"));
        var result = await Read.OneAsync(server.Url("/"), Local);
        Assert.Contains("refused URL scheme \"file:\"", Read.Errors(result), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Large_downloads_are_refused_early_or_while_streaming()
    {
        var big = new string('x', 5000);
        await using var server = new LoopbackServer(path => path == "/declared"
            ? Reply.Html("<p>" + big + "</p>")
            : Reply.Html("<p>" + big + "</p>") with { SendContentLength = false });
        var options = Local with { MaxInputBytes = 1000 };

        var declared = await Read.OneAsync(server.Url("/declared"), options);
        Assert.Equal("download is 4.9 KB, over the 1000 bytes limit (--max-size)", Read.Errors(declared));

        var streamed = await Read.OneAsync(server.Url("/streamed"), options);
        Assert.Equal("download is over the 1000 bytes limit (--max-size)", Read.Errors(streamed));
    }

    [Theory]
    [InlineData("image/png")]
    [InlineData("video/mp4")]
    [InlineData("application/pdf")]
    [InlineData("application/octet-stream")]
    public async Task Non_text_content_types_are_refused(string contentType)
    {
        await using var server = new LoopbackServer(_ => new Reply(200, contentType, [1, 2, 3]));
        var result = await Read.OneAsync(server.Url("/file"), Local);
        Assert.Equal($"refused content type {contentType} (not a web page, feed or text)", Read.Errors(result));
    }

    [Fact]
    public async Task Slow_servers_time_out()
    {
        await using var server = new LoopbackServer(_ => Reply.Html("<p>late</p>") with { Delay = TimeSpan.FromSeconds(20) });
        var watch = Stopwatch.StartNew();
        var result = await Read.OneAsync(server.Url("/slow"), Local with { FetchTimeout = TimeSpan.FromMilliseconds(300) });
        Assert.Equal("timed out after 0.3 s", Read.Errors(result));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(120));
    }

    [Fact]
    public async Task Cancelling_a_fetch_cancels_instead_of_reporting_a_timeout()
    {
        await using var server = new LoopbackServer(_ => Reply.Html("<p>late</p>") with { Delay = TimeSpan.FromSeconds(20) });
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in new ArticleReader(Local).ReadAllAsync([server.Url("/slow")], cancel.Token))
            {
            }
        });
    }

    [Fact]
    public async Task Relative_item_links_of_a_fetched_feed_are_resolved_and_fetched()
    {
        await using var server = new LoopbackServer(path => path == "/feed.xml"
            ? Reply.Html("<rss><channel><title>Rel</title><item><title>R</title><link>/stories/1</link></item></channel></rss>", "application/rss+xml")
            : Reply.Html(Sample.Html("Relative story body.")));
        var result = await Read.OneAsync(server.Url("/feed.xml"), Local);
        var article = Assert.Single(result.Articles);
        Assert.Equal(server.Url("/stories/1"), article.Source);
        Assert.Contains("Relative story body.", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Http_errors_are_reported()
    {
        await using var server = new LoopbackServer(_ => new Reply(404, "text/html", "<p>gone</p>"u8.ToArray()));
        var result = await Read.OneAsync(server.Url("/missing"), Local);
        Assert.StartsWith("HTTP 404", Read.Errors(result), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unresolvable_hosts_are_reported()
    {
        var result = await Read.OneAsync("http://no-such-host.invalid/", new ReaderOptions());
        Assert.Contains("could not resolve host", Read.Errors(result), StringComparison.Ordinal);
    }

    private sealed class ScriptedHandler(Func<HttpRequestMessage, HttpResponseMessage> respond) : HttpMessageHandler
    {
        public List<Uri> Requests { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requests.Add(request.RequestUri!);
            return Task.FromResult(respond(request));
        }
    }
}
