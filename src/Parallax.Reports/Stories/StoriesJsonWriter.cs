using System.Text.Json;
using Parallax.Comparison.Stories;
using Parallax.Reports.Json;

namespace Parallax.Reports.Stories;

/// <summary>
/// Writes stories as the <c>parallax stories --format json</c> contract of <c>shared/contracts/dossier-v1.md</c>:
/// <c>{ "stories": [{ "id", "label", "articles": [source…], "first", "last" }] }</c>, every article in exactly one
/// story. Stateless and thread-safe.
/// </summary>
public static class StoriesJsonWriter
{
    /// <summary>Writes <paramref name="stories"/>, naming articles by <paramref name="sources"/> (indexed by <see cref="Story.Articles"/>).</summary>
    public static void Write(IReadOnlyList<Story> stories, IReadOnlyList<string> sources, Stream stream, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(stories);
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new Utf8JsonWriter(stream, ContractJson.Options(indented));
        writer.WriteStartObject();
        writer.WriteStartArray("stories");
        foreach (var story in stories)
        {
            writer.WriteStartObject();
            writer.WriteString("id", story.Id);
            writer.WriteString("label", story.Label);
            writer.WriteStartArray("articles");
            foreach (var article in story.Articles)
            {
                writer.WriteStringValue(sources[article]);
            }

            writer.WriteEndArray();
            writer.WriteString("first", ContractJson.IsoDate(story.First));
            writer.WriteString("last", ContractJson.IsoDate(story.Last));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
