using Parallax.Language.Sentences;
using Parallax.Language.Tokens;

namespace Parallax.Core.Tests.Language;

public class SpecTests
{
    public static TheoryData<string> TokenCases => SpecFile.Names("tokens.md");

    public static TheoryData<string> SentenceCases => SpecFile.Names("sentences.md");

    [Theory]
    [MemberData(nameof(TokenCases))]
    public void Tokens(string name)
    {
        var spec = SpecFile.Find("tokens.md", name);
        var tokens = Tokenizer.Tokenize(spec.Input);
        var actual = string.Join(" | ", tokens.Select(t => t.Span.Of(spec.Input)));
        Assert.Equal(string.Join(" | ", spec.Expected), actual);
    }

    [Theory]
    [MemberData(nameof(SentenceCases))]
    public void Sentences(string name)
    {
        var spec = SpecFile.Find("sentences.md", name);
        var sentences = SentenceSplitter.Split(spec.Input, Tokenizer.Tokenize(spec.Input));
        var actual = sentences.Select(s => s.Span.Of(spec.Input).Replace("\n", "⏎", StringComparison.Ordinal)).ToList();
        Assert.Equal(string.Join('\n', spec.Expected), string.Join('\n', actual));
    }

    [Fact]
    public void Spec_files_have_enough_cases()
    {
        Assert.True(SpecFile.Load("tokens.md").Count >= 40);
        Assert.True(SpecFile.Load("sentences.md").Count >= 40);
    }
}
