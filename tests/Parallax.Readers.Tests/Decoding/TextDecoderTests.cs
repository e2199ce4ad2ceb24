using System.Text;
using Parallax.Model;
using Parallax.Readers.Decoding;

namespace Parallax.Readers.Tests.Decoding;

public class TextDecoderTests
{
    static TextDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void Valid_utf8_is_decoded_without_diagnostics()
    {
        var decoded = TextDecoder.Decode("Zürich — “quoted”"u8);
        Assert.Equal("Zürich — “quoted”", decoded.Text);
        Assert.Equal("utf-8", decoded.EncodingName);
        Assert.Empty(decoded.Diagnostics);
    }

    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    [InlineData("utf-32")]
    public void Byte_order_marks_are_honoured_and_reported(string encodingName)
    {
        var encoding = Encoding.GetEncoding(encodingName);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes("Привет, мир")).ToArray();
        var decoded = TextDecoder.Decode(bytes);
        Assert.Equal("Привет, мир", decoded.Text);
        var info = Assert.Single(decoded.Diagnostics);
        Assert.Equal(DiagnosticSeverity.Info, info.Severity);
        Assert.Contains("byte-order mark", info.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf8_is_repaired_with_a_warning_counting_the_bytes()
    {
        byte[] bytes = [.. "caf"u8, 0xE9, (byte)' ', .. "ok "u8, 0xFF, 0xFE, .. " end"u8];
        var decoded = TextDecoder.Decode(bytes);
        Assert.Equal("caf\uFFFD ok \uFFFD\uFFFD end", decoded.Text);
        var warning = Assert.Single(decoded.Diagnostics);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal("3 bytes were not valid UTF-8 and replaced with U+FFFD", warning.Message);
    }

    [Fact]
    public void Windows_1252_declared_in_meta_charset_is_used()
    {
        var html = "<html><head><meta charset=\"windows-1252\"></head><body><p>Caf\u00e9 \u2014 \u201cna\u00efve\u201d</p></body></html>";
        var decoded = TextDecoder.Decode(Encoding.GetEncoding(1252).GetBytes(html));
        Assert.Contains("Caf\u00e9 \u2014 \u201cna\u00efve\u201d", decoded.Text, StringComparison.Ordinal);
        Assert.Equal("windows-1252", decoded.EncodingName);
        Assert.Contains(decoded.Diagnostics, d => d.Message.Contains("windows-1252", StringComparison.Ordinal));
    }

    [Fact]
    public void Koi8r_declared_in_http_equiv_is_used()
    {
        var html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\"></head><body><p>Москва заявила</p></body></html>";
        var decoded = TextDecoder.Decode(Encoding.GetEncoding("koi8-r").GetBytes(html));
        Assert.Contains("Москва заявила", decoded.Text, StringComparison.Ordinal);
        Assert.Equal("koi8-r", decoded.EncodingName);
    }

    [Fact]
    public void Xml_declaration_encoding_and_shift_jis_are_used()
    {
        var xml = "<?xml version=\"1.0\" encoding=\"Shift_JIS\"?><rss><channel><title>東京新聞</title></channel></rss>";
        var decoded = TextDecoder.Decode(Encoding.GetEncoding("shift_jis").GetBytes(xml));
        Assert.Contains("東京新聞", decoded.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Latin1_label_means_windows_1252_as_in_browsers()
    {
        byte[] bytes = [.. "<meta charset=iso-8859-1><p>"u8, 0x93, (byte)'x', 0x94];
        Assert.Contains("\u201cx\u201d", TextDecoder.Decode(bytes).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Content_type_charset_wins_over_nothing_declared()
    {
        var bytes = Encoding.GetEncoding("koi8-r").GetBytes("Кремль");
        var decoded = TextDecoder.Decode(bytes, "koi8-r");
        Assert.Equal("Кремль", decoded.Text);
        Assert.Contains("Content-Type", decoded.Diagnostics.Single().Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_declared_charset_falls_back_to_utf8_with_a_warning()
    {
        var decoded = TextDecoder.Decode("<meta charset=\"x-nonsense\"><p>ok</p>"u8);
        Assert.Contains("<p>ok</p>", decoded.Text, StringComparison.Ordinal);
        Assert.Contains(decoded.Diagnostics, d => d.Severity == DiagnosticSeverity.Warning && d.Message.Contains("x-nonsense", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2 }, "binary file (looks like PNG)")]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10 }, "binary file (looks like JPEG)")]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x34 }, "binary file (looks like PDF)")]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0 }, "binary file (looks like ZIP)")]
    [InlineData(new byte[] { 0x7F, 0x45, 0x4C, 0x46, 2, 1, 1 }, "binary file (looks like ELF)")]
    [InlineData(new byte[] { 0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 1, 0 }, "binary file (looks like GIF)")]
    [InlineData(new byte[] { 0x41, 0x42, 0x00, 0x43, 0x44 }, "binary file (contains NUL bytes)")]
    [InlineData(new byte[] { 0x01, 0x02, 0x03, 0x41, 0x04, 0x05 }, "binary file (too many control characters)")]
    public void Binary_data_is_refused_with_its_kind(byte[] bytes, string expected)
    {
        var decoded = TextDecoder.Decode(bytes);
        Assert.False(decoded.Succeeded);
        Assert.Equal(expected, decoded.Error);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n\t \r\n ")]
    public void Empty_or_blank_input_is_an_empty_file(string text)
    {
        Assert.Equal("empty file", TextDecoder.Decode(Encoding.UTF8.GetBytes(text)).Error);
    }

    [Fact]
    public void A_bom_only_file_is_empty()
    {
        Assert.Equal("empty file", TextDecoder.Decode([0xEF, 0xBB, 0xBF]).Error);
    }
}

public class ContentSnifferTests
{
    [Theory]
    [InlineData("<!DOCTYPE html><html><body>x</body></html>", ContentKind.Html)]
    [InlineData("  <p>Just a paragraph</p>", ContentKind.Html)]
    [InlineData("<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel/></rss>", ContentKind.Feed)]
    [InlineData("<feed xmlns=\"http://www.w3.org/2005/Atom\"></feed>", ContentKind.Feed)]
    [InlineData("<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"x\"></rdf:RDF>", ContentKind.Feed)]
    [InlineData("<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><body/></html>", ContentKind.Html)]
    [InlineData("<?xml version=\"1.0\"?><urlset><url/></urlset>", ContentKind.OtherXml)]
    [InlineData("{\"text\":\"a\"}\n{\"text\":\"b\"}", ContentKind.JsonLines)]
    [InlineData("{not json} said the editor", ContentKind.Text)]
    [InlineData("Moscow, Aug 16 — The talks ended.", ContentKind.Text)]
    [InlineData("<html><body><script>var x = '<rss>';</script><p>Page</p></body></html>", ContentKind.Html)]
    [InlineData("<?xml version=\"1.0\"?>\n<!-- c -->\n<!DOCTYPE rss [<!ENTITY a \"b\">]>\n<rss><channel/></rss>", ContentKind.Feed)]
    public void Kinds_are_sniffed_from_the_first_characters(string text, ContentKind expected)
    {
        Assert.Equal(expected, ContentSniffer.Sniff(text));
    }
}
