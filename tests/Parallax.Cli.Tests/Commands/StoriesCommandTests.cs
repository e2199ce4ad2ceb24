using System.Text.Json;

namespace Parallax.Cli.Tests.Commands;

public class StoriesCommandTests
{
    [Fact]
    public async Task Json_puts_every_input_in_exactly_one_story()
    {
        using var temp = new TempDir();
        File.WriteAllText(temp.File("quake1.txt"), "A magnitude 7.1 earthquake struck eastern Turkey near Van on Sunday, killing 200 people in Van and Ercis.");
        File.WriteAllText(temp.File("quake2.txt"), "The toll of the earthquake in Van, eastern Turkey, rose to 366 as rescuers searched Ercis.");
        File.WriteAllText(temp.File("match.txt"), "Real Madrid beat Barcelona 3-1 at the Bernabeu on Saturday; Cristiano Ronaldo scored twice for Madrid.");
        var run = await CliRun.Of("stories", temp.Path, RepoPaths.Samples, "--format", "json", "--quiet");

        Assert.True(run.ExitCode == 0, run.Err);
        using var json = JsonDocument.Parse(run.Out);
        var stories = json.RootElement.GetProperty("stories").EnumerateArray().ToList();
        var articles = stories.SelectMany(s => s.GetProperty("articles").EnumerateArray().Select(a => a.GetString()!)).ToList();
        Assert.Equal(8, articles.Count);
        Assert.Equal(8, articles.Distinct().Count());
        Assert.All(stories, s => Assert.StartsWith("s", s.GetProperty("id").GetString(), StringComparison.Ordinal));
        Assert.All(stories, s => Assert.False(string.IsNullOrWhiteSpace(s.GetProperty("label").GetString())));

        string StoryOf(string name) => stories.Single(s => s.GetProperty("articles").EnumerateArray().Any(a => a.GetString()!.EndsWith(name, StringComparison.Ordinal))).GetProperty("id").GetString()!;
        Assert.Equal(StoryOf("quake1.txt"), StoryOf("quake2.txt"));
        Assert.NotEqual(StoryOf("quake1.txt"), StoryOf("match.txt"));
        var sampleStory = StoryOf("000_90fb35523f9d0560.txt");
        Assert.All(Directory.GetFiles(RepoPaths.Samples, "*.txt"), f => Assert.Equal(sampleStory, StoryOf(Path.GetFileName(f))));
    }

    [Fact]
    public async Task Table_is_the_default_and_help_shows_examples()
    {
        var run = await CliRun.Of("stories", RepoPaths.Samples);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("1 stories", run.Out, StringComparison.Ordinal);

        var help = await CliRun.Of("stories", "--help");
        Assert.Contains("parallax stories news/", help.Out, StringComparison.Ordinal);
    }
}
