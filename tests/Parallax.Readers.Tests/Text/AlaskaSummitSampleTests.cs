using Parallax.Model;
using Parallax.Readers.Text;

namespace Parallax.Readers.Tests.Text;

/// <summary>The five real scraped articles in samples/alaska-summit, parsed end to end.</summary>
public class AlaskaSummitSampleTests
{
    public static TheoryData<string> Samples() => ["000", "001", "002", "003", "004"];

    private static string Raw(string number)
    {
        var dir = RepoPaths.Combine("samples", "alaska-summit");
        return File.ReadAllText(Directory.GetFiles(dir, number + "_*.txt").Single());
    }

    private static PlainTextExtraction Parse(string number) => PlainTextArticleParser.Parse(Raw(number));

    private static string[] RemovedAs(PlainTextExtraction result, string reason) =>
        [.. result.Removed.Where(r => r.Reason == reason).Select(r => r.Text)];

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_long_line_of_the_input_survives(string number)
    {
        var raw = Raw(number);
        var result = PlainTextArticleParser.Parse(raw);
        foreach (var line in raw.ReplaceLineEndings("\n").Split('\n').Select(l => l.Trim()))
        {
            // Whole lines removed (the headline, chrome) are pinned down one by one in the tests below.
            if (line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 12 || result.Removed.Any(r => r.Text == line))
            {
                continue;
            }

            // An outlet prefix may have been cut from the line; the sentence itself must remain.
            var prefix = result.Removed.FirstOrDefault(r => r.Reason == RemovalReasons.Metadata && line.StartsWith(r.Text, StringComparison.Ordinal) && r.Text != line);
            var kept = prefix is null ? line : line[prefix.Text.Length..].TrimStart();
            Assert.Contains(kept, result.Text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Text_is_normalised_and_english(string number)
    {
        var result = Parse(number);
        Assert.DoesNotContain('\r', result.Text);
        Assert.DoesNotContain("\n\n\n", result.Text, StringComparison.Ordinal);
        Assert.Equal(result.Text.Trim(), result.Text);
        Assert.Equal("en", result.Metadata.Language);
        Assert.All(result.Removed, r => Assert.True(r.Text.Split(' ').Length <= 25, r.Text));
    }

    [Fact]
    public void Sample_000_headline_source_and_statement()
    {
        var result = Parse("000");
        Assert.StartsWith("“Alaska Secret Meeting to Divide Ukraine”? Abkhazia is Already Obsolete", result.Metadata.Title, StringComparison.Ordinal);
        Assert.Equal("https://toutiao.com/article/7586862339215884809/", result.Metadata.Url);
        Assert.Equal(
            [result.Metadata.Title!, "Original: toutiao.com/article/7586862339215884809/", "Statement: This article represents the views of the author."],
            RemovedAs(result, RemovalReasons.Metadata));
        Assert.Equal(3, result.Removed.Length);
        Assert.StartsWith("Social media is circulating a claim", result.Text, StringComparison.Ordinal);
        Assert.EndsWith("especially in the second half of the year.", result.Text, StringComparison.Ordinal);
        Assert.Contains("\nNext stop, Moscow.\n", result.Text, StringComparison.Ordinal);
        Assert.Contains("\nWhy Dmitriev Rather than Lavrov?\n", result.Text, StringComparison.Ordinal);
        Assert.Contains("\nWhat Hidden Motives Lie Behind This?\n", result.Text, StringComparison.Ordinal);
        Assert.Contains("\n\"Bypassing the CIA and Congress\"\n", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Sample_001_outlet_prefix_and_closing_byline()
    {
        var result = Parse("001");
        Assert.Null(result.Metadata.Title);
        Assert.Equal("DID Press", result.Metadata.Outlet);
        Assert.Equal("Rahel Mousavi", result.Metadata.Author);
        Assert.Equal(["DID Press:", "By Rahel Mousavi"], RemovedAs(result, RemovalReasons.Metadata));
        Assert.Equal(2, result.Removed.Length);
        Assert.StartsWith("The meeting between Vladimir Putin and Donald Trump in Alaska", result.Text, StringComparison.Ordinal);
        Assert.EndsWith("the loser was Washington and its allies.", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Sample_002_file_name_header_and_comment_form()
    {
        var result = Parse("002");
        Assert.Equal(["Alaska_Summit__Symbolic_Gains__Ukraine_Crisis_Remains_Unresolved"], RemovedAs(result, RemovalReasons.FileNameHeader));
        Assert.Equal("Alaska Summit: Symbolic Gains, Ukraine Crisis Remains Unresolved", result.Metadata.Title);
        Assert.Equal(
            ["Leave a Reply", "Your email address will not be published. Required fields are marked *", "Back To Top"],
            RemovedAs(result, RemovalReasons.Boilerplate));
        Assert.Equal(5, result.Removed.Length);
        Assert.StartsWith("In a high-profile meeting in Alaska this week", result.Text, StringComparison.Ordinal);
        Assert.EndsWith("the path to peace remains long and uncertain.", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Sample_003_domain_outlet_headline_share_prompt_and_related_news()
    {
        var result = Parse("003");
        Assert.Equal("T4K3.news", result.Metadata.Outlet);
        Assert.Equal("Putin and Trump meet in Alaska", result.Metadata.Title);
        Assert.Equal(["Enjoyed this? Let your friends know!"], RemovedAs(result, RemovalReasons.Boilerplate));
        var related = RemovedAs(result, RemovalReasons.RelatedLinks);
        Assert.Equal(9, related.Length);
        Assert.Equal("Related News", related[0]);
        Assert.Equal("Ukraine joins Alaska talks", related[^1]);

        // The subtitle, the section headings, the quotes with their attributions and the highlights are content.
        Assert.StartsWith("A direct U.S.-Russia exchange unfolds as tensions remain high over Ukraine and sanctions.", result.Text, StringComparison.Ordinal);
        Assert.EndsWith("reshapes the surrounding narrative.", result.Text, StringComparison.Ordinal);
        foreach (var line in new[] { "Putin seeks gains from Trump at Alaska meeting", "Key Takeaways", "Highlights", "- Attention is Putin’s prize in a stalled war", "Diplomatic and geopolitical risk around Alaska summit" })
        {
            Assert.Contains("\n" + line + "\n", result.Text, StringComparison.Ordinal);
        }

        Assert.Equal(2, result.Text.Split("\nAlexandra Prokopenko, Carnegie Russia Eurasia Centre\n").Length - 1);
    }

    [Fact]
    public void Sample_004_has_no_metadata_lines_and_keeps_its_headings()
    {
        var result = Parse("004");
        Assert.Null(result.Metadata.Title);
        Assert.Null(result.Metadata.Outlet);
        Assert.Null(result.Metadata.Author);
        Assert.Empty(result.Removed);
        Assert.Contains("\nKey Takeaways: What the Alaska Summit Means Going Forward\n", result.Text, StringComparison.Ordinal);
        Assert.Contains("\nA Step Toward Dialogue, But the Road Remains Long\n", result.Text, StringComparison.Ordinal);
        Assert.EndsWith("Europe’s deadliest conflict since World War II.", result.Text, StringComparison.Ordinal);
    }
}
