using System.CommandLine;
using Parallax.Model;
using Parallax.Readers;
using Parallax.Reports.Json;

namespace Parallax.Cli.Commands;

/// <summary><c>parallax extract</c>: the main text and metadata of each input, as JSON Lines or plain text.</summary>
internal static class ExtractCommand
{
    /// <summary>Shown after the standard help.</summary>
    public const string Examples =
        "Examples:\n" +
        "  parallax extract samples/alaska-summit/\n" +
        "  parallax extract page.html.gz --format text\n" +
        "  parallax extract https://example.org/news/story.html\n" +
        "  curl -s https://example.org/feed.xml | parallax extract -\n\n" +
        "Exit codes: 0 every input read; 1 some inputs failed (each named on standard error); 2 usage error or nothing readable.";

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var reading = new ReadingOptions();
        var format = new Option<string>("--format", "-f")
        {
            Description = "json: one JSON object per article (JSON Lines, see shared/contracts/dossier-v1.md); text: title, metadata and text.",
            DefaultValueFactory = _ => "json",
        };
        format.AcceptOnlyFromAmong("json", "text");

        var command = new Command(
            "extract",
            "Print the main text and metadata of each input: boilerplate removed; title, outlet, author, date and language found.");
        reading.AddTo(command);
        command.Options.Add(format);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var consoles = new ConsoleSetup(stdout, stderr, parse.GetValue(reading.Quiet));
            var reader = new ArticleReader(reading.ToReaderOptions(parse));
            var asText = parse.GetValue(format) == "text";
            var outcome = await BatchReading.ReadAsync(
                reader,
                parse.GetValue(reading.Inputs) ?? [],
                consoles,
                article => asText ? WriteText(stdout, article) : stdout.WriteLineAsync(ExtractionJsonWriter.ToJsonLine(article)),
                cancellationToken);
            await stdout.FlushAsync(cancellationToken);
            if (!consoles.Quiet)
            {
                BatchReading.RenderFailures(outcome, consoles.Error);
                await stderr.WriteLineAsync($"parallax: {outcome.Articles:N0} article(s) from {outcome.Inputs:N0} input(s), {outcome.FailedInputs:N0} failed.");
            }

            return outcome.ExitCode;
        });
        return command;
    }

    private static async Task WriteText(TextWriter stdout, Article article)
    {
        var meta = article.Metadata;
        await stdout.WriteLineAsync($"=== {article.Source}");
        await stdout.WriteLineAsync($"Title:     {meta.Title ?? "(unknown)"}");
        await stdout.WriteLineAsync($"Outlet:    {meta.Outlet ?? "(unknown)"}");
        await stdout.WriteLineAsync($"Author:    {meta.Author ?? "(unknown)"}");
        await stdout.WriteLineAsync($"Published: {meta.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "(unknown)"}");
        await stdout.WriteLineAsync($"Language:  {meta.Language ?? "(unknown)"}");
        foreach (var diagnostic in article.Diagnostics)
        {
            await stdout.WriteLineAsync($"Note:      {BatchReading.Severity(diagnostic.Severity)}: {diagnostic.Message}");
        }

        await stdout.WriteLineAsync();
        await stdout.WriteLineAsync(article.Text);
        await stdout.WriteLineAsync();
    }
}
