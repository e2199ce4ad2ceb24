using System.CommandLine;
using System.Globalization;
using System.Text;
using Parallax.Dossier;
using Parallax.Model;
using Parallax.Readers;
using Parallax.Reports.Html;
using Parallax.Reports.Json;
using Parallax.Reports.Markdown;
using Spectre.Console;

namespace Parallax.Cli.Commands;

/// <summary><c>parallax analyze</c>: reads a story's articles and writes its dossier (JSON, HTML, Markdown).</summary>
internal static class AnalyzeCommand
{
    private const int MaxSummaryRows = 30;

    /// <summary>Shown after the standard help.</summary>
    public const string Examples =
        "Examples:\n" +
        "  parallax analyze samples/alaska-summit/\n" +
        "  parallax analyze a.html b.txt feed.xml -o out/ --format json\n" +
        "  parallax analyze urls.jsonl --max-size 10MB\n\n" +
        "Exit codes: 0 every input read; 1 some inputs failed (each named on standard error); 2 usage error or nothing readable.";

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var reading = new ReadingOptions();
        var output = new Option<string>("--output", "-o")
        {
            Description = "Directory to write the dossier into (created when missing).",
            DefaultValueFactory = _ => "dossier",
            HelpName = "DIR",
        };
        var format = new Option<string?>("--format", "-f")
        {
            Description = "Write only this form: html (dossier.html), json (dossier.json, the parallax.dossier/1 contract) " +
                          "or md (dossier.md). Default: both dossier.json and dossier.html.",
        };
        format.AcceptOnlyFromAmong("html", "json", "md");
        var timings = new Option<bool>("--timings")
        {
            Description = "Print the wall-clock time of each step (reading, per-article analysis, each story stage, writing) " +
                          "and the peak working set to standard error.",
        };

        var command = new Command(
            "analyze",
            "Read every article of a story and write its dossier: each article's clean text and metadata, entities " +
            "resolved across outlets, quotes and how faithfully each outlet reports them, claims with each outlet's " +
            "stance and the contested points, a timeline and each outlet's framing.");
        reading.AddTo(command);
        command.Options.Add(output);
        command.Options.Add(format);
        command.Options.Add(timings);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var consoles = new ConsoleSetup(stdout, stderr, parse.GetValue(reading.Quiet));
            var timer = parse.GetValue(timings) ? new StageTimings() : null;
            timer?.Start("read");
            var reader = new ArticleReader(reading.ToReaderOptions(parse));
            var articles = new List<Article>();
            var outcome = await BatchReading.ReadAsync(
                reader,
                parse.GetValue(reading.Inputs) ?? [],
                consoles,
                article =>
                {
                    articles.Add(article);
                    return Task.CompletedTask;
                },
                cancellationToken);

            if (articles.Count == 0)
            {
                BatchReading.RenderFailures(outcome, consoles.Error);
                await stderr.WriteLineAsync("parallax: no article could be read; no dossier written.");
                return ExitCodes.UsageOrNothingRead;
            }

            timer?.Start("duplicates");
            var dossier = BuildDossier(articles, consoles, timer, cancellationToken);
            var directory = parse.GetValue(output) ?? "dossier";
            IReadOnlyList<string> written;
            try
            {
                written = await WriteAsync(dossier, directory, parse.GetValue(format), timer, cancellationToken);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                await stderr.WriteLineAsync($"parallax: {directory}: error: cannot write the dossier: {e.Message}");
                return ExitCodes.UsageOrNothingRead;
            }

            if (!consoles.Quiet)
            {
                RenderSummary(dossier, consoles.Output);
                BatchReading.RenderFailures(outcome, consoles.Error);
            }

            foreach (var path in written)
            {
                await stdout.WriteLineAsync($"Wrote {path}");
            }

            if (timer is not null)
            {
                await timer.WriteAsync(stderr);
            }

            return outcome.ExitCode;
        });
        return command;
    }

    /// <summary>Analyses the articles and compares them, with a progress bar on an interactive terminal.</summary>
    private static StoryDossier BuildDossier(List<Article> articles, ConsoleSetup consoles, StageTimings? timer, CancellationToken cancellationToken)
    {
        var builder = DossierDefaults.CreateBuilder();
        if (!consoles.ShowProgress || timer is not null)
        {
            return builder.Build(articles, timer, cancellationToken);
        }

        StoryDossier? dossier = null;
        consoles.Error.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask("Analysing articles", maxValue: articles.Count + builder.Stages.Length);
                dossier = builder.Build(articles, new StepProgress(task), cancellationToken);
                task.StopTask();
            });
        return dossier!;
    }

    /// <summary>Advances a progress task by one for each step reported; safe to call from several threads.</summary>
    private sealed class StepProgress(ProgressTask task) : IProgress<string>
    {
        private readonly Lock _lock = new();

        public void Report(string value)
        {
            lock (_lock)
            {
                task.Description = value.StartsWith("analyze ", StringComparison.Ordinal) ? "Analysing articles" : "Comparing: " + value;
                task.Increment(1);
            }
        }
    }

    private static async Task<IReadOnlyList<string>> WriteAsync(StoryDossier dossier, string directory, string? format, StageTimings? timer, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        var written = new List<string>();
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        if (format is null or "json")
        {
            timer?.Start("write json");
            var path = Path.Combine(directory, "dossier.json");
            await using (var stream = File.Create(path))
            {
                DossierJsonWriter.Write(dossier, stream);
            }

            written.Add(path);
        }

        if (format is null or "html")
        {
            timer?.Start("write html");
            var path = Path.Combine(directory, "dossier.html");
            await File.WriteAllTextAsync(path, DossierHtmlWriter.Render(dossier), utf8, cancellationToken);
            written.Add(path);
        }

        if (format is "md")
        {
            timer?.Start("write md");
            var path = Path.Combine(directory, "dossier.md");
            await File.WriteAllTextAsync(path, DossierMarkdownWriter.Render(dossier), utf8, cancellationToken);
            written.Add(path);
        }

        return written;
    }

    private static void RenderSummary(StoryDossier dossier, IAnsiConsole console)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .Title($"{dossier.Articles.Length:N0} article(s), {dossier.Duplicates.Length:N0} duplicate(s) left out");
        table.AddColumn("Id");
        table.AddColumn("Outlet");
        table.AddColumn("Title");
        table.AddColumn("Published");
        table.AddColumn(new TableColumn("Words").RightAligned());
        table.AddColumn(new TableColumn("Removed").RightAligned());
        table.AddColumn(new TableColumn("Notes").RightAligned());
        foreach (var entry in dossier.Articles.Take(MaxSummaryRows))
        {
            var meta = entry.Article.Metadata;
            table.AddRow(
                new Text(entry.Id),
                new Text(meta.Outlet ?? "—"),
                new Text(Shorten(meta.Title ?? Path.GetFileName(entry.Article.Source), 60)),
                new Text(meta.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—"),
                new Text(CountWords(entry.Article.Text).ToString("N0", CultureInfo.InvariantCulture)),
                new Text(entry.Article.Removed.Length.ToString(CultureInfo.InvariantCulture)),
                new Text(entry.Article.Diagnostics.Length.ToString(CultureInfo.InvariantCulture)));
        }

        if (dossier.Articles.Length > MaxSummaryRows)
        {
            table.Caption($"… and {dossier.Articles.Length - MaxSummaryRows:N0} more articles in the dossier");
        }

        console.Write(table);
    }

    private static int CountWords(string text) =>
        text.Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries).Length;

    private static string Shorten(string text, int max) => text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");
}
