using System.Collections.Immutable;
using System.Text;
using System.Text.Unicode;
using Parallax.Model;

namespace Parallax.Readers.Decoding;

/// <summary>Bytes turned into text, or the reason they could not be.</summary>
/// <param name="Text">The decoded text; null when <see cref="Error"/> is set.</param>
/// <param name="EncodingName">The web name of the encoding used ("utf-8", "windows-1252"); null on failure.</param>
/// <param name="Error">Why the bytes are not text ("empty file", "binary file (looks like PNG)"); null on success.</param>
/// <param name="Diagnostics">What was noticed or repaired while decoding (BOM, declared charset, invalid bytes).</param>
public sealed record DecodedText(string? Text, string? EncodingName, string? Error, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>True when the bytes were decoded.</summary>
    public bool Succeeded => Text is not null;

    internal static DecodedText Failure(string error) => new(null, null, error, []);
}

/// <summary>
/// Turns the bytes of a file, download or stream into text: byte-order marks, an HTTP charset, charset
/// declarations in HTML or XML, strict UTF-8, and repair of invalid UTF-8. Refuses binary and empty input.
/// Pure functions over bytes; stateless and thread-safe; never throws on bad input.
/// </summary>
public static class TextDecoder
{
    /// <summary>How many leading bytes are examined to tell text from binary data.</summary>
    public const int SniffLength = 8 * 1024;

    private const int DeclarationScanLength = 4 * 1024;

    private static readonly System.Buffers.SearchValues<char> AttributeValueEnd = System.Buffers.SearchValues.Create(" \t\r\n/>;");

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UTF8Encoding LenientUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Decodes <paramref name="bytes"/>.</summary>
    /// <param name="bytes">The raw input.</param>
    /// <param name="declaredCharset">A charset declared outside the bytes (an HTTP <c>Content-Type</c>), or null.</param>
    /// <returns>The text with diagnostics, or a failure saying why the bytes are not text.</returns>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes, string? declaredCharset = null)
    {
        if (bytes.IsEmpty)
        {
            return DecodedText.Failure("empty file");
        }

        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        string text;
        string encodingName;
        if (DetectBom(bytes) is { } bom)
        {
            text = bom.Encoding.GetString(bytes[bom.Length..]);
            encodingName = bom.Encoding.WebName;
            diagnostics.Add(Diagnostic.Info($"decoded as {encodingName} (byte-order mark)"));
        }
        else
        {
            var (encoding, origin) = ChooseEncoding(bytes, declaredCharset, diagnostics);

            // UTF-16 and UTF-32 text is full of NUL bytes; only an outside declaration (HTTP) is trusted to say so.
            if ((encoding is null || !IsWideUnicode(encoding)) && DescribeBinary(bytes) is { } binary)
            {
                return DecodedText.Failure($"binary file ({binary})");
            }
            if (encoding is null || encoding.CodePage == Encoding.UTF8.CodePage)
            {
                text = DecodeUtf8(bytes, diagnostics);
                encodingName = "utf-8";
            }
            else
            {
                text = encoding.GetString(bytes);
                encodingName = encoding.WebName;
                diagnostics.Add(Diagnostic.Info($"decoded as {encodingName} ({origin})"));
            }
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return DecodedText.Failure("empty file");
        }

        return new DecodedText(text, encodingName, null, diagnostics.ToImmutable());
    }

    /// <summary>
    /// Says why <paramref name="bytes"/> look like binary data ("looks like PNG", "contains NUL bytes"), or null when
    /// they may be text. Only the first <see cref="SniffLength"/> bytes are examined.
    /// </summary>
    public static string? DescribeBinary(ReadOnlySpan<byte> bytes)
    {
        if (MagicName(bytes) is { } kind)
        {
            return $"looks like {kind}";
        }

        var head = bytes[..Math.Min(bytes.Length, SniffLength)];
        if (head.Contains((byte)0))
        {
            return "contains NUL bytes";
        }

        var controls = 0;
        foreach (var b in head)
        {
            if (b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0C or 0x1B))
            {
                controls++;
            }
        }

        return controls * 10 > head.Length ? "too many control characters" : null;
    }

    /// <summary>True when <paramref name="bytes"/> start with the gzip magic number.</summary>
    public static bool IsGzip(ReadOnlySpan<byte> bytes) => bytes.Length >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B;

    /// <summary>
    /// The encoding named by <paramref name="charset"/> (a WHATWG or IANA label such as "windows-1252", "koi8-r",
    /// "shift_jis"), or null when unknown. Labels that browsers read as windows-1252 ("iso-8859-1", "us-ascii") map to it.
    /// </summary>
    public static Encoding? FindEncoding(string? charset)
    {
        if (string.IsNullOrWhiteSpace(charset))
        {
            return null;
        }

        var label = charset.Trim().Trim('"', '\'').ToLowerInvariant();
        label = label switch
        {
            "iso-8859-1" or "iso8859-1" or "latin1" or "l1" or "us-ascii" or "ascii" or "cp1252" or "x-cp1252" => "windows-1252",
            "utf8" => "utf-8",
            "sjis" or "x-sjis" or "ms_kanji" => "shift_jis",
            _ => label,
        };
        try
        {
            return Encoding.GetEncoding(label);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>
    /// The charset declared inside markup at the start of <paramref name="bytes"/>: <c>&lt;meta charset&gt;</c>,
    /// <c>&lt;meta http-equiv="Content-Type" content="…; charset=…"&gt;</c> or an XML declaration's <c>encoding</c>.
    /// </summary>
    public static string? FindDeclaredCharset(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, DeclarationScanLength)]);
        if (head.StartsWith("<?xml", StringComparison.Ordinal))
        {
            var end = head.IndexOf("?>", StringComparison.Ordinal);
            if (end > 0 && AttributeValue(head.AsSpan(0, end), "encoding") is { } xmlEncoding)
            {
                return xmlEncoding;
            }
        }

        var position = 0;
        while ((position = head.IndexOf("<meta", position, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            var close = head.IndexOf('>', position);
            if (close < 0)
            {
                break;
            }

            var tag = head.AsSpan(position, close - position);
            if (AttributeValue(tag, "charset") is { } charset)
            {
                return charset;
            }

            if (AttributeValue(tag, "content") is { } content)
            {
                var at = content.IndexOf("charset=", StringComparison.OrdinalIgnoreCase);
                if (at >= 0)
                {
                    var value = content[(at + "charset=".Length)..];
                    var stop = value.IndexOfAny([';', ' ', '"', '\'']);
                    return stop >= 0 ? value[..stop] : value;
                }
            }

            position = close;
        }

        return null;
    }

    private static (Encoding? Encoding, string Origin) ChooseEncoding(
        ReadOnlySpan<byte> bytes, string? declaredCharset, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        if (declaredCharset is not null)
        {
            if (FindEncoding(declaredCharset) is { } fromHeader)
            {
                return (fromHeader, $"charset {declaredCharset} from Content-Type");
            }

            diagnostics.Add(Diagnostic.Warning($"unknown charset \"{declaredCharset}\" in Content-Type ignored"));
        }

        if (FindDeclaredCharset(bytes) is { } declared)
        {
            if (FindEncoding(declared) is { } fromMarkup)
            {
                if (IsWideUnicode(fromMarkup))
                {
                    // A document that can declare UTF-16 in ASCII is not UTF-16 (the HTML standard reads it as UTF-8).
                    return (null, "default");
                }

                // A page declaring a single-byte charset while being valid UTF-8 beyond ASCII is usually mislabelled,
                // but browsers honour the label, and so do we.
                return (fromMarkup, $"charset {declared} declared in the document");
            }

            diagnostics.Add(Diagnostic.Warning($"unknown charset \"{declared}\" declared in the document ignored"));
        }

        return (null, "default");
    }

    private static bool IsWideUnicode(Encoding encoding) => encoding.CodePage is 1200 or 1201 or 12000 or 12001;

    private static string DecodeUtf8(ReadOnlySpan<byte> bytes, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        if (Utf8.IsValid(bytes))
        {
            return StrictUtf8.GetString(bytes);
        }

        var invalid = 0L;
        var rest = bytes;
        while (!rest.IsEmpty)
        {
            var status = System.Text.Rune.DecodeFromUtf8(rest, out _, out var consumed);
            if (status != System.Buffers.OperationStatus.Done)
            {
                invalid += consumed;
            }

            rest = rest[Math.Max(consumed, 1)..];
        }

        diagnostics.Add(Diagnostic.Warning(
            $"{invalid} {(invalid == 1 ? "byte was" : "bytes were")} not valid UTF-8 and replaced with U+FFFD"));
        return LenientUtf8.GetString(bytes);
    }

    private static (Encoding Encoding, int Length)? DetectBom(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (LenientUtf8, 3);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return (new UTF32Encoding(bigEndian: false, byteOrderMark: false), 4);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            return (new UTF32Encoding(bigEndian: true, byteOrderMark: false), 4);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (new UnicodeEncoding(bigEndian: false, byteOrderMark: false), 2);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (new UnicodeEncoding(bigEndian: true, byteOrderMark: false), 2);
        }

        return null;
    }

    private static string? MagicName(ReadOnlySpan<byte> bytes) => bytes switch
    {
        [0x89, (byte)'P', (byte)'N', (byte)'G', ..] => "PNG",
        [0xFF, 0xD8, 0xFF, ..] => "JPEG",
        [(byte)'G', (byte)'I', (byte)'F', (byte)'8', (byte)'7' or (byte)'9', (byte)'a', ..] => "GIF",
        [(byte)'%', (byte)'P', (byte)'D', (byte)'F', (byte)'-', ..] => "PDF",
        [(byte)'P', (byte)'K', 0x03 or 0x05 or 0x07, 0x04 or 0x06 or 0x08, ..] => "ZIP",
        [0x7F, (byte)'E', (byte)'L', (byte)'F', ..] => "ELF",
        [0x1F, 0x8B, ..] => "gzip",
        [(byte)'R', (byte)'I', (byte)'F', (byte)'F', _, _, _, _, (byte)'W', (byte)'E', (byte)'B', (byte)'P', ..] => "WebP",
        [(byte)'M', (byte)'Z', ..] when bytes.Length > 64 && bytes[..64].Contains((byte)0) => "a Windows executable",
        _ => null,
    };

    private static string? AttributeValue(ReadOnlySpan<char> tag, string name)
    {
        var at = 0;
        while (true)
        {
            var found = tag[at..].IndexOf(name, StringComparison.OrdinalIgnoreCase);
            if (found < 0)
            {
                return null;
            }

            found += at;
            at = found + name.Length;
            var before = found == 0 ? ' ' : tag[found - 1];
            if (!char.IsWhiteSpace(before))
            {
                continue;
            }

            var rest = tag[at..].TrimStart();
            if (rest.IsEmpty || rest[0] != '=')
            {
                continue;
            }

            rest = rest[1..].TrimStart();
            if (rest.IsEmpty)
            {
                return null;
            }

            if (rest[0] is '"' or '\'')
            {
                var quote = rest[0];
                var end = rest[1..].IndexOf(quote);
                return end < 0 ? null : rest.Slice(1, end).Trim().ToString();
            }

            var stop = rest.IndexOfAny(AttributeValueEnd);
            return (stop < 0 ? rest : rest[..stop]).ToString();
        }
    }
}
