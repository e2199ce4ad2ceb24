using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace Parallax.Eval.Speed;

/// <summary>
/// Runs the peer benchmark scripts in eval/peers as child processes, one after the other, and reads the JSON line each prints.
/// A peer that is not installed is skipped with the command that installs it.
/// </summary>
internal static class PeerSpeed
{
    public const string ReadabilityJs = "Readability.js";

    public const string ReadabilityLxml = "readability-lxml";

    private const int ExitNotInstalled = 3;

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(30);

    public static ToolRun MeasureReadabilityJs(string repoRoot, string dataDirectory, SpeedOptions options, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(repoRoot, "eval", "peers", "readability-js");
        foreach (var package in new[] { "@mozilla/readability", "jsdom" })
        {
            if (!File.Exists(Path.Combine(folder, "node_modules", package, "package.json")))
            {
                return ToolRun.Skip(
                    ReadabilityJs,
                    $"{package} is not installed in eval/peers/readability-js; fix: (cd eval/peers/readability-js && npm ci), or eval/extraction-speed.sh --install");
            }
        }

        return Run(
            ReadabilityJs,
            options.Node,
            ["bench.mjs", .. CommonArguments(dataDirectory, options)],
            folder,
            $"{options.Node} not found; fix: install Node.js 18 or later (apt-get install -y nodejs), or pass --node PATH",
            cancellationToken);
    }

    public static ToolRun MeasureReadabilityLxml(string repoRoot, string dataDirectory, SpeedOptions options, CancellationToken cancellationToken)
    {
        var script = Path.Combine(repoRoot, "eval", "peers", "readability_lxml_bench.py");
        return Run(
            ReadabilityLxml,
            options.Python,
            [script, .. CommonArguments(dataDirectory, options)],
            repoRoot,
            $"{options.Python} is missing; fix: apt-get install -y python3-readability (or pass --python PATH)",
            cancellationToken);
    }

    private static string[] CommonArguments(string dataDirectory, SpeedOptions options) =>
    [
        "--passes", options.Passes.ToString(CultureInfo.InvariantCulture),
        "--warmup", options.WarmupPages.ToString(CultureInfo.InvariantCulture),
        dataDirectory,
    ];

    private static ToolRun Run(
        string tool,
        string executable,
        IEnumerable<string> arguments,
        string workingDirectory,
        string missingExecutableFix,
        CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(executable)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Win32Exception)
        {
            return ToolRun.Skip(tool, missingExecutableFix);
        }

        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        using (var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            timeout.CancelAfter(Timeout);
            try
            {
                process.WaitForExitAsync(timeout.Token).GetAwaiter().GetResult();
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                cancellationToken.ThrowIfCancellationRequested();
                return ToolRun.Skip(tool, $"gave up after {Timeout.TotalMinutes} minutes");
            }
        }

        var output = stdout.GetAwaiter().GetResult();
        var errors = stderr.GetAwaiter().GetResult().Trim();
        if (process.ExitCode != 0)
        {
            var reason = process.ExitCode == ExitNotInstalled && errors.Length > 0
                ? errors
                : $"exited with code {process.ExitCode}: {LastLine(errors)}";
            return ToolRun.Skip(tool, reason);
        }

        var json = output.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .LastOrDefault(line => line.StartsWith('{'));
        if (json is null)
        {
            return ToolRun.Skip(tool, $"printed no JSON result: {LastLine(errors)}");
        }

        try
        {
            return ToolRun.Measured(Read(tool, json));
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            return ToolRun.Skip(tool, $"printed an unreadable result ({e.Message}): {json}");
        }
    }

    private static ToolSpeed Read(string tool, string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        return new ToolSpeed(
            tool,
            root.GetProperty("pages").GetInt32(),
            root.GetProperty("seconds").GetDouble(),
            root.GetProperty("peakRssMb").GetDouble(),
            Numbers(root, "passSeconds"),
            root.TryGetProperty("errors", out var errors) ? errors.GetInt32() : 0,
            root.TryGetProperty("outputChars", out var chars) ? chars.GetInt64() : 0,
            root.TryGetProperty("versions", out var versions) ? versions.GetString() ?? "" : "")
        {
            CpuSeconds = root.TryGetProperty("cpuSeconds", out var cpu) ? cpu.GetDouble() : null,
            PassCpuSeconds = Numbers(root, "passCpuSeconds"),
        };
    }

    private static List<double> Numbers(JsonElement root, string name)
    {
        var numbers = new List<double>();
        if (root.TryGetProperty(name, out var array))
        {
            foreach (var item in array.EnumerateArray())
            {
                numbers.Add(item.GetDouble());
            }
        }

        return numbers;
    }

    private static string LastLine(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return lines.Length == 0 ? "(no message)" : lines[^1];
    }
}
