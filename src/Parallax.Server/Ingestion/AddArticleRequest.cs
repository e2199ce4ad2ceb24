using System.Text.Json;
using Parallax.Storage;

namespace Parallax.Server.Ingestion;

/// <summary>
/// The body of <c>POST /api/articles</c>: exactly one of <c>text</c>, <c>html</c> or <c>url</c> (a string), and an
/// optional <c>source</c> (a name or URL to show). Other fields are ignored. Immutable.
/// </summary>
/// <param name="Kind">Which one was given.</param>
/// <param name="Value">The text, the HTML, or the URL.</param>
/// <param name="Source">The name to show, or null.</param>
public sealed record AddArticleRequest(RawInputKind Kind, string Value, string? Source)
{
    private const int MaxSourceLength = 2048;

    /// <summary>Reads a request body; returns the request, or why it is not one (the JSON is malformed, or its fields are wrong).</summary>
    public static (AddArticleRequest? Request, bool Malformed, string? Error) Parse(ReadOnlyMemory<byte> body)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 16, AllowTrailingCommas = false });
        }
        catch (JsonException ex)
        {
            return (null, true, "The body is not valid JSON: " + ex.Message);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, false, "The body must be a JSON object: {\"text\": …}, {\"html\": …} or {\"url\": …}.");
            }

            AddArticleRequest? found = null;
            string? source = null;
            foreach (var property in root.EnumerateObject())
            {
                var kind = property.Name switch
                {
                    "text" => RawInputKind.Text,
                    "html" => RawInputKind.Html,
                    "url" => RawInputKind.Url,
                    _ => (RawInputKind?)null,
                };
                if (property.Name == "source")
                {
                    if (property.Value.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
                    {
                        return (null, false, "\"source\" must be a string.");
                    }

                    source = property.Value.GetString();
                    if (source is { Length: > MaxSourceLength })
                    {
                        return (null, false, $"\"source\" is longer than {MaxSourceLength} characters.");
                    }

                    continue;
                }

                if (kind is null || property.Value.ValueKind == JsonValueKind.Null)
                {
                    continue;
                }

                if (property.Value.ValueKind != JsonValueKind.String)
                {
                    return (null, false, $"\"{property.Name}\" must be a string.");
                }

                if (found is not null)
                {
                    return (null, false, "Give exactly one of \"text\", \"html\" or \"url\".");
                }

                found = new AddArticleRequest(kind.Value, property.Value.GetString()!, null);
            }

            if (found is null)
            {
                return (null, false, "Give one of \"text\", \"html\" or \"url\".");
            }

            if (string.IsNullOrWhiteSpace(found.Value))
            {
                return (null, false, $"\"{found.Kind.ToString().ToLowerInvariant()}\" is empty.");
            }

            return (found with { Source = string.IsNullOrWhiteSpace(source) ? null : source.Trim() }, false, null);
        }
    }
}
