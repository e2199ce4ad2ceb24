using System.Text.Json;
using Parallax.Dossier;
using Parallax.Language.Entities;

namespace Parallax.Reports.Json;

/// <summary>The dossier's <c>entities</c> and <c>possibleMatches</c> arrays.</summary>
internal static class EntitiesJson
{
    public static string TypeName(EntityType type) => type switch
    {
        EntityType.Person => "person",
        EntityType.Organization => "organization",
        EntityType.Place => "place",
        _ => "other",
    };

    public static void Write(Utf8JsonWriter writer, StoryDossier dossier)
    {
        writer.WriteStartArray("entities");
        foreach (var entity in dossier.Entities)
        {
            writer.WriteStartObject();
            writer.WriteString("id", entity.Id);
            writer.WriteString("name", entity.Name);
            writer.WriteString("type", TypeName(entity.Type));
            writer.WriteStartArray("aliases");
            foreach (var alias in entity.Aliases)
            {
                writer.WriteStringValue(alias);
            }

            writer.WriteEndArray();
            writer.WriteStartArray("mentions");
            foreach (var mention in entity.Mentions)
            {
                ContractJson.WriteArticleSpan(writer, mention.Article, mention.Span);
            }

            writer.WriteEndArray();
            writer.WriteStartArray("merges");
            foreach (var merge in entity.Merges)
            {
                writer.WriteStartObject();
                writer.WriteString("alias", merge.Alias);
                writer.WriteString("evidence", merge.Evidence);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("possibleMatches");
        foreach (var match in dossier.PossibleMatches)
        {
            writer.WriteStartObject();
            writer.WriteString("first", match.First);
            writer.WriteString("second", match.Second);
            writer.WriteString("evidence", match.Evidence);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
