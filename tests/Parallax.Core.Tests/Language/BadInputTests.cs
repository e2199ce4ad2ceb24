using System.Diagnostics;
using System.Globalization;
using System.Text;
using Parallax.Language.Sentences;
using Parallax.Language.Tokens;
using Parallax.Model;

namespace Parallax.Core.Tests.Language;

/// <summary>Hostile and unusual input: no exceptions, bounded time, and layers that always satisfy their invariants.</summary>
public class BadInputTests
{
    private static readonly string[] Pieces =
    [
        "a", "Word", "U", "S", ".", ".", ",", "'", "’", "-", "—", "@", "#", "/", ":", "1", "2025", "$", "%",
        " ", " ", " ", "\n", "\r\n", "\t", "\"", "“", "”", "(", ")", "http://", "www.", "x@y.com", "n't", "'s",
        "\u200D", "\uFE0F", "👍", "🏽", "🇺", "\uD83D", "\uDE00", "\u0000", "\u0007", "\u007F", "\u0085", "\uFEFF",
        "普", "Лавров", "…", "...", "?", "!", "Inc.", "Gen.", "e.g.", "a.m.", "ﬁ", "\u0301", "\u00AD", "_", "+",
    ];

    [Fact]
    public void Random_hostile_text_keeps_every_invariant()
    {
        var random = new Random(20250815);
        for (var round = 0; round < 300; round++)
        {
            var builder = new StringBuilder();
            var pieces = random.Next(1, 400);
            for (var i = 0; i < pieces; i++)
            {
                builder.Append(Pieces[random.Next(Pieces.Length)]);
            }

            AssertInvariants(builder.ToString());
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n\t ")]
    [InlineData(".")]
    [InlineData("\uD83D")]
    [InlineData("\uDE00abc")]
    [InlineData("abc\uD83D")]
    [InlineData("\u0000\u0001\u0002 text \u001B[31m red \u001B[0m")]
    [InlineData("ПУТИН И ТРАМП. 普京和特朗普在阿拉斯加会面。 Mixed скрипты and 漢字 together.")]
    [InlineData("BREAKING: U.S. AND RUSSIA AGREE. TALKS IN ANCHORAGE ON AUG. 15 AT 11 A.M.")]
    [InlineData("'''''\"\"\"''' ’’’ ‘‘ n't n't 's")]
    [InlineData("@@@@ #### @_ #_ @ # http:// https:// www. x@ @x .com a@b.c")]
    [InlineData("👨‍👩‍👧‍👦🏿\u200D\u200D👍🏽🏽🏽🇺🇸🇺\uFE0F\uFE0F\u20E3 1️⃣")]
    public void Odd_inputs_keep_every_invariant(string text) => AssertInvariants(text);

    [Fact]
    public void CJK_and_Cyrillic_are_tokenized_sensibly()
    {
        const string text = "Сергей Лавров встретился с 王毅。";
        var tokens = Tokenizer.Tokenize(text).Select(t => t.Span.Of(text)).ToList();
        Assert.Equal(["Сергей", "Лавров", "встретился", "с", "王", "毅", "。"], tokens);
    }

    [Fact]
    public void Text_without_spaces_is_one_token_and_one_sentence()
    {
        var text = new string('a', 1_000_000);
        var stopwatch = Stopwatch.StartNew();
        var tokens = Tokenizer.Tokenize(text);
        var sentences = SentenceSplitter.Split(text, tokens);
        stopwatch.Stop();
        Assert.Single(tokens);
        Assert.Single(sentences);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(120), $"took {stopwatch.Elapsed}");
    }

    [Theory]
    [InlineData("a.")]
    [InlineData("ab.")]
    [InlineData("a.b")]
    [InlineData("1,")]
    [InlineData("1.")]
    [InlineData("a-")]
    [InlineData("x'")]
    [InlineData("a_")]
    [InlineData("ab.abc.")]
    [InlineData("a@")]
    [InlineData("@a")]
    [InlineData("-")]
    [InlineData("'s")]
    [InlineData("👍\u200D")]
    [InlineData("http://a")]
    [InlineData("no.")]
    [InlineData("Gen. ")]
    [InlineData("\n")]
    public void Pathological_repetitions_finish_in_linear_time(string unit)
    {
        var text = new StringBuilder(1_000_000 + unit.Length).Insert(0, unit, 1_000_000 / unit.Length).ToString();
        var stopwatch = Stopwatch.StartNew();
        var tokens = Tokenizer.Tokenize(text);
        var sentences = SentenceSplitter.Split(text, tokens);
        stopwatch.Stop();
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(120), $"{unit}: took {stopwatch.Elapsed}");
        AssertTokenInvariants(text, tokens);
        AssertSentenceInvariants(text, tokens, sentences);
    }

    [Fact]
    public void Five_megabyte_single_line_finishes_fast()
    {
        const string unit = "Russian Foreign Minister Sergey Lavrov said on Aug. 15 that the U.S. delegation had arrived, “so we talk.” ";
        var text = new StringBuilder(5_000_000 + unit.Length).Insert(0, unit, 5_000_000 / unit.Length).ToString();
        var stopwatch = Stopwatch.StartNew();
        var tokens = Tokenizer.Tokenize(text);
        var sentences = SentenceSplitter.Split(text, tokens);
        stopwatch.Stop();
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(120), $"took {stopwatch.Elapsed}");
        Assert.Equal(5_000_000 / unit.Length, sentences.Count);
        AssertTokenInvariants(text, tokens);
    }

    [Fact]
    public void Cancellation_is_observed()
    {
        var text = new StringBuilder().Insert(0, "word. ", 100_000).ToString();
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => Tokenizer.Tokenize(text, cancelled.Token));
        var tokens = Tokenizer.Tokenize(text);
        Assert.ThrowsAny<OperationCanceledException>(() => SentenceSplitter.Split(text, tokens, cancelled.Token));
    }

    [Fact]
    public void Tokenizing_a_range_offsets_the_spans()
    {
        const string text = "xx Trump's aide yy";
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text.AsSpan(3, 12), 3, tokens);
        Assert.Equal(["Trump", "'s", "aide"], tokens.Select(t => t.Span.Of(text)));
    }

    [Fact]
    public void Token_kinds()
    {
        const string text = "Lavrov paid $5 at https://x.org for 👍 @user; ok";
        var kinds = Tokenizer.Tokenize(text).Select(t => t.Kind).ToList();
        Assert.Equal(
            [TokenKind.Word, TokenKind.Word, TokenKind.Symbol, TokenKind.Number, TokenKind.Word, TokenKind.Url, TokenKind.Word,
             TokenKind.Emoji, TokenKind.Handle, TokenKind.Punctuation, TokenKind.Word],
            kinds);
    }

    [Fact]
    public void Windows_line_endings_end_headlines()
    {
        const string text = "Alaska summit\r\nThe leaders met.\r\n\r\nTalks went on.";
        var sentences = SentenceSplitter.Split(text).Select(s => s.Span.Of(text));
        Assert.Equal(["Alaska summit", "The leaders met.", "Talks went on."], sentences);
    }

    private static string Escape(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text)
        {
            builder.Append(c is < ' ' or > '~' ? $"\\u{(int)c:X4}" : c.ToString());
        }

        return builder.ToString();
    }

    private static void AssertInvariants(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        AssertTokenInvariants(text, tokens);
        AssertSentenceInvariants(text, tokens, SentenceSplitter.Split(text, tokens));
    }

    private static void AssertTokenInvariants(string text, AnnotationLayer<Token> tokens)
    {
        var covered = new int[text.Length];
        var previousEnd = 0;
        foreach (var token in tokens)
        {
            Assert.True(token.Span.Start >= previousEnd, $"overlap or disorder at {token.Span}");
            Assert.True(token.Span.End <= text.Length && token.Span.Length > 0, $"bad span {token.Span}");
            Assert.False(
                token.Span.Start > 0 && char.IsHighSurrogate(text[token.Span.Start - 1]) && char.IsLowSurrogate(text[token.Span.Start]),
                $"token {token.Span} starts inside a surrogate pair");
            for (var i = token.Span.Start; i < token.Span.End; i++)
            {
                covered[i]++;
            }

            previousEnd = token.Span.End;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var skippable = char.IsWhiteSpace(c) || char.IsControl(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format;
            Assert.True(covered[i] == 1 || (skippable && covered[i] == 0), $"char {i} U+{(int)c:X4} covered {covered[i]} times");
        }
    }

    private static void AssertSentenceInvariants(string text, AnnotationLayer<Token> tokens, AnnotationLayer<Sentence> sentences)
    {
        var k = 0;
        foreach (var sentence in sentences)
        {
            Assert.True(k < tokens.Count, "sentence without tokens");
            Assert.Equal(tokens[k].Span.Start, sentence.Span.Start);
            while (k < tokens.Count && tokens[k].Span.End <= sentence.Span.End)
            {
                k++;
            }

            Assert.Equal(tokens[k - 1].Span.End, sentence.Span.End);
            Assert.False(
                char.IsWhiteSpace(text[sentence.Span.Start]) || char.IsWhiteSpace(text[sentence.Span.End - 1]),
                $"untrimmed sentence {sentence.Span}: [{Escape(sentence.Span.Of(text))}] tokens [{string.Join("|", tokens.Overlapping(sentence.Span).Select(t => Escape(t.Span.Of(text))))}]");
        }

        Assert.Equal(tokens.Count, k);
    }
}
