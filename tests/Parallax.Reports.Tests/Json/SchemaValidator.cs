using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Parallax.Reports.Tests.Json;

/// <summary>
/// Validates JSON against the subset of JSON Schema (draft 2020-12) that <c>schemas/dossier-v1.schema.json</c>
/// uses: <c>type</c> (one or several), <c>const</c>, <c>enum</c>, <c>properties</c>, <c>required</c>,
/// <c>additionalProperties</c> (boolean or schema), <c>items</c>, <c>minimum</c>, <c>maximum</c>, <c>minLength</c>,
/// <c>pattern</c> and local <c>$ref</c> (<c>#/$defs/name</c>); annotations are ignored. Any other keyword is refused,
/// so the schema cannot silently rely on something this validator does not check.
/// </summary>
internal sealed class SchemaValidator
{
    private static readonly HashSet<string> Known =
    [
        "$schema", "$id", "$defs", "$ref", "title", "description", "type", "const", "enum", "properties", "required",
        "additionalProperties", "items", "minimum", "maximum", "minLength", "pattern",
    ];

    private readonly JsonElement _root;

    public SchemaValidator(JsonElement schema) => _root = schema;

    /// <summary>Every violation, as "JSON path: problem"; empty when the instance is valid.</summary>
    public List<string> Validate(JsonElement instance)
    {
        var errors = new List<string>();
        Check(_root, instance, "$", errors);
        return errors;
    }

    private void Check(JsonElement schema, JsonElement value, string path, List<string> errors)
    {
        if (schema.ValueKind == JsonValueKind.True)
        {
            return;
        }

        if (schema.ValueKind == JsonValueKind.False)
        {
            errors.Add($"{path}: not allowed");
            return;
        }

        foreach (var keyword in schema.EnumerateObject())
        {
            if (!Known.Contains(keyword.Name))
            {
                throw new NotSupportedException($"Schema keyword '{keyword.Name}' is not supported by this validator.");
            }
        }

        if (schema.TryGetProperty("$ref", out var reference))
        {
            Check(Resolve(reference.GetString()!), value, path, errors);
        }

        if (schema.TryGetProperty("type", out var type) && !TypeMatches(type, value))
        {
            errors.Add($"{path}: expected {type.GetRawText()}, found {value.ValueKind}");
            return;
        }

        if (schema.TryGetProperty("const", out var constant) && !JsonElement.DeepEquals(constant, value))
        {
            errors.Add($"{path}: expected {constant.GetRawText()}");
        }

        if (schema.TryGetProperty("enum", out var options) && !options.EnumerateArray().Any(o => JsonElement.DeepEquals(o, value)))
        {
            errors.Add($"{path}: {value.GetRawText()} is not one of {options.GetRawText()}");
        }

        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                CheckObject(schema, value, path, errors);
                break;
            case JsonValueKind.Array when schema.TryGetProperty("items", out var items):
                var i = 0;
                foreach (var item in value.EnumerateArray())
                {
                    Check(items, item, $"{path}[{i++}]", errors);
                }

                break;
            case JsonValueKind.Number:
                var number = value.GetDouble();
                if (schema.TryGetProperty("minimum", out var min) && number < min.GetDouble())
                {
                    errors.Add($"{path}: {number.ToString(CultureInfo.InvariantCulture)} is below {min.GetRawText()}");
                }

                if (schema.TryGetProperty("maximum", out var max) && number > max.GetDouble())
                {
                    errors.Add($"{path}: {number.ToString(CultureInfo.InvariantCulture)} is above {max.GetRawText()}");
                }

                break;
            case JsonValueKind.String:
                var text = value.GetString()!;
                if (schema.TryGetProperty("minLength", out var minLength) && text.Length < minLength.GetInt32())
                {
                    errors.Add($"{path}: shorter than {minLength.GetInt32()}");
                }

                if (schema.TryGetProperty("pattern", out var pattern) && !Regex.IsMatch(text, pattern.GetString()!, RegexOptions.None, TimeSpan.FromSeconds(1)))
                {
                    errors.Add($"{path}: '{text}' does not match {pattern.GetString()}");
                }

                break;
        }
    }

    private void CheckObject(JsonElement schema, JsonElement value, string path, List<string> errors)
    {
        if (schema.TryGetProperty("required", out var required))
        {
            foreach (var name in required.EnumerateArray())
            {
                if (!value.TryGetProperty(name.GetString()!, out _))
                {
                    errors.Add($"{path}: missing '{name.GetString()}'");
                }
            }
        }

        var hasProperties = schema.TryGetProperty("properties", out var properties);
        var hasAdditional = schema.TryGetProperty("additionalProperties", out var additional);
        foreach (var property in value.EnumerateObject())
        {
            if (hasProperties && properties.TryGetProperty(property.Name, out var propertySchema))
            {
                Check(propertySchema, property.Value, $"{path}.{property.Name}", errors);
            }
            else if (hasAdditional)
            {
                Check(additional, property.Value, $"{path}.{property.Name}", errors);
            }
        }
    }

    private JsonElement Resolve(string reference)
    {
        const string prefix = "#/$defs/";
        if (!reference.StartsWith(prefix, StringComparison.Ordinal))
        {
            throw new NotSupportedException($"Only local $defs references are supported: {reference}");
        }

        return _root.GetProperty("$defs").GetProperty(reference[prefix.Length..]);
    }

    private static bool TypeMatches(JsonElement type, JsonElement value) =>
        type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Any(t => Is(t.GetString()!, value)) : Is(type.GetString()!, value);

    private static bool Is(string type, JsonElement value) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "number" => value.ValueKind == JsonValueKind.Number,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => value.ValueKind == JsonValueKind.Null,
        _ => throw new NotSupportedException($"Unknown type '{type}'."),
    };
}
