using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Parallax.Model;

namespace Parallax.Storage;

/// <summary>Turns an article's removed texts, diagnostics and terms into stored column values and back.</summary>
internal static class ArticleColumns
{
    public static string RemovedToJson(ImmutableArray<RemovedText> removed)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var item in removed)
            {
                writer.WriteStartObject();
                writer.WriteString("text", item.Text);
                writer.WriteString("reason", item.Reason);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static ImmutableArray<RemovedText> RemovedFromJson(string json)
    {
        using var document = JsonDocument.Parse(json);
        var items = ImmutableArray.CreateBuilder<RemovedText>();
        foreach (var element in document.RootElement.EnumerateArray())
        {
            items.Add(new RemovedText(element.GetProperty("text").GetString() ?? string.Empty, element.GetProperty("reason").GetString() ?? string.Empty));
        }

        return items.ToImmutable();
    }

    public static string DiagnosticsToJson(ImmutableArray<Diagnostic> diagnostics)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var item in diagnostics)
            {
                writer.WriteStartObject();
                writer.WriteString("severity", item.Severity.ToString().ToLowerInvariant());
                writer.WriteString("message", item.Message);
                if (item.Source is not null)
                {
                    writer.WriteString("source", item.Source);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static ImmutableArray<Diagnostic> DiagnosticsFromJson(string json)
    {
        using var document = JsonDocument.Parse(json);
        var items = ImmutableArray.CreateBuilder<Diagnostic>();
        foreach (var element in document.RootElement.EnumerateArray())
        {
            var severity = Enum.TryParse<DiagnosticSeverity>(element.GetProperty("severity").GetString(), ignoreCase: true, out var parsed)
                ? parsed
                : DiagnosticSeverity.Info;
            var source = element.TryGetProperty("source", out var s) ? s.GetString() : null;
            items.Add(new Diagnostic(severity, element.GetProperty("message").GetString() ?? string.Empty, source));
        }

        return items.ToImmutable();
    }

    public static string TermsToColumn(ImmutableArray<string> terms) => string.Join('\n', terms);

    public static ImmutableArray<string> TermsFromColumn(string column) =>
        [.. column.Split('\n', StringSplitOptions.RemoveEmptyEntries)];

    public static string? DateToColumn(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly? DateFromColumn(string? column) =>
        column is not null && DateOnly.TryParseExact(column, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    public static long ToUnixMilliseconds(DateTimeOffset time) => time.ToUnixTimeMilliseconds();

    public static DateTimeOffset FromUnixMilliseconds(long value) => DateTimeOffset.FromUnixTimeMilliseconds(value);
}
