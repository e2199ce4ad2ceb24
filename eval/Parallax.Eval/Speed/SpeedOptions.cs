using System.Globalization;

namespace Parallax.Eval.Speed;

/// <summary>Command-line options of <c>Parallax.Eval speed</c>.</summary>
internal sealed record SpeedOptions
{
    public const string Usage = """
        usage: Parallax.Eval speed [options]

        Times HtmlArticleExtractor on the extraction-benchmark pages, then Mozilla Readability
        (node + jsdom) and readability-lxml (Debian python3) on the same pages, and prints
        pages per second, peak RSS and the ratio of Parallax to each peer.

          --data DIR        folder of *.html.gz pages
                            (default: ../shared/data/extraction-benchmark/html from the repo root)
          --passes N        timed passes over all pages, median reported (default 3)
          --warmup N        pages run once before timing (default 10)
          --no-peers        time Parallax only
          --node PATH       node executable (default: node on PATH)
          --python PATH     python with python3-readability (default: /usr/bin/python3)
          --json            print one JSON object instead of the table
        """;

    public string? DataDirectory { get; init; }

    public int Passes { get; init; } = 3;

    public int WarmupPages { get; init; } = 10;

    public bool RunPeers { get; init; } = true;

    public string Node { get; init; } = "node";

    public string Python { get; init; } = "/usr/bin/python3";

    public bool Json { get; init; }

    public bool Help { get; init; }

    /// <summary>Parses <paramref name="args"/>; returns null and sets <paramref name="error"/> when they are wrong.</summary>
    public static SpeedOptions? Parse(IReadOnlyList<string> args, out string? error)
    {
        var options = new SpeedOptions();
        error = null;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            switch (arg)
            {
                case "--help" or "-h":
                    return options with { Help = true };
                case "--json":
                    options = options with { Json = true };
                    break;
                case "--no-peers":
                    options = options with { RunPeers = false };
                    break;
                case "--data" or "--node" or "--python":
                    if (i + 1 >= args.Count)
                    {
                        error = $"{arg} needs a value";
                        return null;
                    }

                    var value = args[++i];
                    options = arg switch
                    {
                        "--data" => options with { DataDirectory = value },
                        "--node" => options with { Node = value },
                        _ => options with { Python = value },
                    };
                    break;
                case "--passes" or "--warmup":
                    var minimum = arg == "--passes" ? 1 : 0;
                    if (i + 1 >= args.Count
                        || !int.TryParse(args[++i], NumberStyles.None, CultureInfo.InvariantCulture, out var n)
                        || n < minimum)
                    {
                        error = $"{arg} needs a whole number of at least {minimum}";
                        return null;
                    }

                    options = arg == "--passes" ? options with { Passes = n } : options with { WarmupPages = n };
                    break;
                default:
                    error = $"unknown option: {arg}";
                    return null;
            }
        }

        return options;
    }
}
