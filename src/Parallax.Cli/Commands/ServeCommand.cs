using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Parallax.Server;
using Parallax.Storage;

namespace Parallax.Cli.Commands;

/// <summary><c>parallax serve</c>: the HTTP API and web UI over a shared store.</summary>
internal static class ServeCommand
{
    /// <summary>Shown after the standard help.</summary>
    public const string Examples =
        "Examples:\n" +
        "  parallax keys create                                   # prints a key for writing\n" +
        "  parallax serve                                         # http://127.0.0.1:5080, SQLite under the user's data directory\n" +
        "  parallax serve --urls http://127.0.0.1:8080 --db news.db --public-read\n" +
        "  parallax serve --db 'Host=localhost;Database=parallax;Username=parallax'\n" +
        "  curl -H 'Authorization: Bearer KEY' -H 'Content-Type: application/json' \\\n" +
        "       -d '{\"url\":\"https://example.com/article\"}' http://127.0.0.1:5080/api/articles\n\n" +
        "Open the URL in a browser for the web UI; the API is described at /openapi.json.";

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var urls = new Option<string>("--urls")
        {
            Description = "Where to listen (';'-separated). Listening beyond loopback exposes the store: use keys and a proxy with TLS.",
            DefaultValueFactory = _ => ServerOptions.DefaultUrls,
            HelpName = "URLS",
        };
        var db = DatabaseOption.Create();
        var publicRead = new Option<bool>("--public-read") { Description = "Let anyone read stories and dossiers without a key (writes still need one)." };
        var maxBody = new Option<string>("--max-body")
        {
            Description = "Largest request body accepted (e.g. 4MB).",
            DefaultValueFactory = _ => "4MB",
            HelpName = "SIZE",
        };
        var command = new Command("serve", "Serve the HTTP API and web UI: add articles, group them into stories, read live dossiers.")
        {
            urls, db, publicRead, maxBody,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (!ReadingOptions.TryParseSize(parse.GetValue(maxBody)!, out var bodyBytes) || bodyBytes <= 0)
            {
                await stderr.WriteLineAsync("parallax: --max-body: not a size (use e.g. 512KB, 4MB)");
                return ExitCodes.UsageOrNothingRead;
            }

            var options = new ServerOptions
            {
                Urls = parse.GetValue(urls)!,
                Store = StoreLocation.Parse(parse.GetValue(db)),
                PublicRead = parse.GetValue(publicRead),
                MaxBodyBytes = bodyBytes,
            };
            WebApplication app;
            try
            {
                app = await ParallaxServer.CreateAsync(options, cancellationToken: cancellationToken);
            }
            catch (Exception e) when (e is System.Data.Common.DbException or IOException or UnauthorizedAccessException or InvalidOperationException or ArgumentException)
            {
                await stderr.WriteLineAsync($"parallax: cannot open the store ({options.Store}): {e.Message}");
                return ExitCodes.UsageOrNothingRead;
            }

            await using (app)
            {
                try
                {
                    await app.StartAsync(cancellationToken);
                }
                catch (IOException e)
                {
                    await stderr.WriteLineAsync($"parallax: cannot listen on {options.Urls}: {e.Message}");
                    return ExitCodes.UsageOrNothingRead;
                }

                var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
                await stdout.WriteLineAsync(
                    $"Parallax serving on {string.Join(", ", addresses)} ({options.Store}); reads {(options.PublicRead ? "are public" : "need a key")}.");
                await stdout.FlushAsync(cancellationToken);
                try
                {
                    await app.WaitForShutdownAsync(cancellationToken);
                }
                catch (OperationCanceledException)
                {
                }

                await app.StopAsync(CancellationToken.None);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}

/// <summary>The <c>--db</c> option of <c>serve</c> and <c>keys</c>.</summary>
internal static class DatabaseOption
{
    public static Option<string?> Create() => new("--db")
    {
        Description = "The store: a SQLite file (default: parallax/parallax.db under the user's data directory) or a PostgreSQL connection string (Host=…;Database=…).",
        HelpName = "PATH|CONNECTION",
    };
}
