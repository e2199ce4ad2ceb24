using Parallax.Language.Quotes;
using Parallax.Model;
using Parallax.Pipeline;

namespace Parallax.Core.Tests.Language.Quotes;

/// <summary>Runs the literate cases in Specs/quotes.md through the full pipeline (tokens … coreference, quotes).</summary>
public class QuoteSpecTests
{
    private static readonly Parallax.Pipeline.Pipeline QuotePipeline = new PipelineBuilder().UseQuotes().Build();

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var c in ReadWithContinuations())
        {
            data.Add(c.Title);
        }

        return data;
    }

    private static string SpecPath => Path.Combine(AppContext.BaseDirectory, "Language", "Quotes", "Specs", "quotes.md");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Spec(string title)
    {
        var spec = ReadWithContinuations().Single(c => c.Title == title);
        var text = spec.Text;
        var quotes = QuotePipeline.Analyze(new Article("spec", text)).GetLayer<Quote>();
        var found = quotes.Select(q => Describe(q, text)).ToList();
        foreach (var expectation in spec.Expectations)
        {
            if (expectation.StartsWith("none: ", StringComparison.Ordinal))
            {
                var words = expectation["none: ".Length..];
                Assert.DoesNotContain(quotes, q => q.Span.Of(text) == words);
                continue;
            }

            var parts = expectation.Split(" | ");
            var head = parts[0];
            var match = found.FirstOrDefault(f => f.Head == head);
            Assert.True(match is not null, $"no quote '{head}'; found:\n{string.Join("\n", found.Select(f => f.ToString()))}");
            foreach (var part in parts.Skip(1))
            {
                var colon = part.IndexOf(": ", StringComparison.Ordinal);
                var (key, value) = (part[..colon], part[(colon + 2)..]);
                var actual = key switch
                {
                    "cue" => match.Cue,
                    "source" => match.Source,
                    "speaker" => match.Speaker ?? "none",
                    "extent" => match.Extent ?? "none",
                    _ => throw new InvalidOperationException($"unknown key '{key}' in {spec.Title}"),
                };
                Assert.True(value == actual, $"{key}: expected '{value}', got '{actual}' for '{head}'");
            }
        }
    }

    private static Found Describe(Quote q, string text) =>
        new($"{q.Kind.ToString().ToLowerInvariant()}: {q.Span.Of(text)}", q.Cue?.Of(text), q.SpeakerMention?.Of(text), q.Speaker?.CanonicalName, q.Extent?.Of(text));

    /// <summary>
    /// Reads the spec file in the "## title / &gt; paragraph / - expectation" format; a line indented by two spaces
    /// continues the expectation above it (joined with a line break, for quotes over several paragraphs).
    /// </summary>
    private static List<QuoteSpec> ReadWithContinuations()
    {
        var cases = new List<QuoteSpec>();
        string? title = null;
        var text = new List<string>();
        var expectations = new List<string>();
        foreach (var line in File.ReadLines(SpecPath).Append("## end"))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                if (title is not null)
                {
                    cases.Add(new QuoteSpec(title, string.Join("\n", text), [.. expectations]));
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
            else if (line.StartsWith("  ", StringComparison.Ordinal) && expectations.Count > 0)
            {
                expectations[^1] += "\n" + line[2..];
            }
        }

        return cases;
    }

    private sealed record Found(string Head, string? Cue, string? Source, string? Speaker, string? Extent)
    {
        public override string ToString() => $"{Head} | cue: {Cue} | source: {Source} | speaker: {Speaker ?? "none"} | extent: {Extent ?? "none"}";
    }
}

/// <summary>One case of Specs/quotes.md.</summary>
internal sealed record QuoteSpec(string Title, string Text, IReadOnlyList<string> Expectations);
