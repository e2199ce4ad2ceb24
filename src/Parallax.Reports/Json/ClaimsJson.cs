using System.Text.Json;
using Parallax.Dossier;

namespace Parallax.Reports.Json;

/// <summary>The dossier's <c>claims</c> and <c>disagreements</c> arrays.</summary>
internal static class ClaimsJson
{
    public static string StanceName(Stance stance) => stance switch
    {
        Stance.Supports => "supports",
        Stance.Contradicts => "contradicts",
        _ => "discusses",
    };

    public static void Write(Utf8JsonWriter writer, StoryDossier dossier)
    {
        writer.WriteStartArray("claims");
        foreach (var claim in dossier.Claims)
        {
            writer.WriteStartObject();
            writer.WriteString("id", claim.Id);
            writer.WriteString("text", claim.Text);
            writer.WriteStartArray("positions");
            foreach (var position in claim.Positions)
            {
                writer.WriteStartObject();
                writer.WriteString("article", position.Article);
                writer.WriteString("stance", StanceName(position.Stance));
                writer.WriteNumber("start", position.Span.Start);
                writer.WriteNumber("end", position.Span.End);
                writer.WriteString("assertedBy", position.AssertedBy);
                writer.WriteNumber("confidence", Math.Round(position.Confidence, 3));
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("disagreements");
        foreach (var id in dossier.Disagreements)
        {
            writer.WriteStringValue(id);
        }

        writer.WriteEndArray();
    }
}
