using System.CommandLine;
using System.Text;
using Parallax.Comparison.Stances;
using Parallax.Reports.Json;

namespace Parallax.Cli.Commands;

/// <summary><c>parallax stance</c>: the stance of each <c>{id, claim, text}</c> line's text towards its claim.</summary>
internal static class StanceCommand
{
    /// <summary>Shown after the standard help.</summary>
    public const string Examples =
        "Examples:\n" +
        "  parallax stance --input pairs.jsonl > stances.jsonl\n" +
        "  echo '{\"id\":\"1\",\"claim\":\"Putin and Trump agreed a framework\",\"text\":\"The Kremlin denied any framework was agreed.\"}' | parallax stance --input -\n\n" +
        "Input: one JSON object per line, {\"id\": \"…\", \"claim\": \"…\", \"text\": \"…\"}. Output: one JSON object per line,\n" +
        "{\"id\", \"stance\": agree|disagree|discuss|unrelated, \"confidence\": 0–1, \"evidence\": [{\"start\", \"end\"}]}, the\n" +
        "evidence being UTF-16 half-open [start, end) offsets into text. Claims over 4,000 characters and texts over\n" +
        "200,000 characters are judged on their beginning.\n\n" +
        "Exit codes: 0 every line judged; 1 some lines were bad (each named on standard error); 2 usage error or nothing readable.";

    private const int MaxClaimChars = 4_000;

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var input = new Option<string>("--input", "-i")
        {
            Description = "JSON Lines file of {\"id\", \"claim\", \"text\"} objects, or - for standard input.",
            Required = true,
            HelpName = "FILE",
        };
        var command = new Command("stance", "Decide whether each text agrees with, disagrees with, discusses or is unrelated to its claim (JSON Lines in and out).");
        command.Options.Add(input);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetValue(input)!;
            var model = StanceModel.Default;
            if (model is null)
            {
                await stderr.WriteLineAsync("parallax: error: this build carries no stance model (data/models/stance.bin).");
                return ExitCodes.UsageOrNothingRead;
            }

            TextReader reader;
            try
            {
                reader = path == "-" ? Console.In : new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                await stderr.WriteLineAsync($"parallax: {path}: error: {(e is FileNotFoundException or DirectoryNotFoundException ? "no such file or directory" : e.Message)}");
                return ExitCodes.UsageOrNothingRead;
            }

            using (reader)
            {
                return await JudgeAsync(model, reader, path, stdout, stderr, cancellationToken);
            }
        });
        return command;
    }

    private static async Task<int> JudgeAsync(StanceModel model, TextReader reader, string path, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
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

            var problem = JsonLineRecord.TryParse(line, ["claim", "text"], out var id, out var values);
            var (claim, text) = (values[0], values[1]);
            if (problem is not null)
            {
                bad++;
                await stderr.WriteLineAsync($"parallax: {path}: line {lineNumber}: error: {problem}");
                continue;
            }

            var judgement = model.Judge(claim!.Length > MaxClaimChars ? claim[..MaxClaimChars] : claim, text!, cancellationToken);
            await stdout.WriteLineAsync(StanceJsonWriter.ToJsonLine(id!, judgement));
            good++;
        }

        await stdout.FlushAsync(cancellationToken);
        if (good == 0)
        {
            await stderr.WriteLineAsync($"parallax: {path}: error: no {{\"id\", \"claim\", \"text\"}} line could be read.");
            return ExitCodes.UsageOrNothingRead;
        }

        return bad > 0 ? ExitCodes.SomeInputsFailed : ExitCodes.Success;
    }
}
