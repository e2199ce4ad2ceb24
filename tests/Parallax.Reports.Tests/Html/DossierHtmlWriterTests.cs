using System.Security.Cryptography;
using System.Text;
using Parallax.Reports.Html;
using Parallax.Reports.Tests.Fixtures;

namespace Parallax.Reports.Tests.Html;

public class DossierHtmlWriterTests
{
    [Fact]
    public void Hostile_text_never_becomes_markup()
    {
        var html = DossierHtmlWriter.Render(Hostile.Dossier());
        var page = PageParsing.Parse(html);
        Assert.Single(page.QuerySelectorAll("script"));
        Assert.Single(page.QuerySelectorAll("style"));
        Assert.Empty(page.QuerySelectorAll("img, iframe, object, embed, link, base, form, input, meta[http-equiv=refresh]"));
        foreach (var element in page.All)
        {
            Assert.DoesNotContain(element.Attributes, a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
            Assert.Null(element.GetAttribute("style"));
        }

        foreach (var link in page.QuerySelectorAll("[href]"))
        {
            var href = link.GetAttribute("href")!;
            Assert.True(href.StartsWith('#') || href.StartsWith("https://", StringComparison.Ordinal) || href.StartsWith("http://", StringComparison.Ordinal), href);
        }

        foreach (var svg in page.QuerySelectorAll("svg"))
        {
            Assert.Contains(svg.GetAttribute("class"), new[] { "tone", "timeline" });
        }

        Assert.Contains(Hostile.Script, page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains(Hostile.Css, page.Body.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Policy_forbids_every_load_and_allows_only_the_page_script_and_style_by_hash()
    {
        var page = PageParsing.Parse(DossierHtmlWriter.Render(SummitDossier.Create()));
        var policy = page.QuerySelector("meta[http-equiv=Content-Security-Policy]")!.GetAttribute("content")!;
        Assert.Equal(DossierHtmlWriter.ContentSecurityPolicy, policy);
        Assert.Contains("default-src 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe", policy, StringComparison.Ordinal);
        Assert.Contains(Hash(page.QuerySelector("script")!.TextContent), policy, StringComparison.Ordinal);
        Assert.Contains(Hash(page.QuerySelector("style")!.TextContent), policy, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("[src]"));
    }

    [Fact]
    public void Every_section_is_rendered_from_a_full_dossier()
    {
        var page = PageParsing.Parse(DossierHtmlWriter.Render(SummitDossier.Create()));
        foreach (var id in new[] { "glance", "claims", "quotes", "entities", "framing", "timeline", "articles" })
        {
            Assert.NotNull(page.QuerySelector("section#" + id + " h2"));
            Assert.Empty(page.QuerySelectorAll("section#" + id + " > p.empty"));
        }

        Assert.Equal("Donald Trump, Vladimir Putin, Steve Witkoff", page.QuerySelector("h1")!.TextContent);
        Assert.Equal(4, page.QuerySelectorAll("article.source").Length);
        Assert.Equal(4, page.QuerySelectorAll("svg.tone").Length);
        Assert.Equal(7, page.QuerySelectorAll("svg.timeline g.mk").Length);
        Assert.Contains("undated", page.QuerySelector("#timeline table")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("same role: Trump's special envoy", page.QuerySelector("#entities")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Sergey Lavrov", page.QuerySelector("#entities ul.possible")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("propaganda gift", page.QuerySelector("#framing ul.loaded")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Glance_lists_agreement_contest_and_single_outlet_points()
    {
        var page = PageParsing.Parse(DossierHtmlWriter.Render(SummitDossier.Create()));
        var cards = page.QuerySelectorAll("#glance .card");
        Assert.Contains("Trump and Putin met in Anchorage", cards[0].TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("no agreement", cards[0].TextContent, StringComparison.Ordinal);
        var contested = cards[1].QuerySelectorAll("li").Select(li => li.QuerySelector("button")!.TextContent).ToList();
        Assert.Equal(["The summit produced no agreement on Ukraine", "Russia made concessions on Ukraine"], contested);
        Assert.Contains("contradicts: Eastern Voice", cards[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("Putin was welcomed on a red carpet", cards[2].TextContent, StringComparison.Ordinal);
        Assert.Contains("European leaders were not invited", cards[2].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Claim_matrix_marks_each_stance_in_words_and_flags_contested_rows()
    {
        var page = PageParsing.Parse(DossierHtmlWriter.Render(SummitDossier.Create()));
        var rows = page.QuerySelectorAll("table.matrix tbody tr");
        Assert.Equal(6, rows.Length);
        var c2 = rows[1];
        Assert.Contains("contested", c2.ClassList);
        var cells = c2.QuerySelectorAll("td.cell").Select(c => c.QuerySelector(".st")!.TextContent.Trim()).ToList();
        Assert.Equal(["✓ supports", "✓ supports", "✗ contradicts", "? discusses"], cells);
        Assert.DoesNotContain("contested", rows[0].ClassList);
        Assert.Equal("· silent", rows[3].QuerySelectorAll("td.cell")[0].QuerySelector(".st")!.TextContent.Trim());
        Assert.Equal(7, page.QuerySelectorAll("table.matrix thead button.sort").Length);
    }

    [Fact]
    public void Every_item_marks_exactly_its_source_characters()
    {
        var dossier = SummitDossier.Create();
        var page = PageParsing.Parse(DossierHtmlWriter.Render(dossier));
        foreach (var claim in dossier.Claims)
        {
            foreach (var position in claim.Positions)
            {
                var expected = position.Span.Of(dossier.Article(position.Article)!.Article.Text);
                var key = claim.Id + ":" + (position.Stance switch { Parallax.Dossier.Stance.Supports => "s", Parallax.Dossier.Stance.Contradicts => "x", _ => "d" });
                Assert.Equal(expected, PageParsing.MarkedText(page, position.Article, key));
            }
        }

        foreach (var quote in dossier.Quotes)
        {
            Assert.Equal(quote.Text, PageParsing.MarkedText(page, quote.Article, quote.Id));
        }

        var trump = dossier.Entities[0];
        Assert.Equal(
            string.Concat(trump.Mentions.Where(m => m.Article == "a2").Select(m => m.Span.Of(dossier.Article("a2")!.Article.Text))),
            PageParsing.MarkedText(page, "a2", "e1"));
    }

    [Fact]
    public void Article_text_is_kept_whole_in_paragraphs()
    {
        var dossier = SummitDossier.Create();
        var page = PageParsing.Parse(DossierHtmlWriter.Render(dossier));
        foreach (var entry in dossier.Articles)
        {
            var paragraphs = page.QuerySelectorAll("#art-" + entry.Id + " .text p").Select(p => p.TextContent).ToList();
            Assert.Equal(entry.Article.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries), paragraphs);
        }
    }

    [Fact]
    public void Altered_quotes_show_a_word_diff_that_reads_without_colour()
    {
        var page = PageParsing.Parse(DossierHtmlWriter.Render(SummitDossier.Create()));
        var trump = page.QuerySelectorAll("#quotes .quote-group").First(g => g.QuerySelector("h4")!.TextContent == "Donald Trump");
        Assert.Contains("words altered", trump.QuerySelector("header")!.TextContent, StringComparison.Ordinal);
        var altered = trump.QuerySelectorAll("ol.versions li")[2];
        Assert.Equal("dropped: a deal", altered.QuerySelectorAll("del")[^1].TextContent);
        Assert.Equal("added: an agreement", altered.QuerySelectorAll("ins")[^1].TextContent);
        Assert.Contains("root causes", page.QuerySelector("#quotes table.quotes")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_sections_degrade_to_a_note()
    {
        var empty = new Parallax.Dossier.StoryDossier([], []);
        var page = PageParsing.Parse(DossierHtmlWriter.Render(empty));
        foreach (var id in new[] { "claims", "quotes", "entities", "framing", "timeline", "articles" })
        {
            Assert.NotNull(page.QuerySelector("section#" + id + " p.empty"));
        }

        var articlesOnly = SummitDossier.Create() with { Claims = [], Quotes = [], QuoteGroups = [], Entities = [], Timeline = [], Outlets = [], Disagreements = [], PossibleMatches = [] };
        var html = DossierHtmlWriter.Render(articlesOnly);
        Assert.Contains("No claims were found", html, StringComparison.Ordinal);
        Assert.Equal(4, PageParsing.Parse(html).QuerySelectorAll("article.source").Length);
    }

    [Fact]
    public void Items_pointing_outside_the_articles_are_dropped_not_fatal()
    {
        var dossier = SummitDossier.Create();
        var broken = dossier with
        {
            Claims = [new Parallax.Dossier.DossierClaim("c9", "Bad", [new Parallax.Dossier.ClaimPosition("a1", Parallax.Dossier.Stance.Supports, new Parallax.Model.TextSpan(5, 1_000_000)), new Parallax.Dossier.ClaimPosition("zz", Parallax.Dossier.Stance.Contradicts, new Parallax.Model.TextSpan(0, 3))])],
            Disagreements = ["c404", "c9"],
            Outlets = [new Parallax.Dossier.OutletFraming("zz", System.Collections.Immutable.ImmutableDictionary<string, double>.Empty, [])],
        };
        var page = PageParsing.Parse(DossierHtmlWriter.Render(broken));
        Assert.Equal(dossier.Articles[0].Article.Text[5..].Replace("\n", string.Empty, StringComparison.Ordinal), PageParsing.MarkedText(page, "a1", "c9:s"));
        Assert.NotNull(page.QuerySelector("section#framing p.empty"));
    }

    private static string Hash(string source) => "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(source)));
}
