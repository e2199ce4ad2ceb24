using Parallax.Model;
using Parallax.Readers.Text;

namespace Parallax.Readers.Tests.Text;

/// <summary>Runs every case written in Specs/plain-text.md.</summary>
public class PlainTextSpecTests
{
    private static readonly IReadOnlyList<PlainTextSpec> Specs = PlainTextSpec.Load();

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var spec in Specs)
        {
            data.Add(spec.Name);
        }

        return data;
    }

    [Fact]
    public void The_spec_file_has_cases() => Assert.True(Specs.Count >= 20);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Spec(string name)
    {
        var spec = Specs.Single(s => s.Name == name);
        var result = PlainTextArticleParser.Parse(spec.Input);

        foreach (var (field, expected) in spec.Fields)
        {
            var actual = Field(result.Metadata, field);
            Assert.True(expected == (actual ?? "null"), $"{field}: expected «{expected}», got «{actual ?? "null"}»");
        }

        if (spec.Removed is not null)
        {
            Assert.Equal(
                spec.Removed.Select(r => $"{r.Reason} | {r.Text}"),
                result.Removed.Select(r => $"{r.Reason} | {r.Text}"));
        }

        if (spec.Text is not null)
        {
            Assert.Equal(spec.Text, result.Text);
        }
    }

    private static string? Field(ArticleMetadata metadata, string field) => field switch
    {
        "title" => metadata.Title,
        "outlet" => metadata.Outlet,
        "author" => metadata.Author,
        "published" => metadata.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        "url" => metadata.Url,
        "language" => metadata.Language,
        _ => throw new InvalidDataException("unknown field in spec: " + field),
    };
}
