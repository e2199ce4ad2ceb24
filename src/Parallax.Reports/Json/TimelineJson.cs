using System.Text.Json;
using Parallax.Dossier;

namespace Parallax.Reports.Json;

/// <summary>The dossier's <c>timeline</c> array.</summary>
internal static class TimelineJson
{
    public static void Write(Utf8JsonWriter writer, StoryDossier dossier)
    {
        writer.WriteStartArray("timeline");
        foreach (var entry in dossier.Timeline)
        {
            writer.WriteStartObject();
            writer.WriteString("article", entry.Article);
            writer.WriteNumber("start", entry.Span.Start);
            writer.WriteNumber("end", entry.Span.End);
            writer.WriteString("expression", entry.Expression);
            writer.WriteString("date", ContractJson.IsoDate(entry.Date));
            writer.WriteString("dateEnd", ContractJson.IsoDate(entry.DateEnd));
            writer.WriteString("event", entry.Event);
            if (entry.EventSpan is { } span)
            {
                writer.WriteNumber("eventStart", span.Start);
                writer.WriteNumber("eventEnd", span.End);
            }

            writer.WriteString("eventId", entry.EventId);
            writer.WriteString("value", entry.Value);
            writer.WriteBoolean("resolved", entry.Date is not null);
            writer.WriteString("reference", ContractJson.IsoDate(entry.Reference));
            writer.WriteBoolean("inSpeech", entry.InSpeech);
            writer.WriteStartArray("eventArticles");
            foreach (var article in entry.EventArticles)
            {
                writer.WriteStringValue(article);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
