using System.CommandLine;
using Parallax.Cli.Commands;

namespace Parallax.Cli;

/// <summary>The <c>parallax</c> command line: parses arguments and runs one command.</summary>
public static class ParallaxCli
{
    /// <summary>Runs the command line in <paramref name="args"/>, writing to the given streams; returns the exit code.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        var extract = ExtractCommand.Create(stdout, stderr);
        var analyze = AnalyzeCommand.Create(stdout, stderr);
        var annotate = AnnotateCommand.Create(stdout, stderr);
        var stance = StanceCommand.Create(stdout, stderr);
        var serve = ServeCommand.Create(stdout, stderr);
        var keys = KeysCommand.Create(stdout, stderr);
        var root = new RootCommand(
            "Parallax reads many articles about one story, from outlets with different slants, and shows with evidence " +
            "where they agree, where they contradict each other, and what each leaves out.")
        {
            extract,
            analyze,
            annotate,
            stance,
            serve,
            keys,
        };
        ExamplesHelpAction.Install(root, new Dictionary<Command, string>
        {
            [root] = "Start with:\n  parallax analyze samples/alaska-summit/     # writes dossier/dossier.json and dossier/dossier.html\n" +
                     "  parallax extract page.html --format text",
            [extract] = ExtractCommand.Examples,
            [analyze] = AnalyzeCommand.Examples,
            [annotate] = AnnotateCommand.Examples,
            [stance] = StanceCommand.Examples,
            [StoriesCommand.AddTo(root, stdout, stderr)] = StoriesCommand.Examples,
            [serve] = ServeCommand.Examples,
            [keys] = KeysCommand.Examples,
            [MonitorCommand.AddTo(root, stdout, stderr)] = MonitorCommand.Examples,
            [WorkerCommand.AddTo(root, stdout, stderr)] = WorkerCommand.Examples,
        });

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0 && parse.Action is not ExamplesHelpAction)
        {
            foreach (var error in parse.Errors)
            {
                await stderr.WriteLineAsync($"parallax: {error.Message}");
            }

            await stderr.WriteLineAsync("Run 'parallax --help' (or 'parallax COMMAND --help') for usage.");
            return ExitCodes.UsageOrNothingRead;
        }

        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr }, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            await stderr.WriteLineAsync("parallax: cancelled.");
            return ExitCodes.Cancelled;
        }
    }
}
