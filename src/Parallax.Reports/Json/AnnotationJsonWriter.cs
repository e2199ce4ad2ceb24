using System.Text;
using System.Text.Json;
using Parallax.Language.Entities;
using Parallax.Language.Quotes;
using Parallax.Language.Sentences;
using Parallax.Model;
using Parallax.Pipeline;

namespace Parallax.Reports.Json;

/// <summary>
/// Writes one analyzed text as a line of <c>parallax annotate --format json</c>:
/// <c>{ id, sentences: [{start,end}], entities: [{start,end,type,text,roleStart,roleEnd}],
/// quotes: [{start,end,kind,speakerStart,speakerEnd,speaker,cueStart,cueEnd,text}] }</c>,
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
            foreach (var quote in analyzed.GetLayer<Quote>())
            {
                WriteQuote(writer, quote, text);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteQuote(Utf8JsonWriter writer, Quote quote, string text)
    {
        writer.WriteStartObject();
        writer.WriteNumber("start", quote.Span.Start);
        writer.WriteNumber("end", quote.Span.End);
        writer.WriteString("kind", QuotesJson.KindName(quote.Kind));
        WriteSpan(writer, "speaker", quote.SpeakerMention);
        writer.WriteString("speaker", quote.Speaker?.CanonicalName);
        WriteSpan(writer, "cue", quote.Cue);
        writer.WriteString("text", quote.Span.Of(text));
        if (quote.Extent is { } extent)
        {
            writer.WriteNumber("extentStart", extent.Start);
            writer.WriteNumber("extentEnd", extent.End);
        }

        if (!quote.CoSpeakers.IsDefaultOrEmpty)
        {
            writer.WriteStartArray("speakers");
            writer.WriteStringValue(quote.Speaker?.CanonicalName);
            foreach (var other in quote.CoSpeakers)
            {
                writer.WriteStringValue(other.CanonicalName);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    private static void WriteSpan(Utf8JsonWriter writer, string prefix, TextSpan? span)
    {
        if (span is { } value)
        {
            writer.WriteNumber(prefix + "Start", value.Start);
            writer.WriteNumber(prefix + "End", value.End);
        }
        else
        {
            writer.WriteNull(prefix + "Start");
            writer.WriteNull(prefix + "End");
        }
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
