using System.Text.Json;

namespace Parallax.Cli.Tests.Commands;

public class StanceCommandTests
{
    [Fact]
    public async Task Each_pair_gets_a_stance_confidence_and_evidence_inside_its_text_and_bad_lines_are_named()
    {
        using var temp = new TempDir();
        const string text = "Officials confirmed on Monday that a small meteorite crashed near the airport in Managua. " +
                            "The government said the crater was 16 feet deep. Residents reported a loud boom overnight.";
        File.WriteAllLines(temp.File("pairs.jsonl"),
        [
            JsonSerializer.Serialize(new { id = "p1", claim = "Meteorite crashes near Managua airport", text }),
            JsonSerializer.Serialize(new { id = "p2", claim = "Apple launches a new streaming service for $15 a month", text }),
            "{\"id\":\"p3\",\"claim\":\"no text\"}",
        ]);

        var run = await CliRun.Of("stance", "--input", temp.File("pairs.jsonl"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("line 3", run.Err, StringComparison.Ordinal);
        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        Assert.Equal("p1", first.RootElement.GetProperty("id").GetString());
        Assert.NotEqual("unrelated", first.RootElement.GetProperty("stance").GetString());
        var confidence = first.RootElement.GetProperty("confidence").GetDouble();
        Assert.InRange(confidence, 0, 1);
        foreach (var span in first.RootElement.GetProperty("evidence").EnumerateArray())
        {
            Assert.InRange(span.GetProperty("start").GetInt32(), 0, text.Length);
            Assert.InRange(span.GetProperty("end").GetInt32(), span.GetProperty("start").GetInt32(), text.Length);
        }

        using var second = JsonDocument.Parse(lines[1]);
        Assert.Equal("unrelated", second.RootElement.GetProperty("stance").GetString());
        Assert.Empty(second.RootElement.GetProperty("evidence").EnumerateArray());
    }
}
