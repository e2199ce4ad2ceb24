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

        string Evidence(JsonElement position) =>
            articles[position.GetProperty("article").GetString()!].Text[position.GetProperty("start").GetInt32()..position.GetProperty("end").GetInt32()];

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
        Assert.Contains("contradicts", new[] { fiveYears.Stance, twoDecades.Stance });

        // Articles that mention the meeting but give no figure for how long it had been take no side on it.
        Assert.All(lastMet.Where(s => s.File != fiveYears.File && s.File != twoDecades.File), s => Assert.NotEqual("contradicts", s.Stance));

        // Who asserts a claim: Trump's "no deal until there's a deal", quoted by 002 and 004, is his, not the outlets'.
        var trump = root.GetProperty("entities").EnumerateArray().Single(e => e.GetProperty("name").GetString() == "Donald Trump").GetProperty("id").GetString();
        var noDeal = claims.Values.SelectMany(c => c.GetProperty("positions").EnumerateArray())
            .Where(p => Evidence(p).Contains("no deal until", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(noDeal);
        Assert.All(noDeal, p => Assert.Equal(trump, p.GetProperty("assertedBy").GetString()));

        // The wire's own "no tangible agreement" is the outlet's voice.
        var tangible = claims.Values.SelectMany(c => c.GetProperty("positions").EnumerateArray()).First(p => Evidence(p).Contains("no tangible agreement", StringComparison.Ordinal));
        Assert.Equal(JsonValueKind.Null, tangible.GetProperty("assertedBy").ValueKind);

        // Statements that agree never contradict each other: the two "no … agreement" wordings are on one side, and
        // so are the "three-hour negotiation" (001) and "nearly three hours" (004) of talks when they are grouped.
        foreach (var claim in claims.Values)
        {
            var sides = Sides(claim);
            var noAgreement = sides.Where(s => s.Evidence.Contains("no substantive agreement", StringComparison.Ordinal) || s.Evidence.Contains("no tangible agreement", StringComparison.Ordinal)).ToList();
            Assert.True(noAgreement.Select(s => s.Stance).Distinct().Count() <= 1, string.Join(" | ", noAgreement));
            var threeHours = sides.Where(s => s.Evidence.Contains("three-hour", StringComparison.Ordinal) || s.Evidence.Contains("three hours", StringComparison.Ordinal)).ToList();
            Assert.True(threeHours.Select(s => s.Stance).Distinct().Count() <= 1, string.Join(" | ", threeHours));
        }
    }
}
