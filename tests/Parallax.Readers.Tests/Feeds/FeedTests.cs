using System.Diagnostics;
using Parallax.Model;
using Parallax.Readers.Feeds;
using Parallax.Readers.Tests.Inputs;
using Parallax.Readers.Tests.Web;

namespace Parallax.Readers.Tests.Feeds;

public sealed class FeedTests : IDisposable
{
    private const string Rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
          <channel>
            <title>T4K3.news</title>
            <item>
              <title>Summit ends without deal</title>
              <link>https://t4k3.example/summit</link>
              <dc:creator>Rahel Mousavi</dc:creator>
              <pubDate>Sat, 16 Aug 2025 23:10:00 -0400</pubDate>
              <description>Short summary.</description>
              <content:encoded><![CDATA[<p>The summit in Anchorage ended.</p><p>No agreement on Ukraine was announced.</p>]]></content:encoded>
            </item>
            <item>
              <title>Second story</title>
              <author>desk@example.com (Jo Bloggs)</author>
              <pubDate>Sun, 17 Aug 2025 08:00:00 EST</pubDate>
              <description>&lt;p&gt;Only a summary, escaped.&lt;/p&gt;</description>
            </item>
            <item>
              <title>Nothing here</title>
            </item>
          </channel>
        </rss>
        """;

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Rss_items_become_articles_with_their_metadata()
    {
        var path = _dir.Write("news.rss", Rss);
        var result = await Read.OneAsync(path, new ReaderOptions { FetchFeedLinks = false });
        Assert.Equal(2, result.Articles.Length);

        var first = result.Articles[0];
        Assert.Equal("https://t4k3.example/summit", first.Source);
        Assert.Contains("The summit in Anchorage ended.", first.Text, StringComparison.Ordinal);
        Assert.Contains("No agreement on Ukraine was announced.", first.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Short summary", first.Text, StringComparison.Ordinal);
        Assert.Equal("Summit ends without deal", first.Metadata.Title);
        Assert.Equal("https://t4k3.example/summit", first.Metadata.Url);
        Assert.Equal("Rahel Mousavi", first.Metadata.Author);
        Assert.Equal(new DateOnly(2025, 8, 16), first.Metadata.Published);
        Assert.Equal("T4K3.news", first.Metadata.Outlet);

        var second = result.Articles[1];
        Assert.Equal(path + "#item2", second.Source);
        Assert.Contains("Only a summary, escaped.", second.Text, StringComparison.Ordinal);
        Assert.Equal("Jo Bloggs", second.Metadata.Author);
        Assert.Equal(new DateOnly(2025, 8, 17), second.Metadata.Published);
        Assert.Contains(second.Diagnostics, d => d.Message.Contains("summary", StringComparison.Ordinal));

        var missing = Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("item 3 (\"Nothing here\"): no content and no link", missing.Message);
        Assert.Equal(path + "#item3", missing.Source);
    }

    [Fact]
    public async Task Atom_entries_become_articles()
    {
        const string atom = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>Wire Service</title>
              <entry>
                <title type="html">Talks &lt;em&gt;stall&lt;/em&gt;</title>
                <link rel="alternate" href="https://wire.example/talks"/>
                <author><name>A. Writer</name></author>
                <published>2025-08-15T18:00:00Z</published>
                <content type="html">&lt;p&gt;Negotiators left without a date.&lt;/p&gt;</content>
              </entry>
              <entry>
                <title>Xhtml entry</title>
                <updated>2025-08-14T09:00:00+02:00</updated>
                <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>First para.</p><p>Second para.</p></div></content>
              </entry>
              <entry>
                <title>Text entry</title>
                <summary>Plain words only.</summary>
              </entry>
            </feed>
            """;
        var path = _dir.Write("wire.atom", atom);
        var result = await Read.OneAsync(path, new ReaderOptions { FetchFeedLinks = false });
        Assert.Equal(3, result.Articles.Length);
        Assert.Equal("Talks stall", result.Articles[0].Metadata.Title);
        Assert.Equal("A. Writer", result.Articles[0].Metadata.Author);
        Assert.Equal("Wire Service", result.Articles[0].Metadata.Outlet);
        Assert.Equal(new DateOnly(2025, 8, 15), result.Articles[0].Metadata.Published);
        Assert.Contains("Negotiators left without a date.", result.Articles[0].Text, StringComparison.Ordinal);
        Assert.Contains("Second para.", result.Articles[1].Text, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2025, 8, 14), result.Articles[1].Metadata.Published);
        Assert.Equal("Plain words only.", result.Articles[2].Text);
    }

    [Fact]
    public async Task Rss_1_rdf_feeds_are_read()
    {
        const string rdf = """
            <?xml version="1.0"?>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
              <channel><title>RDF Times</title></channel>
              <item><title>One</title><link>https://rdf.example/1</link><content:encoded>&lt;p&gt;RDF body.&lt;/p&gt;</content:encoded></item>
            </rdf:RDF>
            """;
        var result = await Read.OneAsync(_dir.Write("feed.dat", rdf), new ReaderOptions { FetchFeedLinks = false });
        var article = Assert.Single(result.Articles);
        Assert.Contains("RDF body.", article.Text, StringComparison.Ordinal);
        Assert.Equal("RDF Times", article.Metadata.Outlet);
        Assert.Equal("One", article.Metadata.Title);
        Assert.Equal("https://rdf.example/1", article.Source);
    }

    [Fact]
    public async Task Xxe_entities_are_never_expanded()
    {
        var secret = _dir.Write("secret.txt", "TOP-SECRET-CONTENT");
        var xxe = $"""
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY xxe SYSTEM "file://{secret}">]>
            <rss version="2.0"><channel><title>Evil</title>
            <item><title>x</title><description>&xxe;</description></item>
            </channel></rss>
            """;
        var result = await Read.OneAsync(_dir.Write("evil.xml", xxe));
        Assert.True(result.Failed);
        var messages = Read.Errors(result);
        Assert.Contains("DTD", messages, StringComparison.Ordinal);
        Assert.Contains("feed refused", messages, StringComparison.Ordinal);
        Assert.DoesNotContain("TOP-SECRET", messages, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Billion_laughs_is_refused_quickly()
    {
        const string bomb = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [
              <!ENTITY lol "lol">
              <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
              <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
              <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
              <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
              <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
              <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
              <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
              <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
            ]>
            <rss version="2.0"><channel><title>&lol9;</title><item><title>a</title><description>b</description></item></channel></rss>
            """;
        var watch = Stopwatch.StartNew();
        var result = await Read.OneAsync(_dir.Write("lolz.rss", bomb));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(120));
        Assert.True(result.Failed);
        Assert.Contains("DTD", Read.Errors(result), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_harmless_dtd_is_ignored_with_a_warning()
    {
        const string feed = """
            <?xml version="1.0"?>
            <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
            <rss version="0.91"><channel><title>Old</title>
            <item><title>x</title><link>https://old.example/x</link><description>Old style content &amp; more.</description></item>
            </channel></rss>
            """;
        var result = await Read.OneAsync(_dir.Write("old.rss", feed), new ReaderOptions { FetchFeedLinks = false });
        Assert.Contains("Old style content & more.", Assert.Single(result.Articles).Text, StringComparison.Ordinal);
        Assert.Contains(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Warning && d.Message.Contains("DTD", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Malformed_feed_xml_is_reported()
    {
        var result = await Read.OneAsync(_dir.Write("broken.rss", "<rss><channel><item><title>x</title></channel>"));
        Assert.True(result.Failed);
        Assert.Contains("malformed feed XML", Read.Errors(result), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Items_without_content_are_fetched_from_their_link_when_allowed()
    {
        await using var server = new LoopbackServer(path => Reply.Html(Sample.Html("Fetched body of the story.")));
        var feed = $"""
            <rss version="2.0"><channel><title>Linker</title>
            <item><title>Linked</title><link>{server.Url("/story")}</link></item>
            </channel></rss>
            """;
        var path = _dir.Write("links.xml", feed);

        var fetched = await Read.OneAsync(path, new ReaderOptions { AllowPrivateAddresses = true });
        var article = Assert.Single(fetched.Articles);
        Assert.Contains("Fetched body of the story.", article.Text, StringComparison.Ordinal);
        Assert.Equal("Linked", article.Metadata.Title);
        Assert.Equal("Linker", article.Metadata.Outlet);
        Assert.Equal(server.Url("/story"), article.Source);

        var refused = await Read.OneAsync(path, new ReaderOptions { AllowPrivateAddresses = false });
        Assert.True(refused.Failed);
        Assert.Contains("loopback", Read.Errors(refused), StringComparison.Ordinal);

        var off = await Read.OneAsync(path, new ReaderOptions { FetchFeedLinks = false });
        Assert.Contains("fetching links is off", Read.Errors(off), StringComparison.Ordinal);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task A_long_summary_is_taken_as_content_without_fetching()
    {
        await using var server = new LoopbackServer(_ => Reply.Html(Sample.Html("Fetched instead.")));
        var summary = (Sample.Prose("Long summary marker.") + " " + Sample.Prose("Again.")).Replace("\n\n", " ", StringComparison.Ordinal);
        var feed = $"<rss><channel><title>S</title><item><title>L</title><link>{server.Url("/x")}</link><description>{summary}</description></item></channel></rss>";
        var result = await Read.OneAsync(_dir.Write("long.rss", feed), new ReaderOptions { AllowPrivateAddresses = true });
        Assert.Contains("Long summary marker.", result.Articles.Single().Text, StringComparison.Ordinal);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task A_link_that_cannot_be_fetched_falls_back_to_the_summary_with_a_warning()
    {
        await using var server = new LoopbackServer(_ => new Reply(404, "text/html", "<p>gone</p>"u8.ToArray()));
        var feed = $"<rss><channel><title>S</title><item><title>G</title><link>{server.Url("/gone")}</link><description>Short teaser.</description></item></channel></rss>";
        var result = await Read.OneAsync(_dir.Write("gone.rss", feed), new ReaderOptions { AllowPrivateAddresses = true });
        var article = result.Articles.Single();
        Assert.Contains("Short teaser.", article.Text, StringComparison.Ordinal);
        Assert.Contains(article.Diagnostics, d => d.Severity == DiagnosticSeverity.Warning && d.Message.Contains("HTTP 404", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_empty_feed_fails()
    {
        var result = await Read.OneAsync(_dir.Write("empty.rss", "<rss><channel><title>x</title></channel></rss>"));
        Assert.Contains("the feed has no items", Read.Errors(result), StringComparison.Ordinal);
    }

    [Fact]
    public void Items_are_capped()
    {
        var items = string.Concat(Enumerable.Range(1, 5).Select(i => $"<item><title>{i}</title><description>d{i}</description></item>"));
        var feed = FeedParser.Parse($"<rss><channel>{items}</channel></rss>", maxItems: 3);
        Assert.Equal(3, feed.Items.Length);
        Assert.Contains("first 3 items", feed.Diagnostics.Single().Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fragment_paragraphs_are_one_per_block()
    {
        var text = HtmlFragment.Paragraphs("<div><h2>Head</h2><p>One\n  two.</p><blockquote><p>Quoted.</p></blockquote><script>x()</script><ul><li>Item</li></ul></div>");
        Assert.Equal("Head\n\nOne two.\n\nQuoted.\n\nItem", text);
        Assert.Equal("Loose text", HtmlFragment.Paragraphs("Loose <b>text</b>"));
    }
}
