using System.Text.Json;
using Parallax.Dossier;

namespace Parallax.Reports.Json;

/// <summary>The dossier's <c>outlets</c> array.</summary>
internal static class OutletsJson
{
    public static void Write(Utf8JsonWriter writer, StoryDossier dossier)
    {
        writer.WriteStartArray("outlets");
        foreach (var outlet in dossier.Outlets)
        {
            writer.WriteStartObject();
            writer.WriteString("article", outlet.Article);
            writer.WriteStartObject("toneByEntity");
            foreach (var (entity, tone) in outlet.ToneByEntity.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                writer.WriteNumber(entity, Math.Round(tone, 3));
            }

            writer.WriteEndObject();
            writer.WriteStartArray("loadedTerms");
            foreach (var term in outlet.LoadedTerms)
            {
                writer.WriteStringValue(term);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
