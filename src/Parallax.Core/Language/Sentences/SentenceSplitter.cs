using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.InteropServices;
using Parallax.Language.Tokens;
using Parallax.Model;

namespace Parallax.Language.Sentences;

/// <summary>
/// Groups tokens into sentences. A sentence ends after terminal punctuation ('.', '!', '?', '…', "...") plus any
/// closing quotes and brackets attached to it, unless the next word starts in lower case or the punctuation is
/// followed by a comma-like mark; after an abbreviation ("Gen.", "Inc.", "U.S.", "J.") only when a typical sentence
/// starter ("The", "He", "However") follows, and never after a title. A blank line always ends a sentence; a single
/// line break ends one too (headlines, list items) unless the text is hard-wrapped: a line ending without terminal
/// punctuation followed by a lower-case line, or a line ending on a comma or a word like "the", continues the sentence.
/// </summary>
/// <remarks>Stateless and thread-safe. Linear time; never throws except <see cref="OperationCanceledException"/>,
/// observed every 1024 tokens.</remarks>
public static class SentenceSplitter
{
    /// <summary>Tokenizes <paramref name="text"/> and splits it into sentences.</summary>
    /// <exception cref="OperationCanceledException">When <paramref name="cancellationToken"/> is cancelled.</exception>
    public static AnnotationLayer<Sentence> Split(string text, CancellationToken cancellationToken = default) =>
        Split(text, Tokenizer.Tokenize(text, cancellationToken), cancellationToken);

    /// <summary>Splits <paramref name="text"/> into sentences along its <paramref name="tokens"/>.</summary>
    /// <param name="text">The text the tokens point into.</param>
    /// <param name="tokens">The tokens of <paramref name="text"/>, as <see cref="Tokenizer"/> makes them.</param>
    /// <param name="cancellationToken">Observed every 1024 tokens.</param>
    /// <returns>Sentences in text order, each from its first token's start to its last token's end; every token
    /// lies in exactly one sentence.</returns>
    /// <exception cref="ArgumentException">When the tokens reach past the end of <paramref name="text"/>.</exception>
    /// <exception cref="OperationCanceledException">When <paramref name="cancellationToken"/> is cancelled.</exception>
    public static AnnotationLayer<Sentence> Split(string text, AnnotationLayer<Token> tokens, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        var s = text.AsSpan();
        var all = tokens.AsSpan();
        var n = all.Length;
        if (n > 0 && all[n - 1].Span.End > s.Length)
        {
            ThrowForeignTokens();
        }

        var sentences = new List<Sentence>(n / 16 + 4);
        var wrapWidth = WrapWidth(s);
        var first = 0;
        for (var k = 0; k < n; k++)
        {
            if ((k & 1023) == 1023)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            ref readonly var token = ref all[k];
            var ends = false;
            var ending = Ending(s, token, k - 1 == first ? all[k - 1] : null);
            if (ending != EndingKind.None)
            {
                var last = k;
                while (last + 1 < n && IsCloser(s, all[last + 1]) && all[last + 1].Span.Start == all[last].Span.End)
                {
                    last++;
                }

                ends = last + 1 >= n || EndsBefore(s, ending, token, all[last + 1]);
                if (ends || BreaksLine(s, all[last], all[last + 1], ending, wrapWidth))
                {
                    ends = true;
                    k = last;
                }
            }
            else if (k + 1 < n && BreaksLine(s, token, all[k + 1], ending, wrapWidth))
            {
                ends = true;
            }

            if (ends || k == n - 1)
            {
                sentences.Add(new Sentence(new TextSpan(all[first].Span.Start, all[k].Span.End)));
                first = k + 1;
            }
        }

        return AnnotationLayer<Sentence>.FromSorted(ImmutableArray.Create(CollectionsMarshal.AsSpan(sentences)));
    }

    [DoesNotReturn]
    private static void ThrowForeignTokens() =>
        throw new ArgumentException("The tokens reach past the end of the text: they belong to another text.", "tokens");

    private enum EndingKind
    {
        /// <summary>Cannot end a sentence.</summary>
        None,

        /// <summary>Terminal punctuation.</summary>
        Terminal,

        /// <summary>An abbreviation that may end a sentence.</summary>
        Abbreviation,

        /// <summary>A title abbreviation, which never ends a sentence (except at a blank line).</summary>
        Title,
    }

    /// <summary>Whether <paramref name="token"/> may end a sentence; <paramref name="sentenceStart"/> is the token
    /// before it when that one starts the sentence.</summary>
    private static EndingKind Ending(ReadOnlySpan<char> s, in Token token, Token? sentenceStart)
    {
        if (token.Kind is not (TokenKind.Punctuation or TokenKind.Word) || char.IsAsciiLetterOrDigit(s[token.Span.End - 1]))
        {
            return EndingKind.None;
        }

        var span = s[token.Span.Start..token.Span.End];
        switch (token.Kind)
        {
            case TokenKind.Punctuation:
                var c = span[0];
                if (c is '!' or '?' or '…' or '。' or '！' or '？' or '‼' or '⁇' or '⁈' or '⁉')
                {
                    return EndingKind.Terminal;
                }

                if (c == '.')
                {
                    // "1. First item": a list number does not make a sentence of its own.
                    if (span.Length == 1 && sentenceStart is { Kind: TokenKind.Number } number
                        && number.Span.End == token.Span.Start && number.Span.Length <= 3 && IsLineStart(s, number.Span.Start))
                    {
                        return EndingKind.None;
                    }

                    return EndingKind.Terminal;
                }

                return EndingKind.None;
            case TokenKind.Word when span.Length > 1 && span[^1] == '.':
                var word = span[..^1];
                if (word.Length == 1 || word.Contains('.'))
                {
                    return EndingKind.Abbreviation;
                }

                return Abbreviations.Classify(word) switch
                {
                    AbbreviationKind.Title => EndingKind.Title,
                    AbbreviationKind.BeforeNumber => EndingKind.Title,
                    _ => EndingKind.Abbreviation,
                };
            default:
                return EndingKind.None;
        }
    }

    /// <summary>True when the sentence ends after terminal punctuation or an abbreviation, given the next token.</summary>
    private static bool EndsBefore(ReadOnlySpan<char> s, EndingKind ending, Token token, Token next)
    {
        var previous = s[token.Span.Start..token.Span.End];
        var span = s[next.Span.Start..next.Span.End];
        var c = span[0];
        switch (ending)
        {
            case EndingKind.Terminal:
                if (next.Kind == TokenKind.Punctuation && c is ',' or ';' or ':' or '.' or '!' or '?' or ')' or ']')
                {
                    return false;
                }

                return !char.IsLower(c) || next.Kind is TokenKind.Url or TokenKind.Handle || IsCamelCase(span);
            case EndingKind.Abbreviation:
                return char.IsUpper(c) && next.Kind == TokenKind.Word
                    && (Abbreviations.IsSentenceStarter(span) || previous.SequenceEqual("etc.") || previous.SequenceEqual("Etc."));
            default:
                return false;
        }
    }

    /// <summary>
    /// True when the line break(s) between <paramref name="token"/> and <paramref name="next"/> end the sentence:
    /// always for a blank line; for one break unless the text looks hard-wrapped.
    /// </summary>
    private static bool BreaksLine(ReadOnlySpan<char> s, Token token, Token next, EndingKind ending, int wrapWidth)
    {
        if (next.Span.Start - token.Span.End <= 1 && (next.Span.Start == token.Span.End || s[token.Span.End] == ' '))
        {
            return false;
        }

        var gap = s[token.Span.End..next.Span.Start];
        var breaks = 0;
        for (var i = 0; i < gap.Length; i++)
        {
            var c = gap[i];
            if (c == '\n' || c == '\u2028' || c == '\u0085' || (c == '\r' && (i + 1 >= gap.Length || gap[i + 1] != '\n')))
            {
                breaks++;
            }
            else if (c == '\u2029')
            {
                breaks += 2;
            }
        }

        if (breaks == 0)
        {
            return false;
        }

        if (breaks >= 2)
        {
            return true;
        }

        if (wrapWidth > 0)
        {
            // Hard-wrapped text: a full line continues the sentence (terminal punctuation was judged already);
            // a short one ends a paragraph or a headline.
            var lineStart = s[..token.Span.End].LastIndexOfAny('\n', '\r') + 1;
            return (token.Span.End - lineStart) * 10 < wrapWidth * 7;
        }

        if (ending is EndingKind.Terminal or EndingKind.Abbreviation)
        {
            return true;
        }

        if (ending == EndingKind.Title)
        {
            return false;
        }

        var last = s[token.Span.Start..token.Span.End];
        if (token.Kind == TokenKind.Punctuation && last[0] is ',' or ';')
        {
            return false;
        }

        if (token.Kind == TokenKind.Word && Abbreviations.IsLineJoining(last))
        {
            return false;
        }

        var nextFirst = s[next.Span.Start];
        var lastChar = last[^1];
        var unfinished = token.Kind is TokenKind.Word or TokenKind.Number || lastChar is '-' or '–' or '—';
        return !(unfinished && char.IsLower(nextFirst));
    }

    /// <summary>A lower-case start with a capital inside ("wikiHow", "iPhone", "eBay") reads as a capitalized word.</summary>
    private static bool IsCamelCase(ReadOnlySpan<char> word)
    {
        for (var i = 1; i < word.Length; i++)
        {
            if (char.IsUpper(word[i]))
            {
                return true;
            }

            if (!char.IsLetter(word[i]))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// The width a text is hard-wrapped at, or 0 when it is not: at least three lines inside paragraphs (lines
    /// followed by a non-blank line), none longer than 120 characters, and four in five of them at least 70% as long
    /// as the longest. One linear pass.
    /// </summary>
    private static int WrapWidth(ReadOnlySpan<char> s)
    {
        int inner = 0, longest = 0, start = 0;
        var previousLength = -1;
        Span<int> histogram = stackalloc int[121];
        while (start <= s.Length)
        {
            var newline = s[start..].IndexOf('\n');
            var end = newline < 0 ? s.Length : start + newline;
            var line = s[start..end].TrimEnd();
            if (previousLength > 0 && !line.IsWhiteSpace())
            {
                if (previousLength > 120)
                {
                    return 0;
                }

                inner++;
                longest = Math.Max(longest, previousLength);
                histogram[previousLength]++;
            }

            previousLength = line.Length;
            if (newline < 0)
            {
                break;
            }

            start = end + 1;
        }

        if (inner < 3 || longest < 30)
        {
            return 0;
        }

        var full = 0;
        for (var length = longest * 7 / 10; length <= longest; length++)
        {
            full += histogram[length];
        }

        return full * 5 >= inner * 4 ? longest : 0;
    }

    private static bool IsCloser(ReadOnlySpan<char> s, Token token)
    {
        if (token.Kind != TokenKind.Punctuation || token.Span.Length != 1 || token.Span.End > s.Length)
        {
            return false;
        }

        var c = s[token.Span.Start];
        if (c is '"' or '\'' or '”' or '’' or '»' or '›' or ')' or ']' or '}' or '」' or '』' or '）')
        {
            return true;
        }

        // An opening mark typed where a closing one belongs ("decision.“ However"): attached to the punctuation
        // before it and followed by a space, it closes.
        return c is '“' or '‘' or '„' && (token.Span.End == s.Length || char.IsWhiteSpace(s[token.Span.End]));
    }

    private static bool IsLineStart(ReadOnlySpan<char> s, int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            var c = s[i];
            if (c is '\n' or '\r')
            {
                return true;
            }

            if (!char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return true;
    }
}
