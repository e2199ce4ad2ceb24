using System.Text;
using Parallax.Model;
using Parallax.Readers.Html;

namespace Parallax.Readers.Tests.Html;

public sealed class HtmlArticleExtractorTests
{
    private static readonly HtmlArticleExtractor Extractor = new();

    private const string Paragraph1 =
        "The city council voted on Tuesday to expand the bus network, adding four routes that will connect the northern suburbs with the centre, the harbour and the new hospital.";

    private const string Paragraph2 =
        "Supporters said the plan, which costs about 12 million euros a year, would cut travel times for thousands of commuters, while critics questioned how it would be paid for.";

    private const string Paragraph3 =
        "The first of the new routes is expected to open in March, and the council said it would publish timetables, fares and a map of the stops before the end of the year.";

    private static string Page(string article, string head = "", string chrome = "") => $$"""
        <!DOCTYPE html>
        <html lang="en-GB">
        <head><title>Council expands bus network | The Daily Example</title>{{head}}</head>
        <body>
          <header class="site-header"><a href="/">The Daily Example</a><nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav></header>
          <div id="cookie-banner">We use cookies to improve your experience. By continuing to use this site you accept our cookie policy. <button>Accept</button></div>
          <main>
            <article>
              {{article}}
            </article>
            {{chrome}}
          </main>
          <footer class="site-footer"><p>Copyright 2025 The Daily Example. All rights reserved.</p><a href="/about">About us</a> <a href="/contact">Contact</a></footer>
        </body>
        </html>
        """;

    private static string StandardArticle => $"""
        <h1>Council expands bus network</h1>
        <p>{Paragraph1}</p>
        <h2>Who pays</h2>
        <p>{Paragraph2}</p>
        <div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Share on Twitter</a></div>
        <p>{Paragraph3}</p>
        """;

    private static string RelatedAndComments => """
        <section class="related-articles"><h3>Related stories</h3><ul>
          <li><a href="/a">Trams return to the old town after ten years of debate</a></li>
          <li><a href="/b">Cycle lanes: what changes for drivers on the ring road</a></li>
          <li><a href="/c">Parking fees to rise in the centre from next spring</a></li>
        </ul></section>
        <div id="comments" class="comments-area"><h3>12 comments</h3>
          <div class="comment"><p>Finally! I have been waiting for a bus to the hospital for years, and this is long overdue for everyone living north of the river.</p></div>
          <form class="comment-form"><textarea></textarea><input type="submit" value="Post comment"></form>
        </div>
        """;

    [Fact]
    public void Keeps_headings_and_paragraphs_in_order()
    {
        var result = Extractor.Extract(Page(StandardArticle, chrome: RelatedAndComments));

        var blocks = result.Text.Split("\n\n");
        Assert.Equal([Paragraph1, "Who pays", Paragraph2, Paragraph3], blocks);
    }

    [Fact]
    public void Drops_navigation_footer_cookie_banner_share_related_and_comments()
    {
        var result = Extractor.Extract(Page(StandardArticle, chrome: RelatedAndComments));

        Assert.DoesNotContain("Sport", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("cookies", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Share on", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Trams return", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Finally!", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("All rights reserved", result.Text, StringComparison.Ordinal);
        Assert.Contains(result.Removed, r => r.Reason == "comments" && r.Text.Contains("Finally!", StringComparison.Ordinal));
        Assert.Contains(result.Removed, r => r.Reason == "related-links" && r.Text.Contains("Trams return", StringComparison.Ordinal));
        Assert.Contains(result.Removed, r => r.Reason == "footer" && r.Text.Contains("All rights reserved", StringComparison.Ordinal));
    }

    [Fact]
    public void Headline_moves_to_metadata()
    {
        var result = Extractor.Extract(Page(StandardArticle));

        Assert.Equal("Council expands bus network", result.Metadata.Title);
        Assert.DoesNotContain("Council expands bus network", result.Text, StringComparison.Ordinal);
        Assert.Contains(result.Removed, r => r.Reason == RemovalReasons.Metadata && r.Text == "Council expands bus network");
    }

    [Fact]
    public void Text_has_no_entities_and_normalised_whitespace()
    {
        var article = $"<p>Fish &amp; chips&nbsp;cost   &pound;9 &#8212; \n\t up from &lt;&euro;8&gt;. {Paragraph1}</p><p>{Paragraph2}</p><p>{Paragraph3}</p>";

        var result = Extractor.Extract(Page(article));

        Assert.StartsWith("Fish & chips cost £9 — up from <€8>.", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("&", result.Text.Replace("Fish & chips", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("  ", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Hidden_elements_scripts_and_styles_are_not_text()
    {
        var article = $"""
            <p>{Paragraph1}</p>
            <script>var secret = "script text";</script><style>.x {"{"} color: red {"}"}</style>
            <p style="display: none">Hidden by style.</p><p hidden>Hidden by attribute.</p><p class="sr-only">Screen reader only.</p>
            <p>{Paragraph2}</p>
            """;

        var result = Extractor.Extract(Page(article));

        Assert.Equal($"{Paragraph1}\n\n{Paragraph2}", result.Text);
    }

    [Fact]
    public void Metadata_from_open_graph_and_article_tags()
    {
        const string head = """
            <meta property="og:title" content="Council expands bus network">
            <meta property="og:site_name" content="The Daily Example">
            <meta property="og:url" content="https://example.com/news/bus-network">
            <meta property="article:published_time" content="2025-08-16T07:30:00+02:00">
            <meta property="article:author" content="https://example.com/staff/jane">
            <meta name="author" content="By Jane Doe">
            """;

        var meta = Extractor.Extract(Page(StandardArticle, head), "https://example.com/x?utm=1").Metadata;

        Assert.Equal("Council expands bus network", meta.Title);
        Assert.Equal("The Daily Example", meta.Outlet);
        Assert.Equal("Jane Doe", meta.Author);
        Assert.Equal(new DateOnly(2025, 8, 16), meta.Published);
        Assert.Equal("en", meta.Language);
        Assert.Equal("https://example.com/news/bus-network", meta.Url);
    }

    [Fact]
    public void Metadata_from_json_ld_graph()
    {
        const string head = """
            <script type="application/ld+json">
            {"@context": "https://schema.org", "@graph": [
              {"@type": "WebSite", "name": "Example Site"},
              {"@type": ["NewsArticle"], "headline": "Buses for the north",
               "datePublished": "2025-03-01T10:00:00Z",
               "author": [{"@type": "Person", "name": "Ann Lee"}, {"@type": "Person", "name": "Bo Chan"}],
               "publisher": {"@type": "Organization", "name": "Example News"}}
            ]}
            </script>
            """;

        var html = $"<html><head>{head}</head><body><article><p>{Paragraph1}</p><p>{Paragraph2}</p></article></body></html>";
        var meta = Extractor.Extract(html).Metadata;

        Assert.Equal("Buses for the north", meta.Title);
        Assert.Equal("Example News", meta.Outlet);
        Assert.Equal("Ann Lee, Bo Chan", meta.Author);
        Assert.Equal(new DateOnly(2025, 3, 1), meta.Published);
    }

    [Fact]
    public void Malformed_json_ld_is_ignored_with_an_info_diagnostic()
    {
        const string head = """<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Broken</script>""";

        var result = Extractor.Extract(Page(StandardArticle, head));

        Assert.Contains(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Info && d.Message.Contains("JSON-LD", StringComparison.Ordinal));
        Assert.Equal("Council expands bus network", result.Metadata.Title);
        Assert.Contains(Paragraph1, result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Date_from_time_element_and_title_suffix_becomes_outlet()
    {
        var article = $"""<p class="byline">By Sam Smith</p><time datetime="2024-12-24">24 December</time><p>{Paragraph1}</p><p>{Paragraph2}</p>""";
        var html = $"<html><head><title>Bus routes agreed - Harbour Gazette</title></head><body><article>{article}</article></body></html>";

        var result = Extractor.Extract(html);

        Assert.Equal(new DateOnly(2024, 12, 24), result.Metadata.Published);
        Assert.Equal("Bus routes agreed", result.Metadata.Title);
        Assert.Equal("Harbour Gazette", result.Metadata.Outlet);
        Assert.Equal("Sam Smith", result.Metadata.Author);
        Assert.DoesNotContain("Sam Smith", result.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Storm hits coast | BBC News", "BBC News", "Storm hits coast")]
    [InlineData("Storm hits coast - The Guardian", null, "Storm hits coast")]
    [InlineData("Storm hits coast – Reuters", "Reuters", "Storm hits coast")]
    [InlineData("Q&A - what the storm means", null, "Q&A - what the storm means")]
    public void Title_suffix_is_stripped(string title, string? outlet, string expected)
    {
        Assert.Equal(expected, MetadataResolver.StripSiteSuffix(title, outlet));
    }

    [Theory]
    [InlineData("en-US", "en")]
    [InlineData("de_DE", "de")]
    [InlineData("FR", "fr")]
    [InlineData("english", null)]
    public void Language_codes_are_iso_639_1(string value, string? expected)
    {
        Assert.Equal(expected, MetadataResolver.LanguageCode(value));
    }

    [Fact]
    public void Deeply_nested_dom_does_not_crash()
    {
        const int depth = 20_000;
        var builder = new StringBuilder("<html><body>");
        for (var i = 0; i < depth; i++)
        {
            builder.Append("<div>");
        }

        builder.Append("<p>").Append(Paragraph1).Append("</p>");
        for (var i = 0; i < depth; i++)
        {
            builder.Append("</div>");
        }

        builder.Append("</body></html>");

        var result = Extractor.Extract(builder.ToString());

        Assert.Contains(Paragraph1, result.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("<html><body></body></html>")]
    [InlineData("<script>alert(1)</script><style>p{}</style>")]
    [InlineData("<nav><a href='/'>Home</a></nav><div hidden>secret</div>")]
    public void Empty_input_gives_a_warning_not_an_exception(string html)
    {
        var result = Extractor.Extract(html);

        Assert.Equal(string.Empty, result.Text);
        Assert.Contains(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Warning && d.Message == "no article text found");
    }

    [Theory]
    [InlineData("<<<>>><div><p><</p></div")]
    [InlineData("\0\0\u0001binary\u0007 garbage")]
    [InlineData("<table><tr><td><table><tr><td><li><li><dd>unclosed")]
    [InlineData("<html><head><meta property='og:title'><script type='application/ld+json'>[[[[[[[[[[</script></head></html>")]
    public void Garbage_input_is_read_without_exceptions(string html)
    {
        var result = Extractor.Extract(html);

        Assert.DoesNotContain(result.Text, c => char.IsControl(c) && c != '\n');
        Assert.NotNull(result.Metadata);
    }

    [Fact]
    public void Removed_list_is_bounded()
    {
        var chrome = new StringBuilder();
        for (var i = 0; i < 500; i++)
        {
            chrome.Append("<nav class=\"menu\"><a href=\"/x\">Navigation link number ").Append(i).Append("</a></nav>");
        }

        var result = Extractor.Extract(Page(StandardArticle, chrome: chrome.ToString()));

        Assert.InRange(result.Removed.Length, 1, HtmlExtractorOptions.Default.MaxRemovedBlocks);
    }

    [Fact]
    public void One_extractor_serves_several_threads()
    {
        var html = Page(StandardArticle, chrome: RelatedAndComments);
        var expected = Extractor.Extract(html).Text;
        var results = new string[16];

        Parallel.For(0, results.Length, i => results[i] = Extractor.Extract(html).Text);

        Assert.All(results, text => Assert.Equal(expected, text));
    }

    [Fact]
    public void Cancellation_is_observed()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Throws<OperationCanceledException>(() => Extractor.Extract(Page(StandardArticle), cancellationToken: cancelled.Token));
    }
}
