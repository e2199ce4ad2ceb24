using System.Text.Json;
using Parallax.Comparison.Duplicates;
using Parallax.Dossier;

namespace Parallax.Reports.Json;

/// <summary>
/// Writes a <see cref="StoryDossier"/> as the <c>parallax.dossier/1</c> JSON of <c>shared/contracts/dossier-v1.md</c>.
/// Each section is written by its own class (<see cref="EntitiesJson"/>, <see cref="QuotesJson"/>, …); arrays that no
/// stage filled are written empty. Stateless and thread-safe.
/// </summary>
public static class DossierJsonWriter
{
    /// <summary>Writes <paramref name="dossier"/> to <paramref name="stream"/> as UTF-8 JSON.</summary>
    public static void Write(StoryDossier dossier, Stream stream, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new Utf8JsonWriter(stream, ContractJson.Options(indented));
        writer.WriteStartObject();
        writer.WriteString("schema", StoryDossier.Schema);
        writer.WriteStartArray("articles");
        foreach (var entry in dossier.Articles)
        {
            WriteArticle(writer, entry);
        }

        writer.WriteEndArray();
        EntitiesJson.Write(writer, dossier);
        QuotesJson.Write(writer, dossier);
        ClaimsJson.Write(writer, dossier);
        TimelineJson.Write(writer, dossier);
        OutletsJson.Write(writer, dossier);

        writer.WriteStartArray("duplicates");
        foreach (var note in dossier.Duplicates)
        {
            writer.WriteStartObject();
            writer.WriteString("source", note.Source);
            writer.WriteString("keptArticle", note.KeptArticle);
            writer.WriteString("kind", note.Kind == DuplicateKind.Exact ? "exact" : "near");
            writer.WriteNumber("similarity", note.Similarity);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>The dossier as a JSON string.</summary>
    public static string ToJson(StoryDossier dossier, bool indented = true)
    {
        using var stream = new MemoryStream();
        Write(dossier, stream, indented);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteArticle(Utf8JsonWriter writer, DossierArticle entry)
    {
        writer.WriteStartObject();
        writer.WriteString("id", entry.Id);
        ContractJson.WriteArticleFields(writer, entry.Article);
        writer.WriteEndObject();
    }
}
