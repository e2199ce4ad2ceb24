using System.Text.Json;
using Parallax.Reports.Json;

namespace Parallax.Reports.Tests.Json;

public class DossierJsonWriterTests
{
    [Fact]
    public void Writes_the_contract_shape()
    {
        using var json = JsonDocument.Parse(DossierJsonWriter.ToJson(Hostile.Dossier()));
        var root = json.RootElement;
        Assert.Equal("parallax.dossier/1", root.GetProperty("schema").GetString());
        foreach (var name in new[] { "entities", "quotes", "quoteGroups", "claims", "timeline", "outlets", "duplicates" })
        {
            Assert.Equal(JsonValueKind.Array, root.GetProperty(name).ValueKind);
        }

        var article = root.GetProperty("articles")[0];
        Assert.Equal("a1", article.GetProperty("id").GetString());
        Assert.Equal("2025-08-16", article.GetProperty("published").GetString());
        Assert.Equal("en", article.GetProperty("language").GetString());
        Assert.Equal("boilerplate", article.GetProperty("removed")[0].GetProperty("reason").GetString());
        Assert.Equal("warning", article.GetProperty("diagnostics")[0].GetProperty("severity").GetString());
        Assert.StartsWith("First paragraph <script>", article.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Extraction_line_is_one_line_of_json()
    {
        var line = ExtractionJsonWriter.ToJsonLine(Hostile.Dossier().Articles[0].Article);
        Assert.DoesNotContain('\n', line);
        using var json = JsonDocument.Parse(line);
        Assert.Equal(JsonValueKind.String, json.RootElement.GetProperty("text").ValueKind);
        Assert.Equal(JsonValueKind.Array, json.RootElement.GetProperty("diagnostics").ValueKind);
    }
}
