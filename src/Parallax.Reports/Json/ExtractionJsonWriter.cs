using System.Text;
using System.Text.Json;
using Parallax.Model;

namespace Parallax.Reports.Json;

/// <summary>
/// Writes one article as a line of the <c>parallax extract --format json</c> JSON Lines output:
/// <c>{ source, title, author, published, language, text, diagnostics }</c>, plus <c>outlet</c>, <c>url</c> and
/// <c>removed</c>. Stateless and thread-safe.
/// </summary>
public static class ExtractionJsonWriter
{
    /// <summary>One JSON object on one line, without the trailing newline.</summary>
    public static string ToJsonLine(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, ContractJson.Options(indented: false)))
        {
            writer.WriteStartObject();
            ContractJson.WriteArticleFields(writer, article);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>A JSON line for an input that yielded no article: its source and diagnostics, text null.</summary>
    public static string FailureLine(string source, IEnumerable<Diagnostic> diagnostics)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, ContractJson.Options(indented: false)))
        {
            writer.WriteStartObject();
            writer.WriteString("source", source);
            writer.WriteNull("text");
            ContractJson.WriteDiagnostics(writer, diagnostics);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
