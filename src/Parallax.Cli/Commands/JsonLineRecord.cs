using System.Text.Json;

namespace Parallax.Cli.Commands;

/// <summary>
/// One line of a JSON Lines input to <c>annotate</c> or <c>stance</c>: an object with an <c>id</c> and named string
/// fields. Parsing never throws; a problem comes back as a message naming what is wrong.
/// </summary>
internal static class JsonLineRecord
{
    /// <summary>The longest line read.</summary>
    public const int MaxLineChars = 64 * 1024 * 1024;

    /// <summary>
    /// Reads <paramref name="line"/>; on success returns null with the id and the values of <paramref name="fields"/>
    /// (in that order), else the problem.
    /// </summary>
    public static string? TryParse(string line, ReadOnlySpan<string> fields, out string? id, out string[] values)
    {
        id = null;
        values = new string[fields.Length];
        if (line.Length > MaxLineChars)
        {
            return "line is over the 64 M character limit";
        }

        try
        {
            using var json = JsonDocument.Parse(line, new JsonDocumentOptions { MaxDepth = 16 });
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return "not a JSON object";
            }

            for (var i = 0; i < fields.Length; i++)
            {
                if (!root.TryGetProperty(fields[i], out var value) || value.ValueKind != JsonValueKind.String)
                {
                    return $"field \"{fields[i]}\" is missing or not a string";
                }

                values[i] = value.GetString()!;
            }

            id = root.TryGetProperty("id", out var idValue)
                ? idValue.ValueKind == JsonValueKind.String ? idValue.GetString() : idValue.GetRawText()
                : null;
            return id is null ? "field \"id\" is missing" : null;
        }
        catch (JsonException e)
        {
            return "invalid JSON (" + e.Message + ")";
        }
    }
}
