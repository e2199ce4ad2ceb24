using Parallax.Reports.Html;

namespace Parallax.Reports.Tests.Html;

public class DossierHtmlWriterTests
{
    [Fact]
    public void Article_text_and_metadata_are_escaped_everywhere()
    {
        var html = DossierHtmlWriter.Render(Hostile.Dossier());
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<svg", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Page_is_self_contained_with_a_strict_content_security_policy()
    {
        var html = DossierHtmlWriter.Render(Hostile.Dossier());
        Assert.Contains("http-equiv=\"Content-Security-Policy\"", html, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", html, StringComparison.Ordinal);
        Assert.DoesNotContain("src=\"http", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<link", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Shows_metadata_text_and_what_was_removed()
    {
        var html = DossierHtmlWriter.Render(Hostile.Dossier());
        Assert.Contains("2025-08-16", html, StringComparison.Ordinal);
        Assert.Contains("<p>First paragraph", html, StringComparison.Ordinal);
        Assert.Contains("Removed from the input (1)", html, StringComparison.Ordinal);
        Assert.Contains("boilerplate", html, StringComparison.Ordinal);
    }
}
