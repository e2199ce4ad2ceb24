using System.Collections.Immutable;
using System.Text.Json;
using Parallax.Model;

namespace Parallax.Readers.JsonLines;

/// <summary>One line of a JSON Lines input: an article given as text, HTML or a URL, with what is known about it.</summary>
/// <param name="Line">The line number, from 1.</param>
/// <param name="Id">The caller's identifier (<c>id</c>, a string or number); null when absent.</param>
/// <param name="Url">The article's address (<c>url</c>).</param>
/// <param name="Title">The headline (<c>title</c>).</param>
/// <param name="Text">The article's text (<c>text</c>); preferred over <paramref name="Html"/>.</param>
/// <param name="Html">The article's page (<c>html</c>).</param>
/// <param name="Author">The byline (<c>author</c>).</param>
/// <param name="Published">The publication date (<c>published</c>, ISO 8601 or RFC 822).</param>
/// <param name="Outlet">The outlet (<c>outlet</c>).</param>
/// <param name="Language">The ISO 639-1 language (<c>language</c>).</param>
public sealed record JsonLinesRecord(
    int Line,
    string? Id,
    string? Url,
    string? Title,
    string? Text,
    string? Html,
    string? Author,
    DateOnly? Published,
    string? Outlet,
    string? Language)
{
    /// <summary>The metadata the record gives.</summary>
    public ArticleMetadata Metadata => new()
    {
        Title = Title,
        Url = Url,
        Author = Author,
        Published = Published,
        Outlet = Outlet,
        Language = Language,
    };
}

/// <summary>The records of a JSON Lines input, and a diagnostic for each line that could not be read.</summary>
/// <param name="Records">The readable lines, in order.</param>
/// <param name="Diagnostics">One per unreadable line, naming its number, and one when the item cap was reached.</param>
public sealed record ParsedJsonLines(ImmutableArray<JsonLinesRecord> Records, ImmutableArray<Diagnostic> Diagnostics);

/// <summary>
/// Reads JSON Lines (<c>.jsonl</c>, <c>.ndjson</c>): one object per line with <c>url</c>, <c>title</c>, <c>text</c>,
/// <c>html</c>, <c>author</c>, <c>published</c>, <c>outlet</c>, <c>language</c>, <c>id</c>. Blank lines are skipped; a bad
/// line yields a diagnostic and the rest goes on. Nesting is capped. Stateless and thread-safe; never throws on bad input.
/// </summary>
public static class JsonLinesParser
{
    /// <summary>How deep a line's JSON may nest.</summary>
    public const int MaxDepth = 16;

    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        MaxDepth = MaxDepth,
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>Parses <paramref name="text"/>, keeping at most <paramref name="maxItems"/> records.</summary>
    public static ParsedJsonLines Parse(string text, int maxItems, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        var records = ImmutableArray.CreateBuilder<JsonLinesRecord>();
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        using var reader = new StringReader(text);
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if ((number & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            if (records.Count >= maxItems)
            {
                diagnostics.Add(Diagnostic.Warning($"only the first {maxItems} records were read (--max-items); stopped at line {number}"));
                break;
            }

            var (record, error) = ParseLine(line, number);
            if (record is not null)
            {
                records.Add(record);
                if (error is not null)
                {
                    diagnostics.Add(Diagnostic.Warning($"line {number}: {error}"));
                }
            }
            else
            {
                diagnostics.Add(Diagnostic.Error($"line {number}: {error}"));
            }
        }

        return new ParsedJsonLines(records.ToImmutable(), diagnostics.ToImmutable());
    }

    // A record with a warning, or no record and the error.
    private static (JsonLinesRecord? Record, string? Error) ParseLine(string line, int number)
    {
        try
        {
            using var document = JsonDocument.Parse(line, DocumentOptions);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, $"expected a JSON object, found {root.ValueKind.ToString().ToLowerInvariant()}");
            }

            string? error = null;
            string? Field(string name, bool allowNumber = false)
            {
                if (!root.TryGetProperty(name, out var value))
                {
                    return null;
                }

                switch (value.ValueKind)
                {
                    case JsonValueKind.String:
                        var s = value.GetString();
                        return string.IsNullOrWhiteSpace(s) ? null : s;
                    case JsonValueKind.Null:
                        return null;
                    case JsonValueKind.Number when allowNumber:
                        return value.GetRawText();
                    default:
                        error ??= $"field \"{name}\" must be a string, not {value.ValueKind.ToString().ToLowerInvariant()}";
                        return null;
                }
            }

            var published = Field("published");
            var record = new JsonLinesRecord(
                number,
                Field("id", allowNumber: true),
                Field("url"),
                Field("title"),
                Field("text"),
                Field("html"),
                Field("author"),
                DateParsing.ParseDate(published),
                Field("outlet"),
                Field("language"));
            if (error is not null)
            {
                return (null, error);
            }

            if (record.Text is null && record.Html is null && record.Url is null)
            {
                return (null, "no \"text\", \"html\" or \"url\"");
            }

            return (record, published is not null && record.Published is null ? $"unreadable date \"{published}\" ignored" : null);
        }
        catch (JsonException ex)
        {
            return (null, $"invalid JSON ({ex.Message})");
        }
    }
}
