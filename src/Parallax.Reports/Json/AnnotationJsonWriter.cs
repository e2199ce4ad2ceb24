using System.Text;
using System.Text.Json;
using Parallax.Language.Entities;
using Parallax.Language.Sentences;
using Parallax.Pipeline;

namespace Parallax.Reports.Json;

/// <summary>
/// Writes one analyzed text as a line of <c>parallax annotate --format json</c>:
/// <c>{ id, sentences: [{start,end}], entities: [{start,end,type,text,roleStart,roleEnd}], quotes: [] }</c>,
/// offsets being UTF-16 half-open spans into the input text. Stateless and thread-safe.
/// </summary>
public static class AnnotationJsonWriter
{
    /// <summary>One JSON object on one line, without the trailing newline.</summary>
    public static string ToJsonLine(string id, AnalyzedArticle analyzed)
    {
        ArgumentNullException.ThrowIfNull(analyzed);
        var text = analyzed.Article.Text;
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, ContractJson.Options(indented: false)))
        {
            writer.WriteStartObject();
            writer.WriteString("id", id);
            writer.WriteStartArray("sentences");
            foreach (var sentence in analyzed.GetLayer<Sentence>())
            {
                writer.WriteStartObject();
                writer.WriteNumber("start", sentence.Span.Start);
                writer.WriteNumber("end", sentence.Span.End);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("entities");
            foreach (var mention in analyzed.GetLayer<EntityMention>())
            {
                writer.WriteStartObject();
                writer.WriteNumber("start", mention.Span.Start);
                writer.WriteNumber("end", mention.Span.End);
                writer.WriteString("type", TypeName(mention.Type));
                writer.WriteString("text", mention.Span.Of(text));
                if (mention.Role is { } role)
                {
                    writer.WriteNumber("roleStart", role.Start);
                    writer.WriteNumber("roleEnd", role.End);
                    writer.WriteString("role", role.Of(text));
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("quotes");
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>The contract's name for an entity type: person, organization, place, other.</summary>
    public static string TypeName(EntityType type) => type switch
    {
        EntityType.Person => "person",
        EntityType.Organization => "organization",
        EntityType.Place => "place",
        _ => "other",
    };
}
