using System.CommandLine;
using System.Globalization;
using Parallax.Comparison.Stories;
using Parallax.Readers;
using Parallax.Reports.Stories;
using Spectre.Console;

namespace Parallax.Cli.Commands;

/// <summary><c>parallax stories</c>: groups a batch of articles into stories (incidents), as a table or as JSON.</summary>
internal static class StoriesCommand
{
    private const int MaxTableRows = 200;

    /// <summary>Shown after the standard help.</summary>
    public const string Examples =
        "Examples:\n" +
        "  parallax stories news/                       # a table: story, size, dates, label\n" +
        "  parallax stories news/ feed.xml --format json > stories.json\n" +
        "  parallax stories articles.jsonl --threshold 0.25 --window 3\n\n" +
        "Each article joins the story it shares most named people, places and organizations, rare words and dates\n" +
        "with, or starts its own; articles published more than --window days outside a story's dates never join it.\n\n" +
        "Exit codes: 0 every input read; 1 some inputs failed (each named on standard error); 2 usage error or nothing readable.";

    /// <summary>Creates the command and adds it to <paramref name="root"/>; returns it.</summary>
    public static Command AddTo(RootCommand root, TextWriter stdout, TextWriter stderr)
    {
        var command = Create(stdout, stderr);
        root.Subcommands.Add(command);
        return command;
    }

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var reading = new ReadingOptions();
        var format = new Option<string>("--format", "-f")
        {
            Description = "table: a readable summary; json: { \"stories\": [{ \"id\", \"label\", \"articles\": [source…] }] } " +
                          "(shared/contracts/dossier-v1.md), every input article in exactly one story.",
            DefaultValueFactory = _ => "table",
        };
        format.AcceptOnlyFromAmong("table", "json");
        var threshold = new Option<double>("--threshold")
        {
            Description = "Least similarity (0-1) for an article to join a story; higher gives more, smaller stories.",
            DefaultValueFactory = _ => StoryOptions.Default.JoinThreshold,
            HelpName = "X",
        };
        threshold.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<double>() is <= 0 or >= 1)
            {
                result.AddError("--threshold must be between 0 and 1.");
            }
        });
        var window = new Option<int>("--window")
        {
            Description = "Days an article's publication date may lie outside a story's dates (when both are known).",
            DefaultValueFactory = _ => StoryOptions.Default.WindowDays,
            HelpName = "DAYS",
        };
        window.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 0)
            {
                result.AddError("--window must be zero or more days.");
            }
        });

        var timings = new Option<bool>("--timings")
        {
            Description = "Print the wall-clock time of each step (reading and digesting, clustering, writing) and the peak working set to standard error.",
        };
        var command = new Command(
            "stories",
            "Group articles into stories: each story one incident (two different earthquakes are two stories).");
        reading.AddTo(command);
        command.Options.Add(format);
        command.Options.Add(threshold);
        command.Options.Add(window);
        command.Options.Add(timings);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var consoles = new ConsoleSetup(stdout, stderr, parse.GetValue(reading.Quiet));
            var timer = parse.GetValue(timings) ? new StageTimings() : null;
            timer?.Start("read + digest");
            var reader = new ArticleReader(reading.ToReaderOptions(parse));
            var pipeline = ArticleDigester.CreatePipeline();
            // Streamed: each article is digested and added to the batch as compact term ids; only its source and title stay.
            var batch = new StoryBatch();
            var articles = new List<(string Source, string? Title)>();
            var outcome = await BatchReading.ReadAsync(
                reader,
                parse.GetValue(reading.Inputs) ?? [],
                consoles,
                article =>
                {
                    var digest = ArticleDigester.Digest(article, pipeline, cancellationToken);
                    batch.Add(digest);
                    articles.Add((digest.Source, digest.Title));
                    return Task.CompletedTask;
                },
                cancellationToken);

            if (batch.Count == 0)
            {
                BatchReading.RenderFailures(outcome, consoles.Error);
                await stderr.WriteLineAsync("parallax: no article could be read; no stories.");
                return ExitCodes.UsageOrNothingRead;
            }

            var options = StoryOptions.Default with { JoinThreshold = parse.GetValue(threshold), WindowDays = parse.GetValue(window) };
            timer?.Start("cluster");
            var stories = new StoryClusterer(options).Cluster(batch, cancellationToken);
            timer?.Start("write");
            if (parse.GetValue(format) == "json")
            {
                using var buffer = new MemoryStream();
                StoriesJsonWriter.Write(stories, [.. articles.Select(a => a.Source)], buffer);
                await stdout.WriteLineAsync(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
            }
            else
            {
                RenderTable(stories, articles, consoles.Output);
            }

            await stdout.FlushAsync(cancellationToken);
            if (!consoles.Quiet)
            {
                BatchReading.RenderFailures(outcome, consoles.Error);
                await stderr.WriteLineAsync($"parallax: {batch.Count:N0} article(s) in {stories.Length:N0} stories; {outcome.FailedInputs:N0} input(s) failed.");
            }

            if (timer is not null)
            {
                await timer.WriteAsync(stderr);
            }

            return outcome.ExitCode;
        });
        return command;
    }

    private static void RenderTable(IReadOnlyList<Story> stories, List<(string Source, string? Title)> articles, IAnsiConsole console)
    {
        var table = new Table().Border(TableBorder.Rounded).Title($"{articles.Count:N0} article(s), {stories.Count:N0} stories");
        table.AddColumn("Story");
        table.AddColumn(new TableColumn("Articles").RightAligned());
        table.AddColumn("Dates");
        table.AddColumn("Label");
        table.AddColumn("First article");
        foreach (var story in stories.OrderByDescending(s => s.Articles.Length).ThenBy(s => s.Articles[0]).Take(MaxTableRows))
        {
            var first = articles[story.Articles[0]];
            table.AddRow(
                new Text(story.Id),
                new Text(story.Articles.Length.ToString(CultureInfo.InvariantCulture)),
                new Text(Dates(story)),
                new Text(story.Label),
                new Text(Shorten(first.Title ?? Path.GetFileName(first.Source), 50)));
        }

        if (stories.Count > MaxTableRows)
        {
            table.Caption($"… and {stories.Count - MaxTableRows:N0} more stories (--format json lists all)");
        }

        console.Write(table);
    }

    private static string Dates(Story story) => (story.First, story.Last) switch
    {
        ({ } first, { } last) when first == last => first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ({ } first, { } last) => first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "…" + last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => "—",
    };

    private static string Shorten(string text, int max) => text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");
}
