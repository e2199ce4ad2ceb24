using System.CommandLine;
using System.Globalization;
using Parallax.Workers.Monitoring;

namespace Parallax.Cli.Commands;

/// <summary><c>parallax monitor</c>: follows feeds, assigns each new article to a story, keeps the story state in a directory.</summary>
internal static class MonitorCommand
{
    /// <summary>Shown after the standard help.</summary>
    public const string Examples =
        "Examples:\n" +
        "  parallax monitor --feeds feeds.txt                    # one feed URL per line; runs until Ctrl+C\n" +
        "  parallax monitor --feeds subscriptions.opml --state news-state/ --interval 600\n" +
        "  parallax monitor --feeds feeds.txt --once             # one round (for cron), then exit\n\n" +
        "State (default ./parallax-state): feeds.json (ETag/Last-Modified, schedule, failures, pages to retry),\n" +
        "articles.jsonl (one line per assigned article), stories.json ({ \"stories\": [...] }, as parallax stories --format json).\n" +
        "Feeds are polled with conditional GETs, one request per host per --host-delay, with exponential backoff after errors.\n\n" +
        "Exit codes: 0 ok (with --once: every feed answered); 1 some feeds failed (each named on standard error); 2 usage error.";

    /// <summary>Creates the command and adds it to <paramref name="root"/>; returns it.</summary>
    public static Command AddTo(RootCommand root, TextWriter stdout, TextWriter stderr)
    {
        var command = Create(stdout, stderr);
        root.Subcommands.Add(command);
        return command;
    }

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var feeds = new Option<string>("--feeds") { Description = "A file of feed URLs (one per line, # comments) or an OPML file.", Required = true, HelpName = "FILE" };
        var state = new Option<string>("--state") { Description = "Directory for the monitor's state (created when missing).", DefaultValueFactory = _ => "parallax-state", HelpName = "DIR" };
        var interval = new Option<int>("--interval") { Description = "Seconds between polls of a healthy feed.", DefaultValueFactory = _ => (int)MonitorOptions.Default.PollInterval.TotalSeconds, HelpName = "SECONDS" };
        var hostDelay = new Option<int>("--host-delay") { Description = "Least milliseconds between two requests to one host.", DefaultValueFactory = _ => (int)MonitorOptions.Default.HostDelay.TotalMilliseconds, HelpName = "MS" };
        var once = new Option<bool>("--once") { Description = "Poll every feed once, then exit." };
        var timeout = new Option<int>("--timeout") { Description = "Seconds allowed for each download.", DefaultValueFactory = _ => 30, HelpName = "SECONDS" };
        var allowPrivate = new Option<bool>("--allow-private") { Description = "Allow feeds and pages on loopback/private addresses (off: no server-side request forgery)." };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Report only failures." };
        foreach (var positive in new[] { interval, timeout })
        {
            positive.Validators.Add(r =>
            {
                if (r.GetValueOrDefault<int>() <= 0)
                {
                    r.AddError($"{r.Option.Name} must be a positive number.");
                }
            });
        }

        var command = new Command("monitor", "Follow RSS/Atom feeds: read each new article, assign it to a story, keep the stories in a state directory.")
        {
            feeds, state, interval, hostDelay, once, timeout, allowPrivate, quiet,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var listFile = parse.GetValue(feeds)!;
            string text;
            try
            {
                text = await File.ReadAllTextAsync(listFile, cancellationToken);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                await stderr.WriteLineAsync($"parallax: {listFile}: error: cannot read the feed list: {e.Message}");
                return ExitCodes.UsageOrNothingRead;
            }

            var (urls, problems) = FeedList.Parse(text);
            foreach (var problem in problems)
            {
                await stderr.WriteLineAsync($"parallax: {listFile}: warning: {problem}");
            }

            if (urls.IsEmpty)
            {
                await stderr.WriteLineAsync($"parallax: {listFile}: error: no feed URLs found.");
                return ExitCodes.UsageOrNothingRead;
            }

            var isQuiet = parse.GetValue(quiet);
            var options = MonitorOptions.Default with
            {
                PollInterval = TimeSpan.FromSeconds(parse.GetValue(interval)),
                HostDelay = TimeSpan.FromMilliseconds(Math.Max(0, parse.GetValue(hostDelay))),
            };
            var readerOptions = Readers.ReaderOptions.Default with
            {
                FetchTimeout = TimeSpan.FromSeconds(parse.GetValue(timeout)),
                AllowPrivateAddresses = parse.GetValue(allowPrivate),
            };
            var directory = new StateDirectory(parse.GetValue(state)!);
            var monitor = new FeedMonitor(urls, directory, options, readerOptions, TimeProvider.System, e => Report(e, stdout, stderr, isQuiet));
            if (parse.GetValue(once))
            {
                var round = await monitor.PollOnceAsync(cancellationToken);
                await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"parallax: {round.FeedsPolled} feed(s) polled, {round.FeedsFailed} failed, {round.ArticlesAssigned} new article(s), " +
                    $"{round.ArticlesPending} page(s) to retry; {monitor.Stories().Length} stories in {directory.Path}"));
                return round.FeedsFailed > 0 ? ExitCodes.SomeInputsFailed : ExitCodes.Success;
            }

            try
            {
                await monitor.RunAsync(cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                await stderr.WriteLineAsync($"parallax: stopped; state saved in {directory.Path}");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static void Report(MonitorEvent e, TextWriter stdout, TextWriter stderr, bool quiet)
    {
        switch (e.Kind)
        {
            case MonitorEventKind.FeedFailed or MonitorEventKind.ArticleFailed or MonitorEventKind.ArticleGivenUp:
                stderr.WriteLine($"parallax: {e.Article ?? e.Feed}: error: {e.Message}");
                break;
            case MonitorEventKind.ArticleAssigned when !quiet:
                stdout.WriteLine($"{e.StoryId}\t{e.Article}\t{e.Message}");
                break;
            case MonitorEventKind.FeedFetched or MonitorEventKind.FeedNotModified when !quiet:
                stderr.WriteLine($"parallax: {e.Feed}: {e.Message}");
                break;
        }
    }
}
