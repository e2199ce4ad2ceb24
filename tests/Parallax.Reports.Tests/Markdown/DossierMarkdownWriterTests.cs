using Parallax.Dossier;
using Parallax.Reports.Markdown;
using Parallax.Reports.Tests.Fixtures;

namespace Parallax.Reports.Tests.Markdown;

public class DossierMarkdownWriterTests
{
    [Fact]
    public void Article_supplied_markup_is_neutralised()
    {
        var md = DossierMarkdownWriter.Render(Hostile.Dossier());
        Assert.Contains("| a1 |", md, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", md, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", md, StringComparison.Ordinal);
        Assert.DoesNotContain("<svg", md, StringComparison.Ordinal);
        Assert.DoesNotContain("](javascript", md, StringComparison.Ordinal);
        Assert.Contains("*boilerplate*", md, StringComparison.Ordinal);
    }

    /// <summary>
    /// The full fixture renders exactly as the reviewed snapshot. After an intended change, run with
    /// PARALLAX_UPDATE_SNAPSHOTS=1 and review the diff of Snapshots/summit.md.
    /// </summary>
    [Fact]
    public void Full_dossier_matches_the_reviewed_snapshot()
    {
        var md = DossierMarkdownWriter.Render(SummitDossier.Create());
        var path = Path.Combine(SourceDirectory(), "Snapshots", "summit.md");
        if (Environment.GetEnvironmentVariable("PARALLAX_UPDATE_SNAPSHOTS") == "1")
        {
            File.WriteAllText(path, md);
        }

        Assert.Equal(File.ReadAllText(path), md);
    }

    [Fact]
    public void Every_section_says_so_when_empty()
    {
        var md = DossierMarkdownWriter.Render(new StoryDossier([], []));
        foreach (var heading in new[] { "## At a glance", "## Claim matrix", "## Quotes", "## People and organisations", "## Framing by outlet", "## Timeline", "## Articles" })
        {
            Assert.Contains(heading, md, StringComparison.Ordinal);
        }

        Assert.Contains("No claims were found", md, StringComparison.Ordinal);
        Assert.Contains("No dated events were found.", md, StringComparison.Ordinal);
    }

    private static string SourceDirectory([System.Runtime.CompilerServices.CallerFilePath] string file = "") => Path.GetDirectoryName(file)!;
}
