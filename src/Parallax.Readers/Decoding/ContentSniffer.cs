using System.Text.Json;

namespace Parallax.Readers.Decoding;

/// <summary>What kind of document a piece of text is.</summary>
public enum ContentKind
{
    /// <summary>Plain text.</summary>
    Text,

    /// <summary>An HTML or XHTML page.</summary>
    Html,

    /// <summary>An RSS 2.0, RSS 1.0 (RDF) or Atom feed.</summary>
    Feed,

    /// <summary>JSON Lines: one JSON object per line.</summary>
    JsonLines,

    /// <summary>XML that is neither a feed nor XHTML.</summary>
    OtherXml,
}

/// <summary>
/// Guesses a document's kind from its extension or its first characters. Stateless and thread-safe.
/// </summary>
public static class ContentSniffer
{
    private const int SniffChars = 4 * 1024;

    private static readonly string[] HtmlMarkers =
        ["<!doctype html", "<html", "<head", "<body", "<meta", "<title", "<article", "<div", "<p>", "<p ", "<h1", "<h2", "<br", "<section", "<main"];

    /// <summary>The kind a file extension (with its dot, any case) stands for, or null when it says nothing.</summary>
    public static ContentKind? FromExtension(string extension) => extension.ToLowerInvariant() switch
    {
        ".txt" or ".text" => ContentKind.Text,
        ".html" or ".htm" or ".xhtml" or ".shtml" => ContentKind.Html,
        ".rss" or ".atom" or ".xml" or ".rdf" => ContentKind.Feed,
        ".jsonl" or ".ndjson" => ContentKind.JsonLines,
        _ => null,
    };

    /// <summary>The kind an HTTP media type ("text/html") stands for, or null when it is not one Parallax reads.</summary>
    public static ContentKind? FromMediaType(string? mediaType) => mediaType?.ToLowerInvariant() switch
    {
        "text/html" or "application/xhtml+xml" => ContentKind.Html,
        "text/plain" => ContentKind.Text,
        "application/rss+xml" or "application/atom+xml" or "application/rdf+xml" or "application/xml" or "text/xml"
            or "application/feed+xml" or "application/x-rss+xml" => ContentKind.Feed,
        "application/x-ndjson" or "application/jsonl" or "application/x-jsonlines" or "application/jsonlines" => ContentKind.JsonLines,
        _ => null,
    };

    /// <summary>Guesses the kind of <paramref name="text"/> from its first few thousand characters.</summary>
    public static ContentKind Sniff(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var head = text.AsSpan(0, Math.Min(text.Length, SniffChars)).TrimStart();
        if (head.IsEmpty)
        {
            return ContentKind.Text;
        }

        if (head[0] == '<')
        {
            if (FirstElementName(head) is "rss" or "feed" or "rdf:RDF" or "RDF")
            {
                return ContentKind.Feed;
            }

            foreach (var marker in HtmlMarkers)
            {
                if (head.Contains(marker, StringComparison.OrdinalIgnoreCase))
                {
                    return ContentKind.Html;
                }
            }

            return head.StartsWith("<?xml", StringComparison.Ordinal) ? ContentKind.OtherXml : ContentKind.Html;
        }

        if (head[0] == '{' && FirstLineIsJsonObject(text.AsSpan().TrimStart()))
        {
            return ContentKind.JsonLines;
        }

        return ContentKind.Text;
    }

    // The name of the first element, after any XML declaration, comments, processing instructions and DOCTYPE.
    private static string? FirstElementName(ReadOnlySpan<char> head)
    {
        while (true)
        {
            var open = head.IndexOf('<');
            if (open < 0 || open + 1 >= head.Length)
            {
                return null;
            }

            head = head[(open + 1)..];
            if (head.StartsWith("!--", StringComparison.Ordinal))
            {
                var end = head.IndexOf("-->", StringComparison.Ordinal);
                if (end < 0)
                {
                    return null;
                }

                head = head[(end + 3)..];
                continue;
            }

            if (head[0] is '?' or '!')
            {
                // Skip declarations; a DOCTYPE's internal subset ends with "]>".
                var subset = head.IndexOf('[');
                var close = head.IndexOf('>');
                if (subset >= 0 && subset < close)
                {
                    var subsetEnd = head.IndexOf("]>", StringComparison.Ordinal);
                    close = subsetEnd < 0 ? -1 : subsetEnd + 1;
                }

                if (close < 0)
                {
                    return null;
                }

                head = head[(close + 1)..];
                continue;
            }

            var length = 0;
            while (length < head.Length && (char.IsAsciiLetterOrDigit(head[length]) || head[length] is ':' or '-' or '_' or '.'))
            {
                length++;
            }

            return length == 0 ? null : head[..length].ToString();
        }
    }

    private static bool FirstLineIsJsonObject(ReadOnlySpan<char> text)
    {
        var end = text.IndexOfAny('\n', '\r');
        if (end < 0)
        {
            end = text.Length;
        }

        var line = text[..end].ToString();
        try
        {
            using var document = JsonDocument.Parse(line, new JsonDocumentOptions { MaxDepth = 16 });
            return document.RootElement.ValueKind == JsonValueKind.Object;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
