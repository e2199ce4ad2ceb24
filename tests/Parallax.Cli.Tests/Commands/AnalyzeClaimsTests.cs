using System.Text.Json;

namespace Parallax.Cli.Tests.Commands;

/// <summary>The sample story's dossier shows its real disagreements, with the right outlets on each side.</summary>
public class AnalyzeClaimsTests
{
    [Fact]
    public async Task The_sample_dossier_lists_the_contested_points_with_the_right_articles_on_each_side()
    {
        using var temp = new TempDir();
        var run = await CliRun.Of("analyze", RepoPaths.Samples, "-o", temp.Path, "--format", "json", "--quiet");
        Assert.True(run.ExitCode == 0, run.Err);

        using var json = JsonDocument.Parse(File.ReadAllText(temp.File("dossier.json")));
        var root = json.RootElement;
        var articles = root.GetProperty("articles").EnumerateArray().ToDictionary(
            a => a.GetProperty("id").GetString()!,
            a => (File: Path.GetFileName(a.GetProperty("source").GetString()!), Text: a.GetProperty("text").GetString()!));
        var claims = root.GetProperty("claims").EnumerateArray().ToDictionary(c => c.GetProperty("id").GetString()!);
        var contested = root.GetProperty("disagreements").EnumerateArray().Select(d => d.GetString()!).ToList();
        Assert.NotEmpty(contested);

        List<(string File, string Stance, string Evidence)> Sides(JsonElement claim) =>
            [.. claim.GetProperty("positions").EnumerateArray().Select(p =>
            {
                var article = articles[p.GetProperty("article").GetString()!];
                return (article.File, p.GetProperty("stance").GetString()!, article.Text[p.GetProperty("start").GetInt32()..p.GetProperty("end").GetInt32()]);
            })];

        // Was a framework consensus reached in Anchorage? The Kremlin-friendly op-ed (000) says so; the anti-Kremlin
        // piece (001) and the wire summary (004) say no substantive / tangible agreement came out of it.
        var consensus = contested.Select(id => Sides(claims[id])).Single(sides =>
            sides.Any(s => s.File.StartsWith("000_", StringComparison.Ordinal) && s.Evidence.Contains("consensus", StringComparison.Ordinal)));
        var opEd = consensus.Single(s => s.File.StartsWith("000_", StringComparison.Ordinal)).Stance;
        var critic = consensus.Single(s => s.File.StartsWith("001_", StringComparison.Ordinal));
        Assert.Contains("no substantive agreement", critic.Evidence, StringComparison.Ordinal);
        Assert.NotEqual(opEd, critic.Stance);
        Assert.Contains("contradicts", new[] { opEd, critic.Stance });
        var wire = consensus.Single(s => s.File.StartsWith("004_", StringComparison.Ordinal));
        Assert.Equal(critic.Stance, wire.Stance);

        // How long since the leaders last met: "first in-person meeting in five years" (004) against "not seen in
        // nearly two decades" (003).
        var lastMet = contested.Select(id => Sides(claims[id])).Single(sides =>
            sides.Any(s => s.File.StartsWith("003_", StringComparison.Ordinal) && s.Evidence.Contains("two decades", StringComparison.Ordinal)));
        var fiveYears = lastMet.Single(s => s.File.StartsWith("004_", StringComparison.Ordinal));
        var twoDecades = lastMet.Single(s => s.File.StartsWith("003_", StringComparison.Ordinal));
        Assert.Contains("five years", fiveYears.Evidence, StringComparison.Ordinal);
        Assert.NotEqual(fiveYears.Stance, twoDecades.Stance);

        // Statements that agree never contradict each other: the two "no … agreement" wordings are on one side.
        foreach (var claim in claims.Values)
        {
            var sides = Sides(claim);
            var noAgreement = sides.Where(s => s.Evidence.Contains("no substantive agreement", StringComparison.Ordinal) || s.Evidence.Contains("no tangible agreement", StringComparison.Ordinal)).ToList();
            Assert.True(noAgreement.Select(s => s.Stance).Distinct().Count() <= 1, string.Join(" | ", noAgreement));
        }
    }
}
