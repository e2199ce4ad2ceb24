using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Parallax.Readers;

namespace Parallax.Cli.Commands;

/// <summary>Options shared by every command that reads articles: limits and network switches.</summary>
internal sealed class ReadingOptions
{
    public Argument<string[]> Inputs { get; } = new("inputs")
    {
        Description = "Files, directories (read recursively), http(s) URLs, or - for standard input. " +
                      "Formats: .txt, .html/.htm (also .gz), RSS/Atom feeds, JSON Lines (.jsonl).",
        Arity = ArgumentArity.OneOrMore,
    };

    public Option<long> MaxSize { get; } = new("--max-size")
    {
        Description = "Refuse inputs larger than this, without reading them (bytes, or with KB/MB/GB).",
        DefaultValueFactory = _ => ReaderOptions.Default.MaxInputBytes,
        CustomParser = ParseSize,
        HelpName = "SIZE",
    };

    public Option<int> Timeout { get; } = new("--timeout")
    {
        Description = "Seconds allowed for each download.",
        DefaultValueFactory = _ => (int)ReaderOptions.Default.FetchTimeout.TotalSeconds,
        HelpName = "SECONDS",
    };

    public Option<bool> AllowPrivate { get; } = new("--allow-private")
    {
        Description = "Allow URLs that resolve to loopback, private or link-local addresses (off: no server-side request forgery).",
    };

    public Option<bool> Quiet { get; } = new("--quiet", "-q")
    {
        Description = "No progress bar or summary table; problems are still reported on standard error.",
    };

    public void AddTo(Command command)
    {
        command.Arguments.Add(Inputs);
        command.Options.Add(MaxSize);
        command.Options.Add(Timeout);
        command.Options.Add(AllowPrivate);
        command.Options.Add(Quiet);
        Timeout.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() <= 0)
            {
                result.AddError("--timeout must be a positive number of seconds.");
            }
        });
    }

    public ReaderOptions ToReaderOptions(ParseResult parse) => ReaderOptions.Default with
    {
        MaxInputBytes = parse.GetValue(MaxSize),
        FetchTimeout = TimeSpan.FromSeconds(parse.GetValue(Timeout)),
        AllowPrivateAddresses = parse.GetValue(AllowPrivate),
    };

    internal static long ParseSize(ArgumentResult result)
    {
        var text = result.Tokens.Count == 0 ? string.Empty : result.Tokens[0].Value.Trim();
        if (TryParseSize(text, out var bytes))
        {
            return bytes;
        }

        result.AddError($"--max-size: '{text}' is not a size (examples: 500000, 64MB, 1GB).");
        return 0;
    }

    internal static bool TryParseSize(string text, out long bytes)
    {
        bytes = 0;
        var number = text;
        long unit = 1;
        foreach (var (suffix, multiplier) in (ReadOnlySpan<(string, long)>)[("GB", 1L << 30), ("MB", 1L << 20), ("KB", 1L << 10), ("B", 1)])
        {
            if (text.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                number = text[..^suffix.Length].Trim();
                unit = multiplier;
                break;
            }
        }

        if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value <= 0 || value * unit > long.MaxValue)
        {
            return false;
        }

        bytes = (long)(value * unit);
        return true;
    }
}
