using Parallax.Language.Coreference;
using Parallax.Language.Entities;
using Parallax.Language.Sentences;
using Parallax.Language.Tokens;
using Parallax.Model;

namespace Parallax.Language.Quotes;

/// <summary>
/// Finds the quotes of one article and who said them: direct quotes in quotation marks, partial quotes (a few quoted
/// words inside the writer's sentence) and reported speech ("X said that …", "according to X, …"), each with its cue
/// and speaker. The speaker is the article's <see cref="NameChain"/> when the article names one at that place (by name,
/// role phrase, or a pronoun that resolves to one person), else null.
/// </summary>
/// <remarks>
/// Stateless and thread-safe. Works on the token, sentence, entity and name-chain layers; linear in the text apart from
/// short look-arounds. Never throws on odd input; observes cancellation.
/// </remarks>
public static class QuoteFinder
{
    /// <summary>Articles longer than this (in characters) are searched only up to it.</summary>
    public const int MaxTextLength = 4 * 1024 * 1024;

    /// <summary>Finds the quotes of <paramref name="text"/>.</summary>
    /// <param name="text">The article text.</param>
    /// <param name="tokens">Its tokens.</param>
    /// <param name="sentences">Its sentences.</param>
    /// <param name="mentions">Its entity mentions.</param>
    /// <param name="chains">Its name chains (coreference).</param>
    /// <param name="cancellationToken">Observed while scanning.</param>
    /// <exception cref="OperationCanceledException">When <paramref name="cancellationToken"/> is cancelled.</exception>
    public static AnnotationLayer<Quote> Find(
        string text,
        IReadOnlyList<Token> tokens,
        IReadOnlyList<Sentence> sentences,
        IReadOnlyList<EntityMention> mentions,
        IReadOnlyList<NameChain> chains,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentNullException.ThrowIfNull(chains);
        if (text.Length == 0 || tokens.Count == 0)
        {
            return AnnotationLayer<Quote>.Empty;
        }

        var scan = new ArticleScan(text.Length > MaxTextLength ? text[..MaxTextLength] : text, tokens, sentences, mentions, chains, cancellationToken);
        return new AnnotationLayer<Quote>(scan.Run());
    }
}

/// <summary>The working state of one <see cref="QuoteFinder.Find"/> call.</summary>
internal sealed partial class ArticleScan
{
    private const int MaxSourceWords = 9;

    private readonly string _text;
    private readonly Token[] _tokens;
    private readonly List<QuotedSpan> _quotes;
    private readonly List<Frame> _frames;
    private readonly SpeakerResolver _speakers;
    private readonly CancellationToken _cancellationToken;

    public ArticleScan(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<EntityMention> mentions, IReadOnlyList<NameChain> chains, CancellationToken cancellationToken)
    {
        _text = text;
        var list = new List<Token>(tokens.Count);
        foreach (var t in tokens)
        {
            if (t.Span.End <= text.Length)
            {
                list.Add(t);
            }
        }

        _tokens = [.. list];
        _cancellationToken = cancellationToken;
        var all = QuotationMarks.Find(text, cancellationToken);
        _quotes = all.FindAll(static q => q.Depth == 0);
        _frames = BuildFrames(sentences);
        _speakers = new SpeakerResolver(text, mentions, chains);
    }

    /// <summary>A stretch of sentences that no top-level quote crosses, as token indexes [First, End).</summary>
    private readonly record struct Frame(int First, int End, TextSpan Span);

    public List<Quote> Run()
    {
        var result = new List<Quote>();
        Attribution? previous = null;
        var previousFrameEnd = -1;
        for (var f = 0; f < _frames.Count; f++)
        {
            if ((f & 63) == 0)
            {
                _cancellationToken.ThrowIfCancellationRequested();
            }

            var frame = _frames[f];
            var sameParagraph = previousFrameEnd >= 0 && !HasParagraphBreak(previousFrameEnd, frame.Span.Start);
            var nextParagraph = previousFrameEnd >= 0 && !sameParagraph && IsSingleParagraphBreak(previousFrameEnd, frame.Span.Start);
            var context = previous is not null && (sameParagraph || nextParagraph) ? previous : null;
            var last = ProcessFrame(frame, context, sameParagraph, result);
            if (last is not null)
            {
                previous = last;
            }
            else if (!sameParagraph)
            {
                previous = null;
            }

            previousFrameEnd = frame.Span.End;
        }

        return result;
    }

    private List<Frame> BuildFrames(IReadOnlyList<Sentence> sentences)
    {
        var spans = new List<TextSpan>();
        foreach (var s in sentences)
        {
            if (s.Span.End <= _text.Length && !s.Span.IsEmpty)
            {
                spans.Add(s.Span);
            }
        }

        if (spans.Count == 0)
        {
            spans.Add(new TextSpan(0, _text.Length));
        }

        // Merge sentences that a top-level quote crosses, and a sentence that starts in lower case ("he said.") into the one before.
        var merged = new List<TextSpan>();
        var q = 0;
        foreach (var span in spans)
        {
            if (merged.Count > 0)
            {
                var prev = merged[^1];
                while (q < _quotes.Count && _quotes[q].Close < prev.End)
                {
                    q++;
                }

                var crossed = false;
                for (var k = q; k < _quotes.Count && _quotes[k].Open < prev.End; k++)
                {
                    if (_quotes[k].Close >= prev.End)
                    {
                        crossed = true;
                        break;
                    }
                }

                var lowerStart = StartsLowerCase(span.Start) && !HasParagraphBreak(prev.End, span.Start);
                var tag = EndsWithQuote(prev) && !HasParagraphBreak(prev.End, span.Start) && IsShortAttribution(span);
                if ((crossed || lowerStart || tag) && span.End - prev.Start < QuotationMarks.MaxQuoteLength)
                {
                    merged[^1] = new TextSpan(prev.Start, Math.Max(prev.End, span.End));
                    continue;
                }
            }

            merged.Add(span);
        }

        var frames = new List<Frame>(merged.Count);
        var t = 0;
        foreach (var span in merged)
        {
            while (t < _tokens.Length && _tokens[t].Span.End <= span.Start)
            {
                t++;
            }

            var first = t;
            while (t < _tokens.Length && _tokens[t].Span.Start < span.End)
            {
                t++;
            }

            if (t > first)
            {
                frames.Add(new Frame(first, t, span));
            }
        }

        return frames;
    }

    private bool EndsWithQuote(TextSpan span)
    {
        var end = span.End - 1;
        return end > span.Start && _text[end] is '\u201d' or '"' && _text[end - 1] is '?' or '!' or ',' or '.';
    }

    /// <summary>"Trump told Fox News." after a quote ending in "?" or "!": a short sentence with a cue word.</summary>
    private bool IsShortAttribution(TextSpan span)
    {
        if (span.Length > 90)
        {
            return false;
        }

        var i = span.Start;
        while (i < span.End)
        {
            while (i < span.End && !char.IsLetter(_text[i]))
            {
                i++;
            }

            var start = i;
            while (i < span.End && char.IsLetter(_text[i]))
            {
                i++;
            }

            if (i > start && SpeechCues.TryGetVerb(_text.AsSpan(start, i - start), out var kind) && kind != CueKind.VerbNeedsComplement && char.IsLower(_text[start]))
            {
                return true;
            }
        }

        return false;
    }

    private bool StartsLowerCase(int start)
    {
        for (var i = start; i < _text.Length && i < start + 4; i++)
        {
            if (char.IsLetter(_text[i]))
            {
                return char.IsLower(_text[i]);
            }

            if (!char.IsWhiteSpace(_text[i]))
            {
                return false;
            }
        }

        return false;
    }

    private bool HasParagraphBreak(int from, int to)
    {
        for (var i = Math.Max(0, from); i < to && i < _text.Length; i++)
        {
            if (_text[i] == '\n')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when only one paragraph break (no headline-like gap of text) separates the two offsets.</summary>
    private bool IsSingleParagraphBreak(int from, int to)
    {
        for (var i = Math.Max(0, from); i < to && i < _text.Length; i++)
        {
            if (!char.IsWhiteSpace(_text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private ReadOnlySpan<char> Word(int token) => _text.AsSpan(_tokens[token].Span.Start, _tokens[token].Span.Length);

    private bool IsWord(int token) => _tokens[token].Kind is TokenKind.Word or TokenKind.Number or TokenKind.Handle;

    private bool Is(int token, string word) => Word(token).Equals(word, StringComparison.OrdinalIgnoreCase);

    private bool IsCapitalized(int token)
    {
        var w = Word(token);
        return w.Length > 0 && char.IsUpper(w[0]);
    }

    private bool IsComma(int token) => _tokens[token].Span.Length == 1 && _text[_tokens[token].Span.Start] == ',';

    private bool IsChar(int token, char c) => _tokens[token].Span.Length == 1 && _text[_tokens[token].Span.Start] == c;

    private bool IsDash(int token) => _tokens[token].Span.Length <= 2 && _text[_tokens[token].Span.Start] is '\u2014' or '\u2013' or '-';

    private bool IsMarkToken(int token) => _tokens[token].Span.Length == 1 && QuotationMarks.IsMark(_text[_tokens[token].Span.Start]);

    private bool IsPossessive(int token) => Word(token) is "'s" or "\u2019s" or "'" or "\u2019";
}
