using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace Parallax.Cli.Commands;

/// <summary>Shows the standard help, then the examples and exit codes of the command asked about.</summary>
internal sealed class ExamplesHelpAction(HelpAction standard, IReadOnlyDictionary<Command, string> examples) : SynchronousCommandLineAction
{
    public override int Invoke(ParseResult parseResult)
    {
        var result = standard.Invoke(parseResult);
        if (examples.TryGetValue(parseResult.CommandResult.Command, out var text))
        {
            var output = parseResult.InvocationConfiguration.Output;
            output.WriteLine(text.TrimEnd());
            output.WriteLine();
        }

        return result;
    }

    /// <summary>Replaces the help action of <paramref name="root"/> with one that also prints examples.</summary>
    public static void Install(RootCommand root, IReadOnlyDictionary<Command, string> examples)
    {
        foreach (var option in root.Options)
        {
            if (option is HelpOption help && help.Action is HelpAction standard)
            {
                help.Action = new ExamplesHelpAction(standard, examples);
            }
        }
    }
}
