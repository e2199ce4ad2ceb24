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

    /// <summary>An article's source, metadata, text, removed parts and diagnostics, as properties of the open object.</summary>
    public static void WriteArticleFields(Utf8JsonWriter writer, Article article)
    {
        var meta = article.Metadata;
        writer.WriteString("source", article.Source);
        writer.WriteString("title", meta.Title);
        writer.WriteString("outlet", meta.Outlet);
        writer.WriteString("author", meta.Author);
        writer.WriteString("published", IsoDate(meta.Published));
        writer.WriteString("language", meta.Language);
        writer.WriteString("url", meta.Url);
        writer.WriteString("text", article.Text);
        writer.WriteStartArray("removed");
        foreach (var removed in article.Removed)
        {
            writer.WriteStartObject();
            writer.WriteString("text", removed.Text);
            writer.WriteString("reason", removed.Reason);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        WriteDiagnostics(writer, article.Diagnostics);
    }

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

    /// <summary>An <c>{ "article", "start", "end" }</c> object.</summary>
    public static void WriteArticleSpan(Utf8JsonWriter writer, string article, TextSpan span)
    {
        writer.WriteStartObject();
        writer.WriteString("article", article);
        writer.WriteNumber("start", span.Start);
        writer.WriteNumber("end", span.End);
        writer.WriteEndObject();
    }
}
