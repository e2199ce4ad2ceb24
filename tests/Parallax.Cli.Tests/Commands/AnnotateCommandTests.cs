using System.Text.Json;

namespace Parallax.Cli.Tests.Commands;

public class AnnotateCommandTests
{
    [Fact]
    public async Task Each_line_gets_sentences_and_entities_with_offsets_into_its_text()
    {
        using var temp = new TempDir();
        const string text = "Russian Foreign Minister Sergey Lavrov arrived in Anchorage. Lavrov spoke to NATO later.";
        File.WriteAllText(temp.File("docs.jsonl"), JsonSerializer.Serialize(new { id = "d1", text }) + "\n");

        var run = await CliRun.Of("annotate", "--input", temp.File("docs.jsonl"));

        Assert.True(run.ExitCode == 0, run.Err);
        using var json = JsonDocument.Parse(run.Out.Trim());
        var root = json.RootElement;
        Assert.Equal("d1", root.GetProperty("id").GetString());
        Assert.Equal(2, root.GetProperty("sentences").GetArrayLength());
        var entities = root.GetProperty("entities").EnumerateArray().ToList();
        foreach (var entity in entities)
        {
            var start = entity.GetProperty("start").GetInt32();
            var end = entity.GetProperty("end").GetInt32();
            Assert.Equal(entity.GetProperty("text").GetString(), text[start..end]);
        }

        var lavrov = entities.First(e => e.GetProperty("text").GetString() == "Sergey Lavrov");
        Assert.Equal("person", lavrov.GetProperty("type").GetString());
        Assert.Equal("Russian Foreign Minister", lavrov.GetProperty("role").GetString());
        Assert.Equal(JsonValueKind.Array, root.GetProperty("quotes").ValueKind);
    }

    [Fact]
    public async Task Quotes_come_with_kind_speaker_and_cue_spans_into_the_text()
    {
        using var temp = new TempDir();
        const string text = "Kremlin spokesman Dmitry Peskov arrived in Anchorage. “The talks were useful,” Peskov told reporters. He said that no date had been set.";
        File.WriteAllText(temp.File("docs.jsonl"), JsonSerializer.Serialize(new { id = "d1", text }) + "\n");

        var run = await CliRun.Of("annotate", "--input", temp.File("docs.jsonl"));

        Assert.True(run.ExitCode == 0, run.Err);
        using var json = JsonDocument.Parse(run.Out.Trim());
        var quotes = json.RootElement.GetProperty("quotes").EnumerateArray().ToList();
        var direct = quotes.Single(q => q.GetProperty("kind").GetString() == "direct");
        Assert.Equal("The talks were useful,", Slice(text, direct, "start", "end"));
        Assert.Equal("Peskov", Slice(text, direct, "speakerStart", "speakerEnd"));
        Assert.Equal("told", Slice(text, direct, "cueStart", "cueEnd"));
        Assert.Equal("Dmitry Peskov", direct.GetProperty("speaker").GetString());

        var reported = quotes.Single(q => q.GetProperty("kind").GetString() == "reported");
        Assert.Equal("that no date had been set", Slice(text, reported, "start", "end"));
        Assert.Equal("He", Slice(text, reported, "speakerStart", "speakerEnd"));
        Assert.Equal("Dmitry Peskov", reported.GetProperty("speaker").GetString());
    }

    private static string Slice(string text, JsonElement item, string start, string end) =>
        text[item.GetProperty(start).GetInt32()..item.GetProperty(end).GetInt32()];

    [Fact]
    public async Task A_bad_line_is_named_and_the_rest_goes_on()
    {
        using var temp = new TempDir();
        File.WriteAllLines(temp.File("docs.jsonl"), ["{not json", "{\"id\":\"ok\",\"text\":\"Putin met Trump.\"}", "{\"id\":\"x\"}"]);

        var run = await CliRun.Of("annotate", "--input", temp.File("docs.jsonl"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("line 1", run.Err, StringComparison.Ordinal);
        Assert.Contains("line 3", run.Err, StringComparison.Ordinal);
        Assert.Single(run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task Missing_input_file_exits_2()
    {
        var run = await CliRun.Of("annotate", "--input", "/nonexistent/docs.jsonl");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no such file", run.Err, StringComparison.Ordinal);
    }
}
