namespace Parallax.Readers.Tests.Text;

/// <summary>One case of Specs/plain-text.md: an input and the expectations written under it.</summary>
internal sealed record PlainTextSpec(string Name, string Input, IReadOnlyDictionary<string, string> Fields,
    IReadOnlyList<(string Reason, string Text)>? Removed, string? Text)
{
    public const string File = "plain-text.md";

    public static IReadOnlyList<PlainTextSpec> Load()
    {
        var lines = System.IO.File.ReadAllLines(RepoPaths.Combine("tests", "Parallax.Readers.Tests", "Text", "Specs", File));
        var specs = new List<PlainTextSpec>();
        string? name = null;
        string? input = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                name = line[3..].Trim();
                input = null;
            }
            else if (line.StartsWith("~~~ input", StringComparison.Ordinal))
            {
                input = string.Join('\n', Block(lines, ref i));
            }
            else if (line.StartsWith("~~~ expected", StringComparison.Ordinal))
            {
                if (name is null || input is null)
                {
                    throw new InvalidDataException($"{File}:{i + 1}: expected block without a heading and an input");
                }

                specs.Add(Parse(name, input, Block(lines, ref i)));
            }
        }

        return specs;
    }

    public override string ToString() => Name;

    private static List<string> Block(string[] lines, ref int i)
    {
        var block = new List<string>();
        for (i++; i < lines.Length && lines[i] != "~~~"; i++)
        {
            block.Add(lines[i]);
        }

        return block;
    }

    private static PlainTextSpec Parse(string name, string input, List<string> expected)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        List<(string, string)>? removed = null;
        string? text = null;
        for (var i = 0; i < expected.Count; i++)
        {
            var line = expected[i];
            if (line == "text:")
            {
                text = string.Join('\n', expected.Skip(i + 1));
                break;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var key = line[..colon];
            var value = line[(colon + 1)..].Trim();
            if (key == "removed")
            {
                removed ??= [];
                if (value != "none")
                {
                    var bar = value.IndexOf(" | ", StringComparison.Ordinal);
                    removed.Add((value[..bar], value[(bar + 3)..]));
                }
            }
            else
            {
                fields[key] = value;
            }
        }

        return new PlainTextSpec(name, input, fields, removed ?? [], text);
    }
}
