using System.Text.Json;
using Parallax.Dossier;
using Parallax.Readers;
using Parallax.Reports.Json;
using Parallax.Reports.Tests.Fixtures;

namespace Parallax.Reports.Tests.Json;

/// <summary><c>dossier.json</c> validates against the JSON Schema the repository ships for <c>parallax.dossier/1</c>.</summary>
public class DossierSchemaTests
{
    private static readonly Lazy<JsonDocument> Schema = new(() => JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root(), "schemas", "dossier-v1.schema.json"))));

    [Fact]
    public async Task Sample_story_dossier_validates()
    {
        var articles = new List<Parallax.Model.Article>();
        await foreach (var result in new ArticleReader().ReadAllAsync([RepoPaths.SampleStory()]))
        {
            articles.AddRange(result.Articles);
        }

        Assert.NotEmpty(articles);
        AssertValid(DossierDefaults.CreateBuilder().Build(articles));
    }

    [Fact]
    public void Full_fixture_dossier_validates() => AssertValid(SummitDossier.Create());

    [Fact]
    public void Hostile_and_empty_dossiers_validate()
    {
        AssertValid(Hostile.Dossier());
        AssertValid(new StoryDossier([], []));
    }

    [Theory]
    [InlineData("\"stance\": \"supports\"", "\"stance\": \"agrees\"", "is not one of")]
    [InlineData("\"schema\": \"parallax.dossier/1\"", "\"schema\": \"parallax.dossier/2\"", "expected \"parallax.dossier/1\"")]
    [InlineData("\"published\": \"2025-08-16\"", "\"published\": \"16 Aug\"", "does not match")]
    [InlineData("\"kind\": \"direct\"", "\"kind\": 3", "is not one of")]
    [InlineData("\"timeline\": [", "\"timelines\": [", "missing 'timeline'")]
    public void Schema_rejects_what_breaks_the_contract(string valid, string broken, string problem)
    {
        var json = DossierJsonWriter.ToJson(SummitDossier.Create());
        Assert.Contains(valid, json, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json.Replace(valid, broken, StringComparison.Ordinal));
        var errors = new SchemaValidator(Schema.Value.RootElement).Validate(document.RootElement);
        Assert.Contains(errors, e => e.Contains(problem, StringComparison.Ordinal));
    }

    private static void AssertValid(StoryDossier dossier)
    {
        using var document = JsonDocument.Parse(DossierJsonWriter.ToJson(dossier));
        var errors = new SchemaValidator(Schema.Value.RootElement).Validate(document.RootElement);
        Assert.True(errors.Count == 0, string.Join('\n', errors.Take(20)));
    }
}
