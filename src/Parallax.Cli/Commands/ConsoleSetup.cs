using Spectre.Console;

namespace Parallax.Cli.Commands;

/// <summary>The consoles a command writes to: plain writers for data, Spectre consoles for tables and progress.</summary>
internal sealed class ConsoleSetup
{
    public ConsoleSetup(TextWriter stdout, TextWriter stderr, bool quiet)
    {
        StandardOutput = stdout;
        StandardError = stderr;
        var interactive = ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected;
        Output = Create(stdout, interactive && ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected);
        Error = Create(stderr, interactive);
        ShowProgress = interactive && !quiet;
        Quiet = quiet;
    }

    public TextWriter StandardOutput { get; }

    public TextWriter StandardError { get; }

    /// <summary>Tables and messages meant for standard output.</summary>
    public IAnsiConsole Output { get; }

    /// <summary>Progress, tables and messages meant for standard error.</summary>
    public IAnsiConsole Error { get; }

    public bool ShowProgress { get; }

    public bool Quiet { get; }

    private static IAnsiConsole Create(TextWriter writer, bool interactive) => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(writer),
        Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
        ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        Interactive = interactive ? InteractionSupport.Yes : InteractionSupport.No,
    });
}
