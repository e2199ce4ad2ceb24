using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Parallax.Comparison.Claims;
using Parallax.Dossier;
using Parallax.Readers;
using Parallax.Reports.Json;

namespace Parallax.Benchmarks.Stages;

/// <summary>
/// Times the claims stage alone on a corpus directory (e.g. one built by <c>bench/Parallax.Bench.Corpus</c>): reads the
/// articles, runs the per-article analysis and the story stages the claims stage reads (entities, quotes; not quote
/// grouping), then the claims stage, and prints its wall time, the claim count and a SHA-256 of the dossier JSON, so
/// two builds can be compared for identical output. Usage: <c>claims-time DIR [--articles N]</c>.
/// </summary>
internal static class ClaimsStageTiming
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length == 0)
        {
            await Console.Error.WriteLineAsync("usage: claims-time DIR [--articles N]").ConfigureAwait(false);
            return 2;
        }

        var limit = int.MaxValue;
        var at = Array.IndexOf(args, "--articles");
        if (at >= 0 && at + 1 < args.Length)
        {
            limit = int.Parse(args[at + 1], CultureInfo.InvariantCulture);
        }

        var articles = new List<Parallax.Model.Article>();
        await foreach (var result in new ArticleReader().ReadAllAsync([args[0]]).ConfigureAwait(false))
        {
            articles.AddRange(result.Articles);
        }

        articles = [.. articles.Take(limit)];
        var clock = Stopwatch.StartNew();
        var stages = DossierDefaults.CreateStoryStages().TakeWhile(s => s.Name != "claims").Where(s => s.Name != "quote-groups");
        var dossier = new DossierBuilder(pipeline: DossierDefaults.CreatePipeline(), stages: stages).Build(articles);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{articles.Count} articles, analysis and earlier stages {clock.Elapsed.TotalSeconds:F1} s"));
        clock.Restart();
        var claims = new ClaimsStage().Process(dossier, CancellationToken.None);
        var seconds = clock.Elapsed.TotalSeconds;
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(DossierJsonWriter.ToJson(claims))))[..16];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"claims stage {seconds:F2} s, {claims.Claims.Length} claims, {claims.Disagreements.Length} disagreements, dossier sha256 {hash}"));
        return 0;
    }
}
