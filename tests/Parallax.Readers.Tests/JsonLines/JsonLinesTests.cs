using Parallax.Model;
using Parallax.Readers.JsonLines;
using Parallax.Readers.Tests.Inputs;

namespace Parallax.Readers.Tests.JsonLines;

public sealed class JsonLinesTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Each_line_is_an_article_and_a_bad_line_does_not_stop_the_rest()
    {
        const string lines = """
            {"id":"a1","text":"First article text.","title":"First","author":"Ann","published":"2025-08-16","outlet":"Daily","language":"en","url":"https://daily.example/1"}
            {"text": "broken",
            {"html":"<html><body><p>Second from HTML.</p></body></html>","title":"Second"}

            ["not", "an", "object"]
            {"id":7,"text":"Third."}
            {"title":"no body"}
            {"text": 42}
            """;
        var path = _dir.Write("batch.jsonl", lines);
        var result = await Read.OneAsync(path, new ReaderOptions { FetchFeedLinks = false });

        Assert.Equal(3, result.Articles.Length);
        var first = result.Articles[0];
        Assert.Equal(path + "#a1", first.Source);
        Assert.Equal("First article text.", first.Text);
        Assert.Equal(
            new ArticleMetadata { Title = "First", Author = "Ann", Published = new DateOnly(2025, 8, 16), Outlet = "Daily", Language = "en", Url = "https://daily.example/1" },
            first.Metadata);
        Assert.Equal(path + "#line3", result.Articles[1].Source);
        Assert.Contains("Second from HTML.", result.Articles[1].Text, StringComparison.Ordinal);
        Assert.Equal("Second", result.Articles[1].Metadata.Title);
        Assert.Equal(path + "#7", result.Articles[2].Source);

        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Message).ToList();
        Assert.Equal(4, errors.Count);
        Assert.StartsWith("line 2: invalid JSON", errors[0], StringComparison.Ordinal);
        Assert.StartsWith("line 5: expected a JSON object", errors[1], StringComparison.Ordinal);
        Assert.Equal("line 7: no \"text\", \"html\" or \"url\"", errors[2]);
        Assert.Equal("line 8: field \"text\" must be a string, not number", errors[3]);
    }

    [Fact]
    public void Deep_nesting_is_refused()
    {
        var deep = "{\"text\":\"x\",\"extra\":" + new string('[', 100) + new string(']', 100) + "}";
        var parsed = JsonLinesParser.Parse(deep + "\n{\"text\":\"ok\"}", maxItems: 10);
        Assert.Single(parsed.Records);
        Assert.StartsWith("line 1: invalid JSON", parsed.Diagnostics.Single().Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_url_only_line_is_not_fetched_when_fetching_is_off()
    {
        var path = _dir.Write("urls.ndjson", "{\"url\":\"https://news.example/a\"}\n{\"url\":\"ftp://x/y\"}\n");
        var result = await Read.OneAsync(path, new ReaderOptions { FetchFeedLinks = false });
        Assert.True(result.Failed);
        Assert.Contains("line 1: only a \"url\", and fetching links is off", Read.Errors(result), StringComparison.Ordinal);
        Assert.Contains("line 2: \"url\" is not an http(s) URL", Read.Errors(result), StringComparison.Ordinal);
    }

    [Fact]
    public void Records_are_capped()
    {
        var parsed = JsonLinesParser.Parse("{\"text\":\"1\"}\n{\"text\":\"2\"}\n{\"text\":\"3\"}", maxItems: 2);
        Assert.Equal(2, parsed.Records.Length);
        Assert.Contains("stopped at line 3", parsed.Diagnostics.Single().Message, StringComparison.Ordinal);
    }
}
