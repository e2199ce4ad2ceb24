using System.CommandLine;
using System.Text;
using Parallax.Language.Entities;
using Parallax.Language.Quotes;
using Parallax.Model;
using Parallax.Pipeline;
using Parallax.Reports.Json;

namespace Parallax.Cli.Commands;

/// <summary><c>parallax annotate</c>: sentences and entities of each <c>{id, text}</c> line of a JSON Lines file.</summary>
internal static class AnnotateCommand
{
    /// <summary>Shown after the standard help.</summary>
    public const string Examples =
        "Examples:\n" +
        "  parallax annotate --input docs.jsonl > annotations.jsonl\n" +
        "  echo '{\"id\":\"1\",\"text\":\"Russian Foreign Minister Sergey Lavrov met Marco Rubio.\"}' | parallax annotate --input -\n\n" +
        "Input: one JSON object per line, {\"id\": \"…\", \"text\": \"…\"}. Output: one JSON object per line with the same id and\n" +
        "sentences, entities and quotes as UTF-16 half-open [start, end) offsets into text.\n\n" +
        "Exit codes: 0 every line annotated; 1 some lines were bad (each named on standard error); 2 usage error or nothing readable.";


    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var input = new Option<string>("--input", "-i")
        {
            Description = "JSON Lines file of {\"id\", \"text\"} objects, or - for standard input.",
            Required = true,
            HelpName = "FILE",
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format (json: JSON Lines).",
            DefaultValueFactory = _ => "json",
        };
        format.AcceptOnlyFromAmong("json");

        var command = new Command("annotate", "Find sentences, named entities (people, organizations, places, with people's roles) and quotes with their speakers in each text of a JSON Lines file.");
        command.Options.Add(input);
        command.Options.Add(format);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetValue(input)!;
            TextReader reader;
            try
            {
                reader = path == "-" ? Console.In : new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                await stderr.WriteLineAsync($"parallax: {path}: error: {Describe(e)}");
                return ExitCodes.UsageOrNothingRead;
            }

            using (reader)
            {
                return await AnnotateAsync(reader, path, stdout, stderr, cancellationToken);
            }
        });
        return command;
    }

    private static async Task<int> AnnotateAsync(TextReader reader, string path, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var pipeline = new PipelineBuilder().UseEntities().UseQuotes().Build();
        var lineNumber = 0;
        var good = 0;
        var bad = 0;
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var problem = JsonLineRecord.TryParse(line, ["text"], out var id, out var values);
            var text = values[0];
            if (problem is not null)
            {
                bad++;
                await stderr.WriteLineAsync($"parallax: {path}: line {lineNumber}: error: {problem}");
                continue;
            }

            var analyzed = pipeline.Analyze(new Article($"{path}#{id}", text!), cancellationToken);
            await stdout.WriteLineAsync(AnnotationJsonWriter.ToJsonLine(id!, analyzed));
            good++;
        }

        await stdout.FlushAsync(cancellationToken);
        if (good == 0)
        {
            await stderr.WriteLineAsync($"parallax: {path}: error: no {{\"id\", \"text\"}} line could be read.");
            return ExitCodes.UsageOrNothingRead;
        }

        return bad > 0 ? ExitCodes.SomeInputsFailed : ExitCodes.Success;
    }

    private static string Describe(Exception e) => e switch
    {
        FileNotFoundException or DirectoryNotFoundException => "no such file or directory",
        UnauthorizedAccessException => "permission denied",
        _ => e.Message,
    };
}
