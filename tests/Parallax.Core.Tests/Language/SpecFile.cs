namespace Parallax.Core.Tests.Language;

/// <summary>One literate spec case: a heading, the input text and the expected lines.</summary>
public sealed record SpecCase(string File, string Name, int Line, string Input, IReadOnlyList<string> Expected)
{
    public override string ToString() => $"{File}:{Line} {Name}";
}

/// <summary>
/// Reads <c>Specs/*.md</c>: each case is a <c>## heading</c>, a fenced <c>text</c> block holding the input (its lines
/// joined with '\n'), then a fenced block of expected lines.
/// </summary>
public static class SpecFile
{
    public static IReadOnlyList<SpecCase> Load(string fileName)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Language", "Specs", fileName);
        var lines = File.ReadAllLines(path);
        var cases = new List<SpecCase>();
        var heading = "";
        string? input = null;
        var inputLine = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                heading = line[3..].Trim();
                input = null;
                continue;
            }

            if (!line.StartsWith("```", StringComparison.Ordinal) || line.Length == 3)
            {
                continue;
            }

            var block = new List<string>();
            var start = i + 1;
            for (i++; i < lines.Length && lines[i] != "```"; i++)
            {
                block.Add(lines[i]);
            }

            if (line == "```text")
            {
                input = string.Join('\n', block);
                inputLine = start;
            }
            else if (input is not null)
            {
                cases.Add(new SpecCase(fileName, heading, inputLine, input, block));
                input = null;
            }
        }

        return cases;
    }

    public static TheoryData<string> Names(string fileName)
    {
        var data = new TheoryData<string>();
        foreach (var spec in Load(fileName))
        {
            data.Add(spec.ToString());
        }

        return data;
    }

    public static SpecCase Find(string fileName, string name)
    {
        foreach (var spec in Load(fileName))
        {
            if (spec.ToString() == name)
            {
                return spec;
            }
        }

        throw new InvalidOperationException($"No spec case {name}.");
    }
}
