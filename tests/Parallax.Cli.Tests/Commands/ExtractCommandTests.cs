using System.Text.Json;
using Parallax.Cli.Commands;

namespace Parallax.Cli.Tests.Commands;

public class ExtractCommandTests
{
    [Fact]
    public async Task Sample_corpus_gives_one_json_line_per_article()
    {
        var run = await CliRun.Of("extract", RepoPaths.Samples, "--quiet");
        Assert.True(run.ExitCode == 0, run.Err);
        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(5, lines.Length);
        foreach (var line in lines)
        {
            using var json = JsonDocument.Parse(line);
            foreach (var field in new[] { "source", "title", "author", "published", "language", "text", "diagnostics" })
            {
                Assert.True(json.RootElement.TryGetProperty(field, out _), field);
            }
        }
    }

    [Fact]
    public async Task Text_format_shows_metadata_then_text()
    {
        var sample = Directory.GetFiles(RepoPaths.Samples, "*.txt").Order(StringComparer.Ordinal).First();
        var run = await CliRun.Of("extract", sample, "--format", "text", "-q");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Title:", run.Out, StringComparison.Ordinal);
        Assert.Contains("Language:  en", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("extract")]
    [InlineData("extract x.txt --format yaml")]
    [InlineData("extract x.txt --max-size lots")]
    [InlineData("analyze x.txt --timeout 0")]
    [InlineData("frobnicate")]
    public async Task Usage_errors_exit_2_with_a_message(string commandLine)
    {
        var run = await CliRun.Of(commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("parallax", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_lists_examples()
    {
        var run = await CliRun.Of("extract", "--help");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Examples:", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1000", 1000L)]
    [InlineData("64MB", 64L * 1024 * 1024)]
    [InlineData("1.5KB", 1536L)]
    [InlineData("1gb", 1L << 30)]
    public void Sizes_parse_with_units(string text, long expected)
    {
        Assert.True(ReadingOptions.TryParseSize(text, out var bytes));
        Assert.Equal(expected, bytes);
    }
}
