using System.CommandLine;
using System.Globalization;
using System.Text;
using Parallax.Storage;
using Parallax.Workers.Queue;

namespace Parallax.Cli.Commands;

/// <summary><c>parallax worker</c>: the pipeline as RabbitMQ steps over PostgreSQL, for several processes and machines.</summary>
internal static class WorkerCommand
{
    /// <summary>Shown after the standard help.</summary>
    public const string Examples =
        "Examples:\n" +
        "  parallax worker --queue amqp://guest:guest@mq:5672/ --db 'Host=db;Database=parallax;Username=parallax'\n" +
        "  parallax worker --queue amqp://mq/ --db 'Host=db;…' --stages analyse,refresh --concurrency 4\n" +
        "  parallax worker enqueue --queue amqp://mq/ articles/ https://example.com/story.html\n" +
        "  parallax worker status --queue amqp://mq/\n" +
        "  parallax worker dead --queue amqp://mq/ --keep           # show dead-lettered messages with their errors\n\n" +
        "Stages, one quorum queue each: fetch -> extract -> analyse -> assign -> refresh (dead letters: parallax.dead).\n" +
        "Run as many workers as you like, on any machines; a message is acked only after its result is committed and\n" +
        "its next messages are confirmed by the broker. See docs/scale.md. Without a queue, `parallax serve` and\n" +
        "`parallax monitor` do everything in one process.\n\n" +
        "Exit codes: 0 stopped cleanly (Ctrl+C / SIGTERM); 1 (enqueue) some inputs could not be read; 2 usage error, or\n" +
        "the store cannot be opened.";

    /// <summary>Creates the command and adds it to <paramref name="root"/>; returns it.</summary>
    public static Command AddTo(RootCommand root, TextWriter stdout, TextWriter stderr)
    {
        var command = Create(stdout, stderr);
        root.Subcommands.Add(command);
        return command;
    }

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var queue = QueueOption();
        var db = DatabaseOption.Create();
        db.Description = "The PostgreSQL store shared by every worker (Host=…;Database=…;Username=…).";
        var stages = new Option<string>("--stages")
        {
            Description = "The stages this worker consumes, comma-separated: fetch, extract, analyse, assign, refresh.",
            DefaultValueFactory = _ => string.Join(",", WorkQueues.Stages.Select(s => s.ToString().ToLowerInvariant())),
            HelpName = "LIST",
        };
        var concurrency = new Option<int>("--concurrency")
        {
            Description = "Messages of each stage processed at once (assignment is always one at a time).",
            DefaultValueFactory = _ => WorkerOptions.Default.Concurrency,
            HelpName = "N",
        };
        var maxChars = new Option<int>("--max-article-chars")
        {
            Description = "Articles longer than this are refused by the analyser (dead-lettered).",
            DefaultValueFactory = _ => WorkerOptions.Default.MaxArticleChars,
            HelpName = "N",
        };
        var analysisTimeout = new Option<int>("--analysis-timeout")
        {
            Description = "Seconds allowed to analyse one article.",
            DefaultValueFactory = _ => (int)WorkerOptions.Default.AnalysisTimeout.TotalSeconds,
            HelpName = "SECONDS",
        };
        var timeout = new Option<int>("--timeout") { Description = "Seconds allowed for each download.", DefaultValueFactory = _ => 30, HelpName = "SECONDS" };
        var allowPrivate = new Option<bool>("--allow-private") { Description = "Allow URLs on loopback/private addresses (off: no server-side request forgery)." };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Report only problems." };
        var verbose = new Option<bool>("--verbose") { Description = "Report every message done and every dossier built." };
        foreach (var positive in new[] { concurrency, maxChars, analysisTimeout, timeout })
        {
            positive.Validators.Add(r =>
            {
                if (r.GetValueOrDefault<int>() <= 0)
                {
                    r.AddError($"{r.Option.Name} must be a positive number.");
                }
            });
        }

        var command = new Command("worker", "Run the pipeline as queue steps (RabbitMQ) over a shared PostgreSQL store; start one per core or machine.")
        {
            queue, db, stages, concurrency, maxChars, analysisTimeout, timeout, allowPrivate, quiet, verbose,
        };
        command.Subcommands.Add(CreateEnqueue(stdout, stderr));
        command.Subcommands.Add(CreateStatus(stdout, stderr));
        command.Subcommands.Add(CreateDead(stdout, stderr));
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (!TryBroker(parse.GetValue(queue), stderr, out var broker))
            {
                return ExitCodes.UsageOrNothingRead;
            }

            var location = StoreLocation.Parse(parse.GetValue(db));
            if (!location.IsPostgreSql)
            {
                await stderr.WriteLineAsync("parallax: worker: --db must be a PostgreSQL connection string (Host=…); workers share one store.");
                return ExitCodes.UsageOrNothingRead;
            }

            var chosen = new HashSet<WorkStage>();
            foreach (var name in parse.GetValue(stages)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!Enum.TryParse<WorkStage>(name, ignoreCase: true, out var stage) || !Enum.IsDefined(stage))
                {
                    await stderr.WriteLineAsync($"parallax: worker: --stages: unknown stage '{name}' (fetch, extract, analyse, assign, refresh)");
                    return ExitCodes.UsageOrNothingRead;
                }

                chosen.Add(stage);
            }

            var options = WorkerOptions.Default with
            {
                Stages = chosen,
                Concurrency = parse.GetValue(concurrency),
                MaxArticleChars = parse.GetValue(maxChars),
                AnalysisTimeout = TimeSpan.FromSeconds(parse.GetValue(analysisTimeout)),
                Verbose = parse.GetValue(verbose),
                Reading = Readers.ReaderOptions.Default with
                {
                    FetchTimeout = TimeSpan.FromSeconds(parse.GetValue(timeout)),
                    AllowPrivateAddresses = parse.GetValue(allowPrivate),
                },
            };
            var isQuiet = parse.GetValue(quiet);
            var gate = new Lock();
            void Log(string line)
            {
                if (isQuiet && line.StartsWith("ready", StringComparison.Ordinal))
                {
                    return;
                }

                lock (gate)
                {
                    stderr.WriteLine("parallax worker: " + line);
                    stderr.Flush();
                }
            }

            ParallaxStore store;
            try
            {
                store = await OpenStoreAsync(location, Log, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return ExitCodes.Success;
            }
            catch (Exception e) when (e is InvalidOperationException or ArgumentException)
            {
                await stderr.WriteLineAsync($"parallax: worker: cannot open the store ({location}): {e.Message}");
                return ExitCodes.UsageOrNothingRead;
            }

            await using (store)
            {
                var worker = new QueueWorker(broker!, store, options, Log);
                try
                {
                    await worker.RunAsync(cancellationToken);
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                }

                Log(string.Create(CultureInfo.InvariantCulture,
                    $"stopped: {string.Join(", ", worker.Done.OrderBy(p => p.Key).Select(p => $"{p.Key.ToString().ToLowerInvariant()} {p.Value}"))}; dossiers built {worker.DossiersBuilt}; dead-lettered {worker.DeadLettered}"));
            }

            return ExitCodes.Success;
        });
        return command;
    }

    // The store may be restarting when a worker starts: wait for it like for the broker.
    private static async Task<ParallaxStore> OpenStoreAsync(StoreLocation location, Action<string> log, CancellationToken cancellationToken)
    {
        var delay = TimeSpan.FromMilliseconds(250);
        while (true)
        {
            try
            {
                return await ParallaxStore.OpenAsync(location, cancellationToken: cancellationToken);
            }
            catch (Exception e) when (QueueConnection.IsDatabaseFault(e))
            {
                log($"store {location} unreachable ({e.Message}); retrying in {delay.TotalSeconds:0.##} s");
                await Task.Delay(delay, cancellationToken);
                delay = TimeSpan.FromMilliseconds(Math.Min(delay.TotalMilliseconds * 2, 5000));
            }
        }
    }

    private static Command CreateEnqueue(TextWriter stdout, TextWriter stderr)
    {
        var queue = QueueOption();
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Files, directories (read recursively) and http(s) URLs. Files are read here and sent with their bytes; URLs are fetched by a worker.",
            Arity = ArgumentArity.OneOrMore,
        };
        var maxSize = new Option<string>("--max-size") { Description = "Skip files larger than this (e.g. 64MB).", DefaultValueFactory = _ => "64MB", HelpName = "SIZE" };
        var command = new Command("enqueue", "Queue files, directories and URLs for the workers (publisher confirms: queued means the broker has them).")
        {
            queue, maxSize,
        };
        command.Arguments.Add(inputs);
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (!ReadingOptions.TryParseSize(parse.GetValue(maxSize)!, out var maxBytes) || maxBytes <= 0)
            {
                await stderr.WriteLineAsync("parallax: --max-size: not a size (use e.g. 512KB, 64MB)");
                return ExitCodes.UsageOrNothingRead;
            }

            return await WithClientAsync(parse.GetValue(queue), stderr, client => EnqueueAsync(client, parse.GetValue(inputs)!, maxBytes, stdout, stderr, cancellationToken), cancellationToken);
        });
        return command;
    }

    private static async Task<int> EnqueueAsync(QueueClient client, string[] inputs, long maxBytes, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var (queued, problems) = await client.EnqueueAsync(inputs, maxBytes, cancellationToken);
        foreach (var problem in problems)
        {
            await stderr.WriteLineAsync("parallax: " + problem);
        }

        await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"parallax: {queued} input(s) queued, {problems.Count} not read"));
        return problems.Count == 0 ? ExitCodes.Success : queued > 0 ? ExitCodes.SomeInputsFailed : ExitCodes.UsageOrNothingRead;
    }

    private static Command CreateStatus(TextWriter stdout, TextWriter stderr)
    {
        var queue = QueueOption();
        var command = new Command("status", "Show how many messages wait in each stage's queue, and how many workers consume it.") { queue };
        command.SetAction((parse, cancellationToken) => WithClientAsync(parse.GetValue(queue), stderr, async client =>
        {
            foreach (var depth in await client.DepthsAsync(cancellationToken))
            {
                await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{depth.Queue,-18} {depth.Messages,8} waiting {depth.Consumers,4} consumers"));
            }

            return ExitCodes.Success;
        }, cancellationToken));
        return command;
    }

    private static Command CreateDead(TextWriter stdout, TextWriter stderr)
    {
        var queue = QueueOption();
        var keep = new Option<bool>("--keep") { Description = "Leave the messages in the dead-letter queue (default: take them off once shown)." };
        var limit = new Option<int>("--limit") { Description = "Show at most this many.", DefaultValueFactory = _ => 100, HelpName = "N" };
        var command = new Command("dead", "Show dead-lettered messages: the stage, the error, when, and what the message was about.") { queue, keep, limit };
        command.SetAction((parse, cancellationToken) => WithClientAsync(parse.GetValue(queue), stderr, async client =>
        {
            var letters = await client.ReadDeadAsync(Math.Max(1, parse.GetValue(limit)), parse.GetValue(keep), cancellationToken);
            foreach (var letter in letters)
            {
                var body = Encoding.UTF8.GetString(letter.Body.Span);
                await stdout.WriteLineAsync($"{letter.Failed ?? "-"}\t{letter.Stage ?? "-"}\t{letter.Error}\t{(body.Length > 160 ? body[..160] + "…" : body)}");
            }

            await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"parallax: {letters.Count} dead-lettered message(s)"));
            return ExitCodes.Success;
        }, cancellationToken));
        return command;
    }

    // The client commands give up on a broker that does not answer within 30 s (workers wait for it indefinitely).
    private static async Task<int> WithClientAsync(string? queue, TextWriter stderr, Func<QueueClient, Task<int>> action, CancellationToken cancellationToken)
    {
        if (!TryBroker(queue, stderr, out var broker))
        {
            return ExitCodes.UsageOrNothingRead;
        }

        QueueClient client;
        using (var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            limit.CancelAfter(TimeSpan.FromSeconds(30));
            try
            {
                client = await QueueClient.ConnectAsync(broker!, limit.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                await stderr.WriteLineAsync($"parallax: worker: the broker {QueueConnection.Describe(broker!)} did not answer within 30 s.");
                return ExitCodes.UsageOrNothingRead;
            }
        }

        await using (client)
        {
            return await action(client);
        }
    }

    private static Option<string?> QueueOption() => new("--queue")
    {
        Description = "The RabbitMQ broker: amqp://user:password@host:port/vhost (default from PARALLAX_QUEUE).",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("PARALLAX_QUEUE"),
        HelpName = "AMQP-URL",
    };

    private static bool TryBroker(string? value, TextWriter stderr, out Uri? broker)
    {
        broker = null;
        if (string.IsNullOrWhiteSpace(value) || !Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("amqp" or "amqps"))
        {
            stderr.WriteLine("parallax: worker: --queue must be an amqp:// or amqps:// URL (or set PARALLAX_QUEUE).");
            return false;
        }

        broker = uri;
        return true;
    }
}
