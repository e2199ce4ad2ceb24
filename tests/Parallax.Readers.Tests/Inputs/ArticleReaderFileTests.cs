using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using Parallax.Model;

namespace Parallax.Readers.Tests.Inputs;

public sealed class ArticleReaderFileTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task A_text_file_becomes_one_article()
    {
        var path = _dir.Write("story.txt", Sample.Prose("No deal was reached."));
        var result = await Read.OneAsync(path);
        var article = Assert.Single(result.Articles);
        Assert.Equal(path, article.Source);
        Assert.Contains("No deal was reached.", article.Text, StringComparison.Ordinal);
        Assert.Empty(result.Diagnostics);
        Assert.Empty(article.Diagnostics);
    }

    [Theory]
    [InlineData("page.html")]
    [InlineData("page.htm")]
    [InlineData("page.xhtml")]
    public async Task Html_files_go_through_the_html_extractor(string name)
    {
        var path = _dir.Write(name, Sample.Html("Body text here."));
        var result = await Read.OneAsync(path);
        Assert.Contains("Body text here.", Assert.Single(result.Articles).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Malformed_html_does_not_stop_the_batch()
    {
        var bad = _dir.Write("bad.html", "<html><body><div><p>Unclosed <b>bold <i>and <table><tr><td>cell</p></div></span></body>" + Sample.Html("x")[..200]);
        var good = _dir.Write("good.txt", Sample.Prose("Fine text."));
        var results = await Read.AllAsync(null, bad, good);
        Assert.Equal(2, results.Count);
        Assert.Equal(bad, results[0].Input);
        Assert.Contains("Fine text.", results[1].Articles.Single().Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Html_without_visible_text_is_no_article()
    {
        var path = _dir.Write("empty.html", "<html><body><img src=\"x.png\"></body></html>");
        var result = await Read.OneAsync(path);
        Assert.True(result.Failed);
        Assert.Contains("no article text found", Read.Errors(result), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \n\n\t ")]
    public async Task Empty_files_fail(string content)
    {
        var result = await Read.OneAsync(_dir.Write("empty.txt", content));
        Assert.True(result.Failed);
        Assert.Equal("empty file", Read.Errors(result));
    }

    [Fact]
    public async Task Binary_files_are_refused_whatever_their_extension()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];
        var result = await Read.OneAsync(_dir.Write("photo.txt", png));
        Assert.Equal("binary file (looks like PNG)", Read.Errors(result));
        Assert.Equal(DiagnosticSeverity.Error, result.Diagnostics.Single().Severity);
    }

    [Fact]
    public async Task Missing_paths_are_reported()
    {
        var result = await Read.OneAsync(Path.Combine(_dir.Path, "nope.txt"));
        Assert.Equal("no such file or directory", Read.Errors(result));
    }

    [Fact]
    public async Task A_huge_file_is_refused_by_size_before_reading()
    {
        var path = Path.Combine(_dir.Path, "huge.txt");
        using (var stream = new FileStream(path, FileMode.Create))
        {
            stream.SetLength(1024L * 1024 * 1024);
        }

        var watch = Stopwatch.StartNew();
        var result = await Read.OneAsync(path);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(120), $"took {watch.Elapsed}");
        Assert.Equal("file is 1.0 GB, over the 64 MB limit (--max-size)", Read.Errors(result));
    }

    [Fact]
    public async Task Invalid_utf8_is_repaired_and_the_article_says_so()
    {
        var path = _dir.Write("broken.txt", [.. "Caf"u8, 0xE9, .. Encoding.UTF8.GetBytes(Sample.Prose(" au lait."))]);
        var article = (await Read.OneAsync(path)).Articles.Single();
        Assert.Contains("Caf\uFFFD", article.Text, StringComparison.Ordinal);
        var warning = Assert.Single(article.Diagnostics);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Contains("1 byte was not valid UTF-8", warning.Message, StringComparison.Ordinal);
        Assert.Equal(path, warning.Source);
    }

    [Fact]
    public async Task Utf16_with_bom_is_read()
    {
        var encoding = new UnicodeEncoding(bigEndian: false, byteOrderMark: true);
        var path = _dir.Write("utf16.txt", [.. encoding.GetPreamble(), .. encoding.GetBytes(Sample.Prose("Переговоры завершились."))]);
        var article = (await Read.OneAsync(path)).Articles.Single();
        Assert.Contains("Переговоры завершились.", article.Text, StringComparison.Ordinal);
        Assert.Contains("byte-order mark", article.Diagnostics.Single().Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("windows-1252", "<meta charset=\"windows-1252\">", "Caf\u00e9 \u2014 d\u00e9j\u00e0 vu")]
    [InlineData("koi8-r", "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=KOI8-R\">", "Саммит на Аляске")]
    public async Task Legacy_charsets_declared_in_html_are_honoured(string charset, string meta, string words)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var html = Sample.Html(words, head: meta);
        var path = _dir.Write("legacy.html", Encoding.GetEncoding(charset).GetBytes(html));
        var article = (await Read.OneAsync(path)).Articles.Single();
        Assert.Contains(words, article.Text, StringComparison.Ordinal);
        Assert.Contains(article.Diagnostics, d => d.Message.Contains(charset, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("page.html.gz")]
    [InlineData("page.htm.gz")]
    [InlineData("page.gz")]
    public async Task Gzip_files_are_decompressed_and_dispatched(string name)
    {
        var path = _dir.Write(name, Gzip(Sample.Html("Compressed story.")));
        var result = await Read.OneAsync(path);
        var article = Assert.Single(result.Articles);
        Assert.Contains("Compressed story.", article.Text, StringComparison.Ordinal);
        Assert.Contains(article.Diagnostics, d => d.Message.StartsWith("decompressed gzip", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Gzip_expanding_over_the_cap_is_refused()
    {
        var path = _dir.Write("bomb.html.gz", Gzip(new string('a', 3 * 1024 * 1024)));
        Assert.True(new FileInfo(path).Length < 64 * 1024);
        var result = await Read.OneAsync(path, new ReaderOptions { MaxInputBytes = 1024 * 1024 });
        Assert.True(result.Failed);
        Assert.Equal("decompressed data is over the 1 MB limit (--max-size); refused", Read.Errors(result));
    }

    [Fact]
    public async Task Corrupt_gzip_is_reported()
    {
        var bytes = Gzip("<p>hello world, hello world, hello world</p>");
        Array.Fill(bytes, (byte)0x55, 12, 10);
        var result = await Read.OneAsync(_dir.Write("corrupt.html.gz", bytes));
        Assert.True(result.Failed);
        Assert.Contains("gzip", Read.Errors(result), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("html", "Sniffed page.")]
    [InlineData("text", "Sniffed plain text.")]
    [InlineData("jsonl", "Sniffed JSON line.")]
    public async Task Unknown_extensions_are_sniffed(string kind, string marker)
    {
        var content = kind switch
        {
            "html" => Sample.Html(marker),
            "text" => Sample.Prose(marker),
            _ => $"{{\"text\":\"{marker}\"}}\n",
        };
        var result = await Read.OneAsync(_dir.Write("download.dat", content));
        Assert.Contains(marker, result.Articles.Single().Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Xml_that_is_not_a_feed_is_refused()
    {
        var result = await Read.OneAsync(_dir.Write("sitemap.xml", "<?xml version=\"1.0\"?><urlset><url><loc>x</loc></url></urlset>"));
        Assert.True(result.Failed);
        Assert.Contains("not an RSS or Atom feed", Read.Errors(result), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Standard_input_is_read_and_sniffed()
    {
        var options = new ReaderOptions
        {
            StandardInput = () => new MemoryStream(Encoding.UTF8.GetBytes(Sample.Html("From a pipe."))),
        };
        var result = await Read.OneAsync("-", options);
        var article = Assert.Single(result.Articles);
        Assert.Equal("-", article.Source);
        Assert.Contains("From a pipe.", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Standard_input_over_the_cap_is_refused()
    {
        var options = new ReaderOptions { MaxInputBytes = 100, StandardInput = () => new MemoryStream(new byte[1000]) };
        var result = await Read.OneAsync("-", options);
        Assert.Contains("standard input is over the 100 bytes limit", Read.Errors(result), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancellation_is_observed()
    {
        var path = _dir.Write("a.txt", "text");
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in new ArticleReader().ReadAllAsync([path], cancelled.Token))
            {
            }
        });
    }

    [Fact]
    public async Task Non_http_schemes_are_refused_clearly()
    {
        var results = await Read.AllAsync(null, "ftp://example.com/a.html", "file:///etc/passwd", "javascript:alert(1)");
        Assert.All(results, r => Assert.True(r.Failed));
        Assert.Contains("refused URL scheme \"ftp:\"", Read.Errors(results[0]), StringComparison.Ordinal);
        Assert.Contains("refused URL scheme \"file:\"", Read.Errors(results[1]), StringComparison.Ordinal);
        Assert.Contains("refused URL scheme \"javascript:\"", Read.Errors(results[2]), StringComparison.Ordinal);
    }

    internal static byte[] Gzip(string text)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }

        return output.ToArray();
    }
}
