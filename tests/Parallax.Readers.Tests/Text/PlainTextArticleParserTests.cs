using Parallax.Readers.Text;

namespace Parallax.Readers.Tests.Text;

public class PlainTextArticleParserTests
{
    [Fact]
    public void Line_endings_are_normalised_and_lines_trimmed()
    {
        var result = PlainTextArticleParser.Parse("\uFEFFThe first paragraph ends here with a full stop.  \r\n\r\n\r\n  The second one follows it.\rAnd a third.\r\n");
        Assert.Equal("The first paragraph ends here with a full stop.\n\nThe second one follows it.\nAnd a third.", result.Text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n\n")]
    [InlineData("By")]
    [InlineData("Related News")]
    [InlineData("(Reuters) -")]
    [InlineData("Source:")]
    [InlineData("a_b_c_d")]
    [InlineData("By ,\n(\n)\n:")]
    [InlineData("Related\nRelated\nRelated")]
    [InlineData("WORLD\nX")]
    [InlineData("!!!\n???\n...")]
    [InlineData("Source: \nBy: \nPublished: never")]
    [InlineData("(Reuters) —")]
    [InlineData("https://\nwww.\n.com")]
    public void Odd_inputs_do_not_throw(string raw)
    {
        var result = PlainTextArticleParser.Parse(raw);
        Assert.NotNull(result.Text);
    }

    [Fact]
    public void A_single_line_is_the_article_even_when_it_looks_like_a_headline()
    {
        var result = PlainTextArticleParser.Parse("Parliament approves budget");
        Assert.Equal("Parliament approves budget", result.Text);
        Assert.Null(result.Metadata.Title);
    }

    [Fact]
    public void A_published_date_wins_over_an_updated_one()
    {
        var result = PlainTextArticleParser.Parse(
            "Updated: 2025-03-06\nPublished: 4 March 2025\nMarkets fell sharply on Tuesday as investors weighed the new tariffs.\nTraders expect more swings.");
        Assert.Equal(new DateOnly(2025, 3, 4), result.Metadata.Published);
    }

    [Fact]
    public void Ambiguous_numeric_dates_are_not_guessed()
    {
        var result = PlainTextArticleParser.Parse("03/04/2025\nMarkets fell sharply on Tuesday as investors weighed the new tariffs.\nTraders expect more swings.");
        Assert.Null(result.Metadata.Published);
    }

    [Fact]
    public void A_long_input_is_parsed_quickly()
    {
        var paragraph = "The committee met again on Thursday and agreed to publish its findings before the end of the month. ";
        var raw = string.Join("\n\n", Enumerable.Repeat(paragraph + paragraph, 5_000).Select((p, i) => i + " " + p));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var result = PlainTextArticleParser.Parse(raw);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(120), watch.Elapsed.ToString());
        Assert.Empty(result.Removed);
    }

    [Fact]
    public void Shuffled_fragments_never_throw_and_keep_every_long_sentence()
    {
        string[] fragments =
        [
            "Summit ends without a deal", "By Jane Roe and John Doe, Reuters", "Published: 2025-08-16", "Related News",
            "Leave a Reply", "Back to top", "Advertisement", "Share this:", "Facebook", "harbour.news", "WORLD",
            "Original: example.org/a/1/", "Statement: This article represents the views of the author.", "",
            "The two leaders met for three hours on Friday but failed to agree on a ceasefire, officials said.",
            "Harbor Press: The city council approved the new transit budget late on Tuesday after a long debate.",
            "Both sides said they would keep talking, and a second meeting could be held in the autumn months.",
            "Trump to meet Putin in Alaska", "Kremlin confirms summit venue", "Next stop, Moscow.", "- A bullet point",
            "Read more: Five things to know about the summit", "Enjoyed this? Let your friends know!", "12 Comments",
        ];
        var random = new Random(42);
        for (var round = 0; round < 300; round++)
        {
            var lines = new string[random.Next(1, 14)];
            for (var i = 0; i < lines.Length; i++)
            {
                lines[i] = fragments[random.Next(fragments.Length)];
            }

            var result = PlainTextArticleParser.Parse(string.Join('\n', lines));
            foreach (var line in lines)
            {
                if (line.Split(' ').Length >= 15 && !line.StartsWith("Harbor Press:", StringComparison.Ordinal))
                {
                    Assert.Contains(line, result.Text, StringComparison.Ordinal);
                }
            }
        }
    }
}
