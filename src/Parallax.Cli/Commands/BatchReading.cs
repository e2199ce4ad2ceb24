using Parallax.Model;
using Parallax.Readers;
using Spectre.Console;

namespace Parallax.Cli.Commands;

/// <summary>What came of reading a batch of inputs.</summary>
internal sealed class BatchOutcome
{
    public int Inputs { get; set; }

    public int FailedInputs { get; set; }

    public int Articles { get; set; }

    public List<InputResult> Failures { get; } = [];

    /// <summary>The exit code this outcome calls for.</summary>
    public int ExitCode => Articles == 0 ? ExitCodes.UsageOrNothingRead : FailedInputs > 0 ? ExitCodes.SomeInputsFailed : ExitCodes.Success;
}

/// <summary>
/// Reads a batch with a progress display on an interactive terminal; names every failed input on standard error
/// as soon as it fails and goes on with the rest.
/// </summary>
internal static class BatchReading
{
    public static async Task<BatchOutcome> ReadAsync(
        ArticleReader reader,
        IReadOnlyList<string> inputs,
        ConsoleSetup consoles,
        Func<Article, Task> onArticle,
        CancellationToken cancellationToken)
    {
        var outcome = new BatchOutcome();
        if (consoles.ShowProgress)
        {
            await consoles.Error.Progress()
                .AutoClear(true)
                .Columns(new SpinnerColumn(), new TaskDescriptionColumn(), new ElapsedTimeColumn())
                .StartAsync(async context =>
                {
                    var task = context.AddTask("Reading inputs");
                    task.IsIndeterminate = true;
                    await Loop(reader, inputs, consoles, onArticle, outcome, () =>
                        task.Description = $"Read {outcome.Inputs:N0} inputs, {outcome.Articles:N0} articles, {outcome.FailedInputs:N0} failed", cancellationToken);
                    task.StopTask();
                });
        }
        else
        {
            await Loop(reader, inputs, consoles, onArticle, outcome, static () => { }, cancellationToken);
        }

        return outcome;
    }

    private static async Task Loop(
        ArticleReader reader,
        IReadOnlyList<string> inputs,
        ConsoleSetup consoles,
        Func<Article, Task> onArticle,
        BatchOutcome outcome,
        Action progress,
        CancellationToken cancellationToken)
    {
        await foreach (var result in reader.ReadAllAsync(inputs, cancellationToken))
        {
            outcome.Inputs++;
            if (result.Failed)
            {
                outcome.FailedInputs++;
                if (outcome.Failures.Count < 1000)
                {
                    outcome.Failures.Add(result);
                }
            }

            foreach (var diagnostic in result.Diagnostics)
            {
                await consoles.StandardError.WriteLineAsync($"parallax: {diagnostic.Source ?? result.Input}: {Severity(diagnostic.Severity)}: {diagnostic.Message}");
            }

            foreach (var article in result.Articles)
            {
                outcome.Articles++;
                await onArticle(article);
            }

            progress();
        }
    }

    public static string Severity(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Info => "info",
        DiagnosticSeverity.Warning => "warning",
        _ => "error",
    };

    /// <summary>Renders the failures (at most 20) as a table on the error console.</summary>
    public static void RenderFailures(BatchOutcome outcome, IAnsiConsole console)
    {
        if (outcome.Failures.Count == 0)
        {
            return;
        }

        var table = new Table().Border(TableBorder.Rounded).Title($"[red]{outcome.FailedInputs:N0} input(s) failed[/]");
        table.AddColumn("Input");
        table.AddColumn("Problem");
        foreach (var failure in outcome.Failures.Take(20))
        {
            var error = failure.Diagnostics.FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error)
                        ?? failure.Diagnostics.FirstOrDefault();
            var message = error?.Message ?? "no article found";
            table.AddRow(new Text(failure.Input), new Text(message));
        }

        if (outcome.FailedInputs > 20)
        {
            table.Caption($"… and {outcome.FailedInputs - 20:N0} more, all named above");
        }

        console.Write(table);
    }
}
