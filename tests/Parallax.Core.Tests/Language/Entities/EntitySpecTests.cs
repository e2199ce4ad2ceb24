using Parallax.Language.Entities;

namespace Parallax.Core.Tests.Language.Entities;

/// <summary>Runs the literate cases in Specs/entities.md.</summary>
public class EntitySpecTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var c in SpecFile.Read(SpecPath))
        {
            data.Add(c.Title);
        }

        return data;
    }

    private static string SpecPath => Path.Combine(AppContext.BaseDirectory, "Language", "Entities", "Specs", "entities.md");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Spec(string title)
    {
        var spec = SpecFile.Read(SpecPath).Single(c => c.Title == title);
        var mentions = EntityRecognizer.Default.Recognize(spec.Text);
        var found = mentions.Select(m => $"{m.Type}: {m.Span.Of(spec.Text)}" + (m.Role is { } r ? $" | role: {r.Of(spec.Text)}" : "")).ToList();
        foreach (var expectation in spec.Expectations)
        {
            if (expectation.StartsWith("none: ", StringComparison.Ordinal))
            {
                var text = expectation["none: ".Length..];
                Assert.DoesNotContain(mentions, m => m.Span.Of(spec.Text) == text);
            }
            else if (expectation.Contains(" | role: ", StringComparison.Ordinal))
            {
                Assert.Contains(expectation, found);
            }
            else
            {
                Assert.Contains(found, f => f == expectation || f.StartsWith(expectation + " | role: ", StringComparison.Ordinal));
            }
        }
    }
}

/// <summary>One case of a spec file: a title, a snippet and its expectations.</summary>
internal sealed record SpecCase(string Title, string Text, IReadOnlyList<string> Expectations);

/// <summary>Reads the "## title / &gt; text / - expectation" markdown spec format.</summary>
internal static class SpecFile
{
    public static List<SpecCase> Read(string path)
    {
        var cases = new List<SpecCase>();
        string? title = null;
        var text = new List<string>();
        var expectations = new List<string>();
        foreach (var line in File.ReadLines(path).Append("## end"))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                if (title is not null)
                {
                    cases.Add(new SpecCase(title, string.Join("\n", text), [.. expectations]));
                }

                title = line[3..].Trim();
                text.Clear();
                expectations.Clear();
            }
            else if (line.StartsWith("> ", StringComparison.Ordinal))
            {
                text.Add(line[2..]);
            }
            else if (line.StartsWith("- ", StringComparison.Ordinal))
            {
                expectations.Add(line[2..].Trim());
            }
        }

        return cases;
    }
}
