using Parallax.Reports.Markdown;

namespace Parallax.Reports.Tests.Markdown;

public class DossierMarkdownWriterTests
{
    [Fact]
    public void Article_supplied_markup_is_neutralised()
    {
        var md = DossierMarkdownWriter.Render(Hostile.Dossier());
        Assert.Contains("| a1 |", md, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", md, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", md, StringComparison.Ordinal);
        Assert.Contains("*boilerplate*", md, StringComparison.Ordinal);
    }
}
