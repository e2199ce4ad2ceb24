using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Parallax.Model;

namespace Parallax.Reports.Json;

/// <summary>Shared pieces of the <c>parallax.dossier/1</c> JSON contract: writer options and common objects.</summary>
internal static class ContractJson
{
    /// <summary>Readable non-ASCII text; HTML-sensitive characters still escaped so the JSON is safe to embed.</summary>
    public static JsonWriterOptions Options(bool indented) => new()
    {
        Indented = indented,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static string? IsoDate(DateOnly? date) =>
        date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Severity(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Info => "info",
        DiagnosticSeverity.Warning => "warning",
        _ => "error",
    };

    public static void WriteDiagnostics(Utf8JsonWriter writer, IEnumerable<Diagnostic> diagnostics)
    {
        writer.WriteStartArray("diagnostics");
        foreach (var diagnostic in diagnostics)
        {
            writer.WriteStartObject();
            writer.WriteString("severity", Severity(diagnostic.Severity));
            writer.WriteString("message", diagnostic.Message);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
