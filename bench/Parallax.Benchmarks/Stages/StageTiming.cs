using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Parallax.Dossier;
using Parallax.Readers;
using Parallax.Reports.Json;

namespace Parallax.Benchmarks.Stages;

/// <summary>
/// Times story stages alone on a corpus directory (e.g. one built by <c>bench/Parallax.Bench.Corpus</c>): reads the
/// articles, runs the per-article analysis, then each chosen story stage in the default order, and prints each stage's
/// wall and CPU time and a SHA-256 of each part of the dossier JSON, so two builds can be compared for speed and for
/// identical output. Usage: <c>stage-time DIR [--articles N] [--stages entities,quotes,quote-groups,claims,…] [--dump DIR]</c>
/// (default: every story stage).
/// </summary>
internal static class StageTiming
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length == 0 || args[0].StartsWith('-'))
        {
            await Console.Error.WriteLineAsync("usage: stage-time DIR [--articles N] [--stages NAME,NAME,…]").ConfigureAwait(false);
            return 2;
        }

        var limit = int.Parse(Option(args, "--articles") ?? int.MaxValue.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        var all = DossierDefaults.CreateStoryStages();
        var chosen = Option(args, "--stages")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            ?? [.. all.Select(s => s.Name)];
        var unknown = chosen.Where(n => all.All(s => s.Name != n)).ToList();
        if (unknown.Count > 0)
        {
            await Console.Error.WriteLineAsync($"unknown stage(s) {string.Join(", ", unknown)}; known: {string.Join(", ", all.Select(s => s.Name))}").ConfigureAwait(false);
            return 2;
        }

        var articles = new List<Parallax.Model.Article>();
        await foreach (var result in new ArticleReader().ReadAllAsync([args[0]]).ConfigureAwait(false))
        {
            articles.AddRange(result.Articles);
            foreach (var diagnostic in result.Diagnostics)
            {
                await Console.Error.WriteLineAsync(diagnostic.ToString()).ConfigureAwait(false);
            }
        }

        articles = [.. articles.Take(limit)];
        var (dossier, wall, cpu) = Timed(() => new DossierBuilder(pipeline: DossierDefaults.CreatePipeline(), stages: []).Build(articles));
        Console.WriteLine(Line($"{articles.Count} articles, per-article analysis {wall:F2} s wall, {cpu:F2} s CPU"));
        foreach (var stage in all.Where(s => chosen.Contains(s.Name)))
        {
            (dossier, wall, cpu) = Timed(() => stage.Process(dossier, CancellationToken.None));
            Console.WriteLine(Line($"stage {stage.Name} {wall:F2} s wall, {cpu:F2} s CPU"));
        }

        foreach (var (name, value) in JsonNode.Parse(DossierJsonWriter.ToJson(dossier))!.AsObject())
        {
            var text = value?.ToJsonString() ?? "null";
            Console.WriteLine(Line($"part {name}: {text.Length} chars, sha256 {Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16]}"));
            if (Option(args, "--dump") is { } dump)
            {
                Directory.CreateDirectory(dump);
                await File.WriteAllTextAsync(Path.Combine(dump, name + ".json"), value?.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }) ?? "null").ConfigureAwait(false);
            }
        }

        return 0;
    }

    private static string? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    private static (T Result, double Wall, double Cpu) Timed<T>(Func<T> work)
    {
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var result = work();
        process.Refresh();
        return (result, clock.Elapsed.TotalSeconds, (process.TotalProcessorTime - cpu).TotalSeconds);
    }

    private static string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
