using System.Text.Json;

namespace Parallax.Cli.Tests.Commands;

public class AnalyzeCommandTests
{
    [Fact]
    public async Task Sample_corpus_gives_a_dossier_in_json_and_html()
    {
        using var temp = new TempDir();
        var run = await CliRun.Of("analyze", RepoPaths.Samples, "-o", temp.Path, "--quiet");

        Assert.True(run.ExitCode == 0, run.Err);
        using var json = JsonDocument.Parse(File.ReadAllText(temp.File("dossier.json")));
        var articles = json.RootElement.GetProperty("articles");
        Assert.Equal(5, articles.GetArrayLength());
        foreach (var article in articles.EnumerateArray())
        {
            Assert.False(string.IsNullOrWhiteSpace(article.GetProperty("text").GetString()));
            Assert.Equal("en", article.GetProperty("language").GetString());
        }

        var html = File.ReadAllText(temp.File("dossier.html"));
        Assert.Contains("Articles side by side", html, StringComparison.Ordinal);
        Assert.Contains("Wrote", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Format_md_writes_only_the_markdown()
    {
        using var temp = new TempDir();
        var run = await CliRun.Of("analyze", RepoPaths.Samples, "-o", temp.Path, "--format", "md", "--quiet");
        Assert.Equal(0, run.ExitCode);
        Assert.True(File.Exists(temp.File("dossier.md")));
        Assert.False(File.Exists(temp.File("dossier.json")));
        Assert.False(File.Exists(temp.File("dossier.html")));
    }

    [Fact]
    public async Task A_missing_input_is_named_and_the_rest_goes_on()
    {
        using var temp = new TempDir();
        var missing = temp.File("no-such-article.txt");
        var sample = Directory.GetFiles(RepoPaths.Samples)[0];
        var run = await CliRun.Of("analyze", missing, sample, "-o", temp.File("out"), "--quiet");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no-such-article.txt", run.Err, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(temp.File("out"), "dossier.json")));
    }

    [Fact]
    public async Task Nothing_readable_exits_2_without_a_dossier()
    {
        using var temp = new TempDir();
        File.WriteAllText(temp.File("empty.txt"), string.Empty);
        var run = await CliRun.Of("analyze", temp.File("empty.txt"), "-o", temp.File("out"), "--quiet");
        Assert.Equal(2, run.ExitCode);
        Assert.False(File.Exists(Path.Combine(temp.File("out"), "dossier.json")));
    }

    [Fact]
    public async Task A_copied_article_is_left_out_and_noted()
    {
        using var temp = new TempDir();
        var sample = Directory.GetFiles(RepoPaths.Samples, "*.txt").Order(StringComparer.Ordinal).Last();
        File.Copy(sample, temp.File("original.txt"));
        File.Copy(sample, temp.File("syndicated-copy.txt"));
        var run = await CliRun.Of("analyze", temp.File("original.txt"), temp.File("syndicated-copy.txt"), "-o", temp.File("out"), "--format", "json", "-q");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(temp.File("out"), "dossier.json")));
        Assert.Equal(1, json.RootElement.GetProperty("articles").GetArrayLength());
        var duplicate = Assert.Single(json.RootElement.GetProperty("duplicates").EnumerateArray());
        Assert.EndsWith("syndicated-copy.txt", duplicate.GetProperty("source").GetString(), StringComparison.Ordinal);
        Assert.Equal("exact", duplicate.GetProperty("kind").GetString());
    }
}
