using System.Text;

namespace Parallax.Readers.Tests.Inputs;

public class ReadDocumentTests
{
    [Fact]
    public async Task In_memory_documents_are_read_by_content_type_and_charset()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var body = Encoding.GetEncoding("koi8-r").GetBytes(Sample.Html("Саммит завершился."));
        var result = await new ArticleReader().ReadDocumentAsync("https://news.example/a", body, "text/html; charset=KOI8-R");
        var article = Assert.Single(result.Articles);
        Assert.Equal("https://news.example/a", article.Source);
        Assert.Contains("Саммит завершился.", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_memory_documents_are_sniffed_and_capped()
    {
        var reader = new ArticleReader(new ReaderOptions { MaxInputBytes = 2000 });
        var lines = await reader.ReadDocumentAsync("posted", "{\"text\":\"one\"}\n{\"text\":\"two\"}"u8.ToArray());
        Assert.Equal(["one", "two"], lines.Articles.Select(a => a.Text));
        Assert.Equal(["posted#line1", "posted#line2"], lines.Articles.Select(a => a.Source));

        var big = await reader.ReadDocumentAsync("big", new byte[3000]);
        Assert.Equal("document is 2.9 KB, over the 2 KB limit (--max-size)", Read.Errors(big));

        var binary = await reader.ReadDocumentAsync("pdf", "%PDF-1.7\n"u8.ToArray());
        Assert.Equal("binary file (looks like PDF)", Read.Errors(binary));
    }

    [Fact]
    public async Task Json_lines_text_is_kept_verbatim_so_offsets_hold()
    {
        var result = await new ArticleReader().ReadDocumentAsync("x.jsonl", "{\"id\":\"d1\",\"text\":\"  Padded text.\\n\"}"u8.ToArray());
        Assert.Equal("  Padded text.\n", result.Articles.Single().Text);
    }
}
