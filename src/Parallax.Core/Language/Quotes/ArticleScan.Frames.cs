using System.Collections.Immutable;
using Parallax.Language.Coreference;
using Parallax.Model;

namespace Parallax.Language.Quotes;

/// <summary>One attribution found in a frame: a cue, its source and what was said.</summary>
internal sealed class Attribution
{
    public required TextSpan Cue { get; set; }

    public TextSpan? Source { get; init; }

    public NameChain? Speaker { get; init; }

    public ImmutableArray<NameChain> CoSpeakers { get; init; } = [];

    public List<TextSpan> Contents { get; } = [];

    /// <summary>The cue ends its frame with a colon: what follows (the next line) is the content.</summary>
    public bool AwaitsContent { get; init; }

    public bool HasDirect { get; set; }

    /// <summary>The cue is a verb of belief or intent ("feels", "hopes", "plans"), weaker evidence of speech than "said".</summary>
    public bool Weak { get; set; }
}

/// <summary>Per-frame attribution: cues, sources, contents, then quotes.</summary>
internal sealed partial class ArticleScan
{
    private static readonly string[] Participles = ["adding", "saying", "noting", "telling", "arguing", "explaining", "calling", "insisting", "warning", "stressing", "asking", "claiming", "suggesting", "describing", "acknowledging", "writing", "referring", "citing", "urging", "accusing", "declaring", "predicting", "recalling", "replying", "responding", "admitting", "denying", "promising", "vowing"];

    private bool[] _inQuote = [];
    private int _frameFirst;

    private readonly record struct CueHit(int First, int End, CueKind Kind, bool Colon);

    private Attribution? ProcessFrame(Frame frame, Attribution? context, bool sameParagraph, List<Quote> result)
    {
        _frameFirst = frame.First;
        var quotes = QuotesIn(frame.Span);
        _inQuote = new bool[frame.End - frame.First];
        foreach (var q in quotes)
        {
            for (var t = frame.First; t < frame.End; t++)
            {
                if (q.Outer.Contains(_tokens[t].Span))
                {
                    _inQuote[t - frame.First] = true;
                }
            }
        }

        var used = new bool[quotes.Count];
        if (context is { AwaitsContent: true })
        {
            // "… confirmed on the social platform X:" and the statement on its own line.
            var content = Trim(frame.Span);
            var continued = new Attribution { Cue = context.Cue, Source = context.Source, Speaker = context.Speaker, CoSpeakers = context.CoSpeakers };
            if (!content.IsEmpty)
            {
                continued.Contents.Add(content);
                Emit(continued, quotes, used, result, directWhenUnmarked: true);
                return continued;
            }
        }

        var attributions = new List<Attribution>();
        foreach (var hit in FindCues(frame))
        {
            var attribution = Attribute(frame, hit, attributions.Count > 0 ? attributions[^1] : (frame.First == hit.First - 1 || hit.First == frame.First ? context : null));
            if (attribution is not null)
            {
                attribution.Weak = hit.Kind == CueKind.VerbNeedsComplement;
                attributions.Add(attribution);
            }
        }

        foreach (var a in attributions)
        {
            JoinCuePreposition(a);
        }

        DropNestedWeakAttributions(attributions);
        TruncateAtLaterAttributions(attributions);
        for (var k = attributions.Count - 1; k >= 0; k--)
        {
            // The nearest cue claims a quote: emit later (inner) attributions first.
            Emit(attributions[k], quotes, used, result, directWhenUnmarked: false);
        }

        Attribution? continuation = null;
        for (var i = 0; i < quotes.Count; i++)
        {
            if (used[i])
            {
                continue;
            }

            var q = quotes[i];
            var colon = ColonBefore(frame, q);
            if (colon >= 0 && Subject(frame, colon) is { } subject)
            {
                // "X released the following statement: “…”"
                var a = MakeAttribution(TokenSpan(colon), subject, awaits: false);
                a.Contents.Add(q.Outer);
                Emit(a, quotes, used, result, directWhenUnmarked: false);
                attributions.Add(a);
                continue;
            }

            if (VerbNextToQuote(frame, q) is { } tagged)
            {
                // "Trump barked, “Go back to Univision.”" / "“Go back,” he barked." — a verb outside the cue lists.
                tagged.Contents.Add(q.Outer);
                Emit(tagged, quotes, used, result, directWhenUnmarked: false);
                attributions.Add(tagged);
                continue;
            }

            if (IsWholeFrame(frame.Span, q) || (context is { Source: not null } && sameParagraph && IsConjunctionThenQuote(frame, q)))
            {
                // A quote standing alone continues the speaker of the sentence before ("“A,” he said. “B.”") or the paragraph before.
                if (context is { Source: not null } && (sameParagraph || context.HasDirect))
                {
                    result.Add(new Quote(q.Inner, QuoteKind.Direct, context.Cue, context.Source, context.Speaker) { CoSpeakers = context.CoSpeakers });
                    continuation = context;
                }
                else if (!IsTitle(q))
                {
                    result.Add(new Quote(q.Inner, QuoteKind.Direct));
                }
            }
            else if (attributions.Count == 0 && context is { Source: not null } && sameParagraph && i == 0 && q.Depth == 0
                && LetterRuns(frame.Span.Start, Math.Max(frame.Span.Start, q.Open)) == 0 && !IsTitle(q) && WordCount(q.Inner) >= 4)
            {
                // "“A,” Lee said. “B” and more words.": a sentence that opens with the quote goes on with the speaker before.
                var extent = Trim(new TextSpan(q.Open, frame.Span.End));
                result.Add(new Quote(q.Inner, QuoteKind.Partial, context.Cue, context.Source, context.Speaker) { CoSpeakers = context.CoSpeakers, Extent = extent });
                used[i] = true;
                continuation = context;
            }
            else if (!IsTitle(q) && VerbBeforePartial(frame, q) is { } framed)
            {
                // "Rubio also bemoaned the climate in which people “literally hate each other” because …"
                Emit(framed, quotes, used, result, directWhenUnmarked: false);
                attributions.Add(framed);
            }
            else if (LooksLikeUtterance(q))
            {
                result.Add(new Quote(q.Inner, QuoteKind.Direct));
            }
            else if (!IsTitle(q) && !IsScareQuote(q, frame))
            {
                result.Add(new Quote(q.Inner, QuoteKind.Partial));
            }
        }

        // "… confirming the results of the talks:" and the statement on the next line.
        var lastToken = frame.End - 1;
        if (IsChar(lastToken, ':') && !InQuote(lastToken))
        {
            for (var k = attributions.Count - 1; k >= 0; k--)
            {
                var a = attributions[k];
                if (a.Source is not null)
                {
                    return a.AwaitsContent ? a : new Attribution { Cue = a.Cue, Source = a.Source, Speaker = a.Speaker, CoSpeakers = a.CoSpeakers, AwaitsContent = true };
                }
            }

            if (Subject(frame, lastToken) is { } speaker)
            {
                return MakeAttribution(TokenSpan(lastToken), speaker, awaits: true); // "… released the following statement:"
            }
        }

        for (var k = attributions.Count - 1; k >= 0; k--)
        {
            if (attributions[k].Source is not null)
            {
                return QuotedEarlier(attributions, k) ?? attributions[k];
            }
        }

        return continuation;
    }

    /// <summary>
    /// "“A,” Lee said, recalling that … / “B.”": when the frame's last attribution only reports and an earlier one of the
    /// same speaker quoted, a quote standing alone next continues the quote, so that earlier attribution; null otherwise.
    /// </summary>
    private Attribution? QuotedEarlier(List<Attribution> attributions, int last)
    {
        var later = attributions[last];
        if (later.HasDirect)
        {
            return null;
        }

        for (var k = last - 1; k >= 0; k--)
        {
            var a = attributions[k];
            if (a.HasDirect && a.Source is { } source)
            {
                var same = (a.Speaker is not null && ReferenceEquals(a.Speaker, later.Speaker))
                    || _text.AsSpan(source.Start, source.Length).Equals(_text.AsSpan(later.Source!.Value.Start, later.Source.Value.Length), StringComparison.Ordinal);
                return same || InQuoteTag(a, later) ? a : null;
            }
        }

        return null;
    }

    /// <summary>
    /// "“A,” said X, a Democrat who declined to run. “B.”": the later attribution stands in the tag after the earlier one's
    /// quote (its content all before its cue), in the same sentence.
    /// </summary>
    private bool InQuoteTag(Attribution quoted, Attribution later)
    {
        if (later.Cue.Start < quoted.Cue.End || !quoted.Contents.TrueForAll(c => c.End <= quoted.Cue.Start))
        {
            return false;
        }

        for (var i = quoted.Cue.End; i < later.Cue.Start; i++)
        {
            if (_text[i] is '!' or '?' or ';' or '\n' || (_text[i] == '.' && !InQuote(TokenAt(i)) && !IsAbbreviationDot(i)))
            {
                return false;
            }
        }

        return true;
    }

    private TextSpan TokenSpan(int token) => _tokens[token].Span;

    /// <summary>"Issa: …" opening the article's first line: one to three capitalised words before a colon.</summary>
    private bool IsHeadlineName(Frame frame, int colon)
    {
        if (frame.First != 0 || colon - frame.First > 3)
        {
            return false;
        }

        for (var t = frame.First; t < colon; t++)
        {
            if (!IsWord(t) || !IsCapitalized(t) || SpeechCues.PhraseBreakers.Contains(Word(t).ToString()))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A speaker and a verb right next to a quote that no cue claimed: "X verbed (,|:) “…”" before it, or
    /// "“…,” he verbed." / "“…,” X verbed." closing the sentence after it. Null when the words around do not fit.
    /// </summary>
    private Attribution? VerbNextToQuote(Frame frame, QuotedSpan q)
    {
        int open = -1, close = -1;
        for (var t = frame.First; t < frame.End; t++)
        {
            if (_tokens[t].Span.Start == q.Open)
            {
                open = t;
            }

            if (_tokens[t].Span.Start == q.Close)
            {
                close = t;
            }
        }

        if (open < 0 || close < 0)
        {
            return null;
        }

        var before = open - 1;
        if (before >= frame.First && (IsComma(before) || IsChar(before, ':')))
        {
            before--;
        }

        if (before > frame.First && IsVerbLike(before) && LeftSource(frame, before) is { } source)
        {
            return MakeAttribution(TokenSpan(before), source, awaits: false);
        }

        var after = close + 1;
        if (after < frame.End && IsComma(after))
        {
            after++;
        }

        if (after + 1 < frame.End && IsWord(after) && (SpeechCues.Pronouns.Contains(Word(after).ToString()) || _speakers.ChainStartingAt(_tokens[after].Span.Start) is not null))
        {
            var last = after;
            if (_speakers.ChainStartingAt(_tokens[after].Span.Start) is { } nameEnd)
            {
                while (last + 1 < frame.End && _tokens[last + 1].Span.End <= nameEnd)
                {
                    last++;
                }
            }

            var verb = last + 1;
            if (verb < frame.End && IsVerbLike(verb) && (verb + 1 == frame.End || IsSentenceEnd(verb + 1) || IsComma(verb + 1)))
            {
                return MakeAttribution(TokenSpan(verb), (after, last), awaits: false);
            }
        }

        return null;
    }

    /// <summary>
    /// A quote inside the writer's clause whose subject is a speaker and whose verb is outside the cue lists ("X knocked a
    /// statement that an “obscene amount” was raised", "X casts Trump as a liberal who would “unravel” …"): the clause
    /// after the verb is what the speaker is reported to say. Null when no subject and verb stand before the quote.
    /// </summary>
    private Attribution? VerbBeforePartial(Frame frame, QuotedSpan q)
    {
        var open = -1;
        for (var t = frame.First; t < frame.End; t++)
        {
            if (_tokens[t].Span.Start == q.Open)
            {
                open = t;
                break;
            }
        }

        if (open <= frame.First)
        {
            return null;
        }

        for (var v = open - 1; v > frame.First && v >= open - 16; v--)
        {
            if (InQuote(v) || IsSentenceEnd(v) || IsChar(v, ';') || IsChar(v, ':'))
            {
                return null;
            }

            if (!IsVerbLike(v) || LeftSource(frame, v) is not { } source)
            {
                continue;
            }

            var a = MakeAttribution(TokenSpan(v), source, awaits: false);
            if (a.Speaker is null && !IsPersonalPronoun(source))
            {
                continue; // "the ad targets a “corrupt system”": only a speaker the article names (or a pronoun) takes the clause
            }

            var end = open;
            while (end < frame.End && !(IsSentenceEnd(end) && !InQuote(end)) && !(IsChar(end, ';') && !InQuote(end)))
            {
                end++;
            }

            if (IsComma(open - 1) && LooksLikeUtterance(q))
            {
                a.Contents.Add(q.Outer); // "Trump issued a statement, “Last night, our nation was attacked …”"
                return a;
            }

            AddContent(a, v + 1, end);
            return a.Contents.Count > 0 ? a : null;
        }

        return null;
    }

    /// <summary>True when the source is one of "he", "she", "they", "I", "we".</summary>
    private bool IsPersonalPronoun((int First, int Last) source) =>
        source.First == source.Last && SpeechCues.Pronouns.Contains(Word(source.First).ToString()) && !Is(source.First, "it") && !Is(source.First, "you");

    /// <summary>A lower-case word in a past or present tense form ("barked", "quips").</summary>
    private bool IsVerbLike(int t)
    {
        if (!IsWord(t) || InQuote(t))
        {
            return false;
        }

        var w = Word(t);
        return w.Length > 3 && char.IsLower(w[0]) && (w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith("es", StringComparison.Ordinal) || w.EndsWith("ks", StringComparison.Ordinal) || w.EndsWith("ts", StringComparison.Ordinal) || SpeechCues.TryGetVerb(w, out _))
            && !SpeechCues.PhraseBreakers.Contains(w.ToString());
    }

    /// <summary>The colon token right before the quote's opening mark, or -1.</summary>
    private int ColonBefore(Frame frame, QuotedSpan q)
    {
        for (var t = frame.First + 1; t < frame.End; t++)
        {
            if (_tokens[t].Span.Start == q.Open)
            {
                return IsChar(t - 1, ':') && !InQuote(t - 1) ? t - 1 : -1;
            }
        }

        return -1;
    }

    /// <summary>A title or name in quotation marks ("Good Morning America", “Make America Great Again”): every main word capitalised.</summary>
    private bool IsTitle(QuotedSpan q)
    {
        var words = 0;
        var i = q.Open + 1;
        while (i < q.Close)
        {
            while (i < q.Close && !char.IsLetterOrDigit(_text[i]))
            {
                if (_text[i] is '.' or '?' or '!' && i + 1 < q.Close)
                {
                    return false;
                }

                i++;
            }

            var start = i;
            while (i < q.Close && (char.IsLetterOrDigit(_text[i]) || _text[i] is '\'' or '\u2019' or '-'))
            {
                i++;
            }

            if (i == start)
            {
                break;
            }

            words++;
            var w = _text.AsSpan(start, i - start);
            if (char.IsLower(w[0]) && !(w.Length <= 4 && w is "of" or "the" or "and" or "a" or "an" or "in" or "on" or "to" or "for" or "at" or "is" or "or" or "with" or "from" or "by"))
            {
                return false;
            }
        }

        return words is > 0 and <= 10;
    }

    /// <summary>One to three lower-case words in quotation marks with no speaker anywhere near: scare quotes, not speech.</summary>
    private bool IsScareQuote(QuotedSpan q, Frame frame) =>
        WordCount(q.Inner) <= 3 && _text[q.Close - 1] is not ('!' or '?') && !HasPersonBefore(frame, q.Open);

    /// <summary>True when a person or organisation is named (or a pronoun stands) in the frame before <paramref name="position"/>.</summary>
    private bool HasPersonBefore(Frame frame, int position)
    {
        for (var t = frame.First; t < frame.End && _tokens[t].Span.End <= position; t++)
        {
            if (!InQuote(t) && (_speakers.ChainStartingAt(_tokens[t].Span.Start) is not null || (IsWord(t) && Word(t) is "he" or "she" or "He" or "She" or "they" or "They")))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Rubio says he feels he did “great” …": a belief or intent verb inside what a speech verb reports belongs to that
    /// content; it is not an attribution of its own that would cut the content short or claim its quotes.
    /// </summary>
    private static void DropNestedWeakAttributions(List<Attribution> attributions)
    {
        for (var j = attributions.Count - 1; j > 0; j--)
        {
            if (!attributions[j].Weak)
            {
                continue;
            }

            var cue = attributions[j].Cue;
            for (var i = 0; i < j; i++)
            {
                var outer = attributions[i];
                if (!outer.Weak && outer.Contents.Exists(c => c.Start >= outer.Cue.End && c.Start < cue.Start && c.End >= cue.End))
                {
                    attributions.RemoveAt(j);
                    break;
                }
            }
        }
    }

    /// <summary>"He pledged a “revolution” and said that …": a content stops where the next attribution's speaker or cue begins.</summary>
    private void TruncateAtLaterAttributions(List<Attribution> attributions)
    {
        for (var i = 0; i < attributions.Count; i++)
        {
            var a = attributions[i];
            for (var c = 0; c < a.Contents.Count; c++)
            {
                var content = a.Contents[c];
                if (content.Start < a.Cue.End)
                {
                    continue; // content before the cue
                }

                for (var j = i + 1; j < attributions.Count; j++)
                {
                    var next = attributions[j];
                    var cut = next.Source is { } src && src.Start > a.Cue.End ? Math.Min(src.Start, next.Cue.Start) : next.Cue.Start;
                    if (cut <= content.Start || cut >= content.End)
                    {
                        continue;
                    }

                    var head = TrimConjunctions(new TextSpan(content.Start, cut));
                    if (LetterRuns(head.Start, head.End) >= 2)
                    {
                        a.Contents[c] = head;
                    }

                    break;
                }
            }
        }
    }

    private TextSpan TrimConjunctions(TextSpan span)
    {
        var trimmed = Trim(span);
        foreach (var word in (ReadOnlySpan<string>)[" and", " but", " while", " as", " when", " because", " though", " after", " before", " even"])
        {
            if (trimmed.Length > word.Length && _text.AsSpan(trimmed.Start, trimmed.Length).EndsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                return Trim(new TextSpan(trimmed.Start, trimmed.End - word.Length));
            }
        }

        return trimmed;
    }

    private List<QuotedSpan> QuotesIn(TextSpan span)
    {
        var list = new List<QuotedSpan>();
        int lo = 0, hi = _quotes.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_quotes[mid].Open < span.Start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        for (var i = lo; i < _quotes.Count && _quotes[i].Open < span.End; i++)
        {
            list.Add(_quotes[i]);
        }

        return list;
    }

    private bool InQuote(int token) => token >= _frameFirst && token - _frameFirst < _inQuote.Length && _inQuote[token - _frameFirst];

    private List<CueHit> FindCues(Frame frame)
    {
        var hits = new List<CueHit>();
        var titleCase = IsTitleCase(frame);
        for (var k = frame.First; k < frame.End; k++)
        {
            if (InQuote(k))
            {
                continue;
            }

            if (IsChar(k, ':') && k > frame.First && k <= frame.First + 6 && (_speakers.NameEndsAt(_tokens[k - 1].Span.End) || IsHeadlineName(frame, k)))
            {
                hits.Add(new CueHit(k, k + 1, CueKind.Verb, Colon: true)); // "Trump: ‘We will win’" in a headline
                continue;
            }

            if (!IsWord(k))
            {
                continue;
            }

            var word = Word(k);
            if (word.Equals("according", StringComparison.OrdinalIgnoreCase) && k + 1 < frame.End && Is(k + 1, "to"))
            {
                hits.Add(new CueHit(k, k + 2, CueKind.SourceFollows, false));
                k++;
                continue;
            }

            if (k == frame.First && word.Equals("In", StringComparison.Ordinal) && IsPollPhrase(frame, k + 1))
            {
                hits.Add(new CueHit(k, k + 1, CueKind.SourceFollows, false)); // "In a CBS News poll last month, she led …"
                continue;
            }

            if (k > frame.First && k + 1 < frame.End && char.IsLower(word[0]) && SpeechCues.IsCueNoun(word) && IsWord(k + 1) && SpeechCues.IsNounLink(Word(k + 1))
                && (Word(k - 1) is "'s" or "\u2019s" || IsPossessivePronoun(Word(k - 1).ToString())))
            {
                var link = Is(k + 1, "that") || Is(k + 1, "to");
                hits.Add(new CueHit(k, link ? k + 1 : k + 2, CueKind.Noun, false)); // "Trump's claim that …", "her criticism of …"
                k = link ? k : k + 1;
                continue;
            }

            if (!SpeechCues.TryGetVerb(word, out var kind) || (char.IsUpper(word[0]) && k != frame.First && !(titleCase && IsWord(k - 1) && IsCapitalized(k - 1) && !InQuote(k - 1))))
            {
                continue; // a capitalised cue only opens the frame, or follows its speaker in a headline ("Rubio Says He Will Run")
            }

            var end = k + 1;
            var particle = word.Equals("pointed", StringComparison.OrdinalIgnoreCase) ? "out"
                : word.Equals("went", StringComparison.OrdinalIgnoreCase) ? "on"
                : word.Equals("shot", StringComparison.OrdinalIgnoreCase) || word.Equals("fired", StringComparison.OrdinalIgnoreCase) || word.Equals("pushed", StringComparison.OrdinalIgnoreCase) ? "back"
                : null;
            if (particle is not null)
            {
                if (end < frame.End && (Is(end, particle) || (particle == "out" && Is(end, "to"))))
                {
                    end++;
                }
                else
                {
                    continue;
                }
            }
            else if (end < frame.End && (Is(end, "for") || Is(end, "on")) && (word.StartsWith("call", StringComparison.OrdinalIgnoreCase)))
            {
                end++;
            }

            if (k > frame.First && (IsChar(k - 1, '-') || Is(k - 1, "the") || Is(k - 1, "a") || Is(k - 1, "his") || Is(k - 1, "her")))
            {
                continue; // "so-called", "the reported deal", "a warning"
            }

            hits.Add(new CueHit(k, end, kind, false));
            k = end - 1;
        }

        return hits;
    }

    /// <summary>"a new CBS News poll released Monday," / "the latest surveys,": a short phrase naming a poll or survey, then a comma.</summary>
    private bool IsPollPhrase(Frame frame, int first)
    {
        var poll = false;
        for (var t = first; t < frame.End && t < first + 12; t++)
        {
            if (InQuote(t) || IsSentenceEnd(t))
            {
                return false;
            }

            if (IsComma(t))
            {
                return poll && t > first;
            }

            poll |= IsWord(t) && Word(t) is "poll" or "polls" or "survey" or "surveys" or "polling";
        }

        return false;
    }

    /// <summary>
    /// A headline in title case ("Clinton Urges Britain To Remain In The EU"): at least four words outside quotes, four in
    /// five of them capitalised, and no sentence end before the last token.
    /// </summary>
    private bool IsTitleCase(Frame frame)
    {
        int words = 0, capitals = 0;
        for (var t = frame.First; t < frame.End; t++)
        {
            if (IsSentenceEnd(t) && t < frame.End - 1 && !InQuote(t))
            {
                return false;
            }

            if (!IsWord(t) || InQuote(t) || !char.IsLetter(Word(t)[0]))
            {
                continue;
            }

            words++;
            if (IsCapitalized(t))
            {
                capitals++;
            }
        }

        return words >= 4 && capitals * 5 >= words * 4;
    }

    private Attribution? Attribute(Frame frame, CueHit hit, Attribution? earlier)
    {
        var cue = new TextSpan(_tokens[hit.First].Span.Start, _tokens[hit.End - 1].Span.End);
        if (hit.Colon)
        {
            var a = MakeAttribution(cue, (frame.First, hit.First - 1), awaits: hit.End >= frame.End);
            AddContent(a, hit.End, frame.End);
            return a.Contents.Count > 0 || a.AwaitsContent ? a : null;
        }

        if (hit.Kind == CueKind.SourceFollows && hit.First == frame.First && Is(hit.First, "In"))
        {
            // "In a CBS News poll last month, she led …": the poll phrase up to the comma is the source.
            var comma = hit.End;
            while (comma < frame.End && !IsComma(comma))
            {
                comma++;
            }

            var poll = MakeAttribution(cue, (hit.End, comma - 1), awaits: false);
            AddContent(poll, comma + 1, frame.End);
            return poll.Contents.Count > 0 ? poll : null;
        }

        if (hit.Kind == CueKind.SourceFollows)
        {
            var src = RightSource(hit.End, frame.End, allowLowercase: true);
            if (src is null)
            {
                return null;
            }

            var a = MakeAttribution(cue, src.Value, awaits: false);
            if (!AddLeftContent(a, frame, hit.First))
            {
                var after = src.Value.Last + 1;
                if (after < frame.End && IsComma(after))
                {
                    after++;
                }

                AddContent(a, after, frame.End);
            }

            return a.Contents.Count > 0 ? a : null;
        }

        if (hit.Kind == CueKind.Noun)
        {
            return NounAttribution(frame, hit, cue);
        }

        if (AskedQuestion(frame, hit, cue) is { } question)
        {
            return question;
        }

        var previous = hit.First - 1;
        var afterBreak = hit.First == frame.First || IsComma(previous) || IsMarkToken(previous) || IsDash(previous);

        // "…, adding that …": a participle takes the source of the attribution before it, or the sentence's subject.
        if (hit.First > frame.First && (IsComma(previous) || IsTrailingParticiple(hit.First)) && Word(hit.First).EndsWith("ing", StringComparison.OrdinalIgnoreCase))
        {
            Attribution? a = null;
            if (earlier is { Source: not null })
            {
                a = new Attribution { Cue = cue, Source = earlier.Source, Speaker = earlier.Speaker, CoSpeakers = earlier.CoSpeakers };
            }
            else if (Subject(frame, hit.First) is { } subject)
            {
                a = MakeAttribution(cue, subject, awaits: false);
            }

            if (a is null)
            {
                return null;
            }

            var start = RightContentStart(hit, frame.End);
            if (start >= 0)
            {
                AddContent(a, start, frame.End);
            }

            return a.Contents.Count > 0 ? a : null;
        }

        var left = LeftSource(frame, hit.First);
        if (left is null && hit.First > frame.First && (Is(hit.First - 1, "and") || Is(hit.First - 1, "but")) && hit.Kind != CueKind.SourceFollows)
        {
            left = Subject(frame, hit.First - 1); // "Jessie Elkins, 70, … and said he was convinced …"
        }

        if (left is not null)
        {
            var endsWithColon = hit.End < frame.End && IsColonThenEnd(hit.End, frame.End);
            var a = MakeAttribution(cue, left.Value, awaits: endsWithColon);
            var before = LeftContent(frame, left.Value.First);
            var start = endsWithColon ? -1 : RightContentStart(hit, frame.End);
            var leftIsQuote = before is { } b && b.Length > 0 && QuotationMarks.IsMark(_text[b.End - 1]);
            if (leftIsQuote)
            {
                // "“A,” he said, “B.”" / "“A,” he said, adding that …": after a quote, only a marked continuation.
                a.Contents.Add(before!.Value);
                if (start >= 0 && (Is(start, "that") || IsOpeningMark(start) || IsChar(start - 1, ':')))
                {
                    AddContent(a, start, frame.End);
                }
            }
            else if (start >= 0)
            {
                // "Cruz, Blackwell wrote, “has consistently demonstrated …”": a sentence split around its attribution.
                if (IsOpeningMark(start) && IsComma(start - 1) && left.Value.First > frame.First && IsComma(left.Value.First - 1) && SplitHead(frame, left.Value.First - 1, start) is { } head)
                {
                    a.Contents.Add(head);
                }

                AddContent(a, start, frame.End);
            }
            else if (before is { } plain)
            {
                a.Contents.Add(plain); // "The war is a tragedy, Putin said."
                var after = CueTail(hit.End, frame.End);
                if (after + 1 < frame.End && IsComma(after) && !IsOpeningMark(after + 1) && IsComma(left.Value.First - 1))
                {
                    AddContent(a, after + 1, frame.End); // "Mrs. Clinton, these people said, would be open to …"
                }
            }

            if (hit.Kind == CueKind.VerbNeedsComplement && start < 0 && !HasMarkedComplement(a, hit, start) && !(before is not null && !leftIsQuote && EndsClauseAt(hit.End, frame.End)))
            {
                return null; // "…, records show." / "…, his advisers believe, …" keep the words before them
            }

            return a.Contents.Count > 0 || endsWithColon ? a : null;
        }

        if (!afterBreak)
        {
            return null;
        }

        if (hit.Kind == CueKind.VerbNeedsComplement)
        {
            return null;
        }

        // "“…,” said Peskov." / "The war is a tragedy, said Peskov, …"
        var right = RightSource(hit.End, frame.End, allowLowercase: true);
        if (right is null || hit.First == frame.First)
        {
            return null;
        }

        var inverted = MakeAttribution(cue, right.Value, awaits: false);
        var rest = right.Value.Last + 1;
        var split = rest + 1 < frame.End && IsComma(rest) && IsOpeningMark(rest + 1);
        if (!AddLeftContent(inverted, frame, hit.First) && split && IsComma(hit.First - 1) && SplitHead(frame, hit.First - 1, rest + 1) is { } lead)
        {
            inverted.Contents.Add(lead); // "But, said Solovey, “I don't want …”"
        }

        if (split)
        {
            AddContent(inverted, rest + 1, frame.End);
        }

        return inverted.Contents.Count > 0 ? inverted : null;
    }

    /// <summary>"Trump's claim that …" / "her call for …": the possessor is the source, what follows the noun the content.</summary>
    private Attribution? NounAttribution(Frame frame, CueHit hit, TextSpan cue)
    {
        var owner = hit.First - 1;
        (int First, int Last) source;
        if (IsPossessivePronoun(Word(owner).ToString()))
        {
            source = (owner, owner); // "his", "her", "their"
        }
        else
        {
            var first = owner - 1;
            while (first - 1 >= frame.First && first - 1 >= owner - 4 && IsWord(first - 1) && IsCapitalized(first - 1) && !InQuote(first - 1))
            {
                first--;
            }

            if (first < frame.First || !IsWord(first) || !IsCapitalized(first) || InQuote(first))
            {
                return null; // "the group's claim that …" names nobody the rules can resolve
            }

            source = (first, owner - 1);
        }

        var a = MakeAttribution(cue, source, awaits: false);
        AddContent(a, hit.End, frame.End);
        return a.Contents.Count > 0 ? a : null;
    }

    private static readonly string[] QuestionWords = ["whether", "if", "about", "what", "how", "why", "who", "when", "where", "which"];

    /// <summary>
    /// "Asked whether he would run, Lee said …" / "When asked about the deal, …": the question put to the speaker, the words
    /// after "asked" up to the comma, with no source of its own (the asker is seldom named). Null for other uses of "asked".
    /// </summary>
    private Attribution? AskedQuestion(Frame frame, CueHit hit, TextSpan cue)
    {
        var first = hit.First;
        if (!Is(first, "asked") || hit.End >= frame.End)
        {
            return null;
        }

        var opens = first == frame.First || IsComma(first - 1) || ((Is(first - 1, "when") || Is(first - 1, "if")) && (first - 1 == frame.First || IsComma(first - 2)));
        var next = hit.End;
        if (!opens || !IsWord(next) || Array.FindIndex(QuestionWords, w => Is(next, w)) < 0)
        {
            return null;
        }

        if (Is(next, "about"))
        {
            cue = new TextSpan(cue.Start, _tokens[next].Span.End);
            next++;
        }

        var end = next;
        while (end < frame.End && !((IsComma(end) || IsSentenceEnd(end) || IsChar(end, ';')) && !InQuote(end)))
        {
            end++;
        }

        if (end >= frame.End || !IsComma(end))
        {
            return null; // the question must be followed by the answer's clause
        }

        var a = new Attribution { Cue = cue };
        AddContent(a, next, end);
        return a.Contents.Count > 0 ? a : null;
    }

    private static readonly string[] CuePrepositions = ["about", "for", "of", "on", "against", "with", "out", "upon"];

    /// <summary>
    /// "talked about the economy", "voted against the bill", "warned of a crisis": a preposition right after the cue is part
    /// of the cue, and what it governs is the content.
    /// </summary>
    private void JoinCuePreposition(Attribution a)
    {
        for (var c = 0; c < a.Contents.Count; c++)
        {
            var content = a.Contents[c];
            var t = TokenAt(content.Start);
            if (t < 1 || t + 1 >= _tokens.Length || _tokens[t - 1].Span.End != a.Cue.End || !IsWord(t) || Array.FindIndex(CuePrepositions, w => Is(t, w)) < 0)
            {
                continue;
            }

            var rest = Trim(new TextSpan(_tokens[t + 1].Span.Start, content.End));
            if (WordCount(rest) >= 1 && !rest.IsEmpty)
            {
                a.Cue = new TextSpan(a.Cue.Start, _tokens[t].Span.End);
                a.Contents[c] = rest;
            }

            return;
        }
    }

    /// <summary>The token that holds character <paramref name="offset"/>, or -1.</summary>
    private int TokenAt(int offset)
    {
        int lo = 0, hi = _tokens.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var span = _tokens[mid].Span;
            if (span.End <= offset)
            {
                lo = mid + 1;
            }
            else if (span.Start > offset)
            {
                hi = mid - 1;
            }
            else
            {
                return mid;
            }
        }

        return -1;
    }

    /// <summary>A dot after a short capitalised word or a letter ("Sen.", "U.S."), or not followed by a space: no sentence end.</summary>
    private bool IsAbbreviationDot(int dot)
    {
        if (dot + 1 >= _text.Length || !char.IsWhiteSpace(_text[dot + 1]))
        {
            return true;
        }

        var start = dot;
        while (start > 0 && char.IsLetter(_text[start - 1]))
        {
            start--;
        }

        return dot - start is > 0 and <= 3 && char.IsUpper(_text[start]);
    }

    /// <summary>True when token <paramref name="k"/> ends the cue's clause: a sentence end, a comma or the frame's end.</summary>
    private bool EndsClauseAt(int k, int end) => k >= end || IsSentenceEnd(k) || IsComma(k);

    /// <summary>The first token after the cue's adverbials ("said in an interview on Saturday").</summary>
    private int CueTail(int k, int end)
    {
        var i = k;
        while (i < end && i < k + 10 && !IsComma(i) && !IsSentenceEnd(i) && !InQuote(i) && !Is(i, "that"))
        {
            i++;
        }

        return i;
    }

    private bool HasMarkedComplement(Attribution a, CueHit hit, int start)
    {
        if (start >= 0 && start < _tokens.Length && (Is(start, "that") || IsOpeningMark(start)))
        {
            return true;
        }

        foreach (var c in a.Contents)
        {
            if (c.End <= _tokens[hit.First].Span.Start && c.Length > 0 && QuotationMarks.IsMark(_text[c.Start]))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsColonThenEnd(int k, int end)
    {
        // "… on the social platform X:" — a colon after the cue's adverbials ends the frame.
        for (var i = k; i < end && i < k + 12; i++)
        {
            if (IsChar(i, ':'))
            {
                return i == end - 1;
            }
        }

        return false;
    }

    private Attribution MakeAttribution(TextSpan cue, (int First, int Last) source, bool awaits)
    {
        var span = new TextSpan(_tokens[source.First].Span.Start, _tokens[source.Last].Span.End);
        var (speaker, others) = _speakers.Resolve(span, _tokens, source.First, source.Last);
        return new Attribution { Cue = cue, Source = span, Speaker = speaker, CoSpeakers = others, AwaitsContent = awaits };
    }

    private bool AddLeftContent(Attribution a, Frame frame, int before)
    {
        if (LeftContent(frame, before) is { } span)
        {
            a.Contents.Add(span);
            return true;
        }

        return false;
    }

    /// <summary>The content before the source: the frame's start up to a comma, quotation mark or dash before it.</summary>
    private TextSpan? LeftContent(Frame frame, int before)
    {
        var last = before - 1;
        if (last < frame.First)
        {
            return null;
        }

        if (!(IsComma(last) || IsMarkToken(last) || IsDash(last)))
        {
            return null;
        }

        if (IsComma(last) || IsDash(last))
        {
            last--;
        }

        if (last < frame.First)
        {
            return null;
        }

        var first = frame.First;
        if (IsMarkToken(last))
        {
            // "Sullivan responded by explaining it was impossible: “Trust me …,” Sullivan said." — the quote after the colon.
            for (var t = last - 1; t > frame.First; t--)
            {
                if (!InQuote(t) && IsChar(t, ':') && IsOpeningMark(t + 1))
                {
                    first = t + 1;
                    break;
                }
            }
        }

        var span = Trim(new TextSpan(_tokens[first].Span.Start, _tokens[last].Span.End));
        if (WordCount(span) < 2)
        {
            return null;
        }

        return span;
    }

    /// <summary>
    /// The words from the frame's start to the comma at <paramref name="comma"/> when they hold no quote: the head of a
    /// sentence split by its attribution ("Instead, Axelrod said, “she started …”"): the quote goes on in lower case. Null
    /// otherwise ("Asked about it, Trump said, “Maybe so.”" — a full quoted sentence after the writer's adverbial).
    /// </summary>
    private TextSpan? SplitHead(Frame frame, int comma, int quoteOpen)
    {
        if (comma <= frame.First || !ContinuesLowerCase(quoteOpen))
        {
            return null;
        }

        for (var t = frame.First; t < comma; t++)
        {
            if (InQuote(t) || IsSentenceEnd(t))
            {
                return null;
            }
        }

        var span = Trim(new TextSpan(_tokens[frame.First].Span.Start, _tokens[comma - 1].Span.End));
        return span.IsEmpty ? null : span;
    }

    /// <summary>True when the quote opening at token <paramref name="open"/> starts in lower case (it continues a sentence).</summary>
    private bool ContinuesLowerCase(int open)
    {
        for (var i = _tokens[open].Span.End; i < _text.Length && i < _tokens[open].Span.End + 4; i++)
        {
            if (char.IsLetter(_text[i]))
            {
                return char.IsLower(_text[i]);
            }
        }

        return false;
    }

    /// <summary>Where a reported clause stops: before ", which …", ", while …", "; …" that follow it.</summary>
    private int ClauseEnd(int first, int end)
    {
        for (var t = first + 2; t < end - 1; t++)
        {
            if (InQuote(t))
            {
                continue;
            }

            if (IsChar(t, ';'))
            {
                return t;
            }

            if (IsComma(t) && IsWord(t + 1) && Word(t + 1) is "which" or "while" or "although" or "though" or "whereas")
            {
                return t;
            }

            if (IsTrailingParticiple(t))
            {
                return t; // "that he has “expanded the party,” claiming that …", "…, referring to the convention"
            }
        }

        return end;
    }

    /// <summary>
    /// A lower-case "-ing" word right after a quote that ends in a comma: a participle clause that leaves
    /// the reported clause and goes back to the writer ("claiming …", "referring to …", "according to …").
    /// </summary>
    private bool IsTrailingParticiple(int t)
    {
        if (!IsWord(t) || InQuote(t))
        {
            return false;
        }

        var w = Word(t);
        if (w.Length < 6 || !char.IsLower(w[0]) || !w.EndsWith("ing", StringComparison.Ordinal) || w.EndsWith("thing", StringComparison.Ordinal) || w is "including")
        {
            return false;
        }

        var i = _tokens[t].Span.Start - 1;
        while (i >= 0 && char.IsWhiteSpace(_text[i]))
        {
            i--;
        }

        if (i <= 0 || !QuotationMarks.IsMark(_text[i]))
        {
            return false;
        }

        return _text[i - 1] == ',';
    }

    private void AddContent(Attribution a, int first, int end)
    {
        if (first >= end)
        {
            return;
        }

        end = ClauseEnd(first, end);
        var span = Trim(new TextSpan(_tokens[first].Span.Start, _tokens[end - 1].Span.End));
        if (WordCount(span) >= 2)
        {
            a.Contents.Add(span);
        }
    }

    /// <summary>Where the content after the cue starts: at "that", at a quote, after adverbials; -1 when none follows.</summary>
    private int RightContentStart(CueHit hit, int end)
    {
        var i = hit.End;
        if (i >= end)
        {
            return -1;
        }

        if (IsChar(i, ':'))
        {
            return i + 1 < end ? i + 1 : -1;
        }

        if (IsComma(i))
        {
            if (i + 1 < end && IsOpeningMark(i + 1))
            {
                return i + 1;
            }

            // "said, without evidence, that …", "acknowledged, however, “…”": an aside between commas, then the content.
            for (var k = i + 1; k < end && k < i + 8; k++)
            {
                if (InQuote(k) || IsSentenceEnd(k))
                {
                    break;
                }

                if (IsComma(k))
                {
                    return k > i + 1 && k + 1 < end && (Is(k + 1, "that") || IsOpeningMark(k + 1)) ? k + 1 : -1;
                }
            }

            return -1;
        }

        if (IsSentenceEnd(i))
        {
            return -1;
        }

        if (IsOpeningMark(i))
        {
            return i;
        }

        // "said Friday that", "told reporters on Monday that": "that" within a few words, before any stop.
        for (var k = i; k < end && k < i + 14; k++)
        {
            if (InQuote(k) || IsSentenceEnd(k) || IsChar(k, ':') || IsChar(k, ';'))
            {
                if (IsChar(k, ':') && k + 1 < end)
                {
                    return k + 1;
                }

                if (InQuote(k) && IsOpeningMark(k) && k > i && IsComma(k - 1))
                {
                    return k;
                }

                break;
            }

            if (Is(k, "that"))
            {
                return k;
            }

            if (StartsClause(k))
            {
                break; // "said he’s heading … and that …", "says his campaign is the only one that …": the clause starts here
            }
        }

        if (hit.Kind == CueKind.VerbNeedsComplement && (i >= end || IsSentenceEnd(i) || IsComma(i)))
        {
            return -1;
        }

        if (hit.Kind == CueKind.VerbWithAddressee && SpeechCues.NamesObject(Word(hit.First)))
        {
            return i; // "called him “a disgrace”", "accused Sanders of a “flip-flop”": the object belongs to what was said
        }

        if (hit.Kind == CueKind.VerbWithAddressee)
        {
            // "urged voters to …", "told reporters “…”", "called him “…”"
            for (var k = i; k < end && k < i + 7; k++)
            {
                if (IsOpeningMark(k))
                {
                    return k;
                }

                if (Is(k, "to") && k > i)
                {
                    return k;
                }

                if (IsComma(k) || IsSentenceEnd(k))
                {
                    break;
                }
            }

            return i;
        }

        if (SpeechCues.AdverbialStarts.Contains(Word(i).ToString()))
        {
            for (var k = i; k < end && k < i + 10; k++)
            {
                if ((IsComma(k) || IsChar(k, ':')) && k + 1 < end)
                {
                    return k + 1;
                }

                if (InQuote(k) || IsSentenceEnd(k) || (k > i && StartsClause(k)))
                {
                    break; // "announced Sunday she will resign …, to be replaced by …": the clause began before the comma
                }
            }
        }

        return i;
    }

    /// <summary>
    /// A subject pronoun, a contracted one ("he’s") or a finite auxiliary: after a cue it means the reported clause has
    /// begun, so a later "that" is inside it, not its start.
    /// </summary>
    private bool StartsClause(int t)
    {
        if (!IsWord(t) || InQuote(t))
        {
            return false;
        }

        var w = Word(t);
        return w is "he" or "she" or "they" or "we" or "I" or "it" or "is" or "was" or "are" or "were" or "has" or "have" or "had"
            or "will" or "would" or "can" or "could" or "should" or "may" or "might" or "must" or "does" or "did"
            || w.Contains('’') || w.Contains('\'');
    }

    /// <summary>The speaker before the cue: "X said", "X has also said", "X, a doctor at Y, said"; null when there is none.</summary>
    private (int First, int Last)? LeftSource(Frame frame, int cue)
    {
        var j = cue - 1;
        while (j >= frame.First && !InQuote(j) && IsWord(j) && (SpeechCues.Auxiliaries.Contains(Word(j).ToString()) || IsAdverb(j) || SpeechCues.TimeWords.Contains(Word(j).ToString())))
        {
            if (SpeechCues.TimeWords.Contains(Word(j).ToString()) && j - 1 >= frame.First && IsWord(j - 1) && SpeechCues.TimePrepositions.Contains(Word(j - 1).ToString()))
            {
                j--; // "on Wednesday", "last week"
            }

            j--;
        }

        if (j < frame.First || InQuote(j))
        {
            return null;
        }

        if (IsComma(j))
        {
            // An appositive: "X, a doctor at Y, said" / "X, who …, said".
            var found = false;
            for (var p = j - 1; p >= frame.First && p >= j - 24; p--)
            {
                if (InQuote(p) || IsSentenceEnd(p))
                {
                    break;
                }

                if (IsComma(p))
                {
                    var q = SkipParenthesis(frame, p - 1);
                    if (q >= frame.First && IsWord(q) && !InQuote(q) && p + 1 < j && IsDescriptor(p + 1))
                    {
                        j = q;
                        found = true;
                    }

                    break;
                }
            }

            if (!found)
            {
                return null;
            }
        }

        // "Sen. Rand Paul (R-Ky.) said"
        j = SkipParenthesis(frame, j);

        // "Ted Cruz, who said …" / "voters who said …"
        if (j >= frame.First && IsWord(j) && Is(j, "who"))
        {
            j = j - 1 >= frame.First && IsComma(j - 1) ? SkipParenthesis(frame, j - 2) : j - 1;
        }

        if (j < frame.First || !IsWord(j) || InQuote(j))
        {
            return null;
        }

        var word = Word(j).ToString();
        if (SpeechCues.Pronouns.Contains(word))
        {
            return (j, j);
        }

        if (SpeechCues.PhraseBreakers.Contains(word) || SpeechCues.TryGetVerb(word, out _) || SpeechCues.NotSpeakers.Contains(word))
        {
            return null;
        }

        if (!IsCapitalized(j) && (j == frame.First || !IsWord(j - 1) || InQuote(j - 1)) && !word.EndsWith('s'))
        {
            return null; // a lone lower-case word ("at last described") is no speaker
        }

        var first = j;
        var count = 1;
        while (first - 1 >= frame.First && count < MaxSourceWords)
        {
            var t = first - 1;
            if (InQuote(t))
            {
                break;
            }

            if (IsPossessive(t) || (IsChar(t, '.') && t - 1 >= frame.First && IsWord(t - 1)) || IsChar(t, '&') || (IsChar(t, '-') && t - 1 >= frame.First && IsWord(t - 1)))
            {
                first = t;
                continue;
            }

            if (!IsWord(t))
            {
                break;
            }

            var w = Word(t).ToString();
            if (SpeechCues.Pronouns.Contains(w) && !IsPossessivePronoun(w))
            {
                break;
            }

            if (SpeechCues.PhraseBreakers.Contains(w))
            {
                // "Bill and Hillary Clinton said", "a spokesman for the State Department said", "the secretary of state said"
                var joins = (w.Equals("and", StringComparison.OrdinalIgnoreCase) && IsCapitalized(first) && t - 1 >= frame.First && IsCapitalized(t - 1) && !InQuote(t - 1))
                    || ((w.Equals("for", StringComparison.OrdinalIgnoreCase) || w.Equals("of", StringComparison.OrdinalIgnoreCase) || w.Equals("at", StringComparison.OrdinalIgnoreCase))
                        && t - 1 >= frame.First && IsWord(t - 1) && !IsCapitalized(t - 1) && !SpeechCues.PhraseBreakers.Contains(Word(t - 1).ToString()) && !SpeechCues.TryGetVerb(Word(t - 1), out _));
                if (!joins)
                {
                    break;
                }
            }
            else if (SpeechCues.TryGetVerb(w, out _) && !IsCapitalized(t))
            {
                break;
            }

            first = t;
            count++;
        }

        while (first < j && !IsWord(first))
        {
            first++;
        }

        return (first, j);
    }

    /// <summary>When token <paramref name="j"/> closes a parenthesis, the token before its opening; else <paramref name="j"/>.</summary>
    private int SkipParenthesis(Frame frame, int j)
    {
        if (j < frame.First || !IsChar(j, ')'))
        {
            return j;
        }

        for (var p = j - 1; p >= frame.First && p >= j - 12; p--)
        {
            if (IsChar(p, '('))
            {
                return p - 1;
            }
        }

        return j;
    }

    private bool IsAdverb(int t)
    {
        var w = Word(t);
        return w.Length > 4 && w.EndsWith("ly", StringComparison.Ordinal) && char.IsLower(w[0]) && !w.Equals("family", StringComparison.Ordinal);
    }

    /// <summary>The subject of the frame's clause before <paramref name="before"/>: its first pronoun or name, outside quotes.</summary>
    private (int First, int Last)? Subject(Frame frame, int before)
    {
        var from = SubjectStart(frame, before);
        for (var t = from; t < before && t < from + 12; t++)
        {
            if (InQuote(t) || !IsWord(t))
            {
                continue;
            }

            var w = Word(t).ToString();
            if (w is "he" or "she" or "He" or "She" or "They" or "they" or "It")
            {
                return (t, t);
            }

            if (_speakers.ChainStartingAt(_tokens[t].Span.Start) is { } end)
            {
                var last = t;
                while (last + 1 < before && _tokens[last + 1].Span.End <= end)
                {
                    last++;
                }

                return (t, last);
            }
        }

        return null;
    }

    /// <summary>
    /// Where the subject can start: after an opening prepositional phrase and its comma ("In Salem, New Hampshire, Trump …")
    /// or a dateline ending in a dash ("Washington (AFP) – Clinton …"); else the frame's first token.
    /// </summary>
    private int SubjectStart(Frame frame, int before)
    {
        var first = frame.First;
        for (var t = first; t < before && t < first + 6; t++)
        {
            if (IsDash(t) && t > first && !InQuote(t))
            {
                first = t + 1; // a dateline
                break;
            }
        }

        if (first < before && IsWord(first) && Word(first) is "In" or "At" or "On" or "After" or "Before" or "During" or "From" or "Speaking" or "Addressing" or "Appearing" or "Campaigning" or "Asked")
        {
            var last = -1;
            for (var t = first + 1; t < before && t < first + 14; t++)
            {
                if (InQuote(t) || IsSentenceEnd(t))
                {
                    break;
                }

                if (IsComma(t))
                {
                    last = t;
                    break;
                }
            }

            if (last > 0 && last + 1 < before)
            {
                return last + 1;
            }
        }

        return first;
    }

    private static bool IsPossessivePronoun(string w) => w is "his" or "her" or "their" or "its" or "His" or "Her" or "Their" or "Its";

    private bool IsDescriptor(int t)
    {
        if (!IsWord(t))
        {
            return false;
        }

        var w = Word(t);
        return char.IsLower(w[0]) || w is "A" or "An" or "The" || IsCapitalized(t) || (char.IsDigit(w[0]) && w.Length <= 3); // "Khizr Khan, 66, said"
    }

    /// <summary>The speaker after the cue: "said Peskov", "according to officials"; null when there is none.</summary>
    private (int First, int Last)? RightSource(int start, int end, bool allowLowercase)
    {
        if (start >= end || InQuote(start) || !IsWord(start))
        {
            return null;
        }

        var first = Word(start).ToString();
        if (SpeechCues.Pronouns.Contains(first))
        {
            return (start, start);
        }

        if (first.Equals("that", StringComparison.OrdinalIgnoreCase) || (!allowLowercase && !IsCapitalized(start)) || (SpeechCues.PhraseBreakers.Contains(first) && !first.Equals("the", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        var last = start;
        for (var t = start + 1; t < end && t - start < MaxSourceWords; t++)
        {
            if (InQuote(t))
            {
                break;
            }

            if (IsPossessive(t) || (IsChar(t, '.') && IsWord(t - 1)) || IsChar(t, '&'))
            {
                continue;
            }

            if (!IsWord(t))
            {
                break;
            }

            var w = Word(t).ToString();
            if (SpeechCues.PhraseBreakers.Contains(w))
            {
                var joins = (w is "and" && IsCapitalized(t - 1) && t + 1 < end && IsCapitalized(t + 1))
                    || (w is "of" or "for" or "at" && t + 1 < end && IsWord(t + 1) && !SpeechCues.PhraseBreakers.Contains(Word(t + 1).ToString()));
                if (!joins)
                {
                    break;
                }
            }
            else if (SpeechCues.TryGetVerb(w, out _) || SpeechCues.AdverbialStarts.Contains(w) || SpeechCues.Pronouns.Contains(w))
            {
                break;
            }

            last = t;
        }

        while (last > start && !IsWord(last))
        {
            last--;
        }

        return (start, last);
    }

    private void Emit(Attribution a, List<QuotedSpan> quotes, bool[] used, List<Quote> result, bool directWhenUnmarked)
    {
        foreach (var content in a.Contents)
        {
            var inside = new List<int>();
            for (var i = 0; i < quotes.Count; i++)
            {
                if (quotes[i].Outer.Overlaps(content))
                {
                    inside.Add(i);
                }
            }

            var pureQuote = inside.Count > 0 && IsOnlyQuotes(content, quotes, inside);
            if (!pureQuote)
            {
                // A title in quotation marks inside reported speech is nobody's words ("appeared on “Good Morning America”").
                inside.RemoveAll(i => IsTitle(quotes[i]));
            }

            if (inside.Count == 0)
            {
                result.Add(new Quote(content, directWhenUnmarked ? QuoteKind.Direct : QuoteKind.Reported, a.Cue, a.Source, a.Speaker) { CoSpeakers = a.CoSpeakers });
                continue;
            }

            var pure = pureQuote;
            foreach (var i in inside)
            {
                if (used[i])
                {
                    continue;
                }

                used[i] = true;
                var kind = pure ? QuoteKind.Direct : QuoteKind.Partial;
                a.HasDirect |= pure;
                result.Add(new Quote(quotes[i].Inner, kind, a.Cue, a.Source, a.Speaker)
                {
                    CoSpeakers = a.CoSpeakers,
                    Extent = pure && content.Start >= quotes[i].Open ? null : Union(content, quotes[i].Outer),
                });
            }
        }
    }

    private static TextSpan Union(TextSpan a, TextSpan b) => new(Math.Min(a.Start, b.Start), Math.Max(a.End, b.End));

    /// <summary>True when <paramref name="content"/> holds nothing but the quotes (and punctuation, or a leading "that").</summary>
    private bool IsOnlyQuotes(TextSpan content, List<QuotedSpan> quotes, List<int> inside)
    {
        var pos = content.Start;
        var words = 0;
        foreach (var i in inside)
        {
            words += LetterRuns(pos, Math.Max(pos, quotes[i].Open));
            pos = Math.Max(pos, quotes[i].Close + 1);
        }

        words += LetterRuns(pos, Math.Max(pos, content.End));
        return words == 0;
    }

    private int LetterRuns(int from, int to)
    {
        var runs = 0;
        var inRun = false;
        var runStart = from;
        for (var i = from; i < to && i < _text.Length; i++)
        {
            var letter = char.IsLetterOrDigit(_text[i]);
            if (letter && !inRun)
            {
                runStart = i;
            }

            if (!letter && inRun && !IsThat(runStart, i))
            {
                runs++;
            }

            inRun = letter;
        }

        if (inRun && !IsThat(runStart, Math.Min(to, _text.Length)))
        {
            runs++;
        }

        return runs;
    }

    private bool IsThat(int start, int end) => _text.AsSpan(start, end - start).Equals("that", StringComparison.OrdinalIgnoreCase);

    private bool IsWholeFrame(TextSpan frame, QuotedSpan q) =>
        LetterRuns(frame.Start, Math.Max(frame.Start, q.Open)) == 0 && LetterRuns(Math.Min(q.Close + 1, frame.End), frame.End) == 0;

    /// <summary>"But “Donald Trump’s candidacy is strengthened …”": one conjunction, then a quote that ends the frame.</summary>
    private bool IsConjunctionThenQuote(Frame frame, QuotedSpan q)
    {
        var first = frame.First;
        if (first + 1 >= frame.End || !IsWord(first) || !(Is(first, "but") || Is(first, "and") || Is(first, "still") || Is(first, "so")))
        {
            return false;
        }

        var next = first + 1 < frame.End && IsComma(first + 1) ? first + 2 : first + 1;
        return next < frame.End && _tokens[next].Span.Start == q.Open && LetterRuns(Math.Min(q.Close + 1, frame.Span.End), frame.Span.End) == 0;
    }

    /// <summary>A quote of a full clause (several words ending in sentence punctuation) rather than a few quoted words.</summary>
    private bool LooksLikeUtterance(QuotedSpan q)
    {
        var inner = q.Inner;
        if (WordCount(inner) < 6)
        {
            return false;
        }

        var last = inner.End - 1;
        while (last > inner.Start && char.IsWhiteSpace(_text[last]))
        {
            last--;
        }

        return _text[last] is '.' or '!' or '?' or ',';
    }

    private bool IsOpeningMark(int token)
    {
        if (!IsMarkToken(token))
        {
            return false;
        }

        var at = _tokens[token].Span.Start;
        foreach (var q in QuotesIn(new TextSpan(at, at + 1)))
        {
            if (q.Open == at)
            {
                return true;
            }
        }

        return false;
    }

    private bool IsSentenceEnd(int token) => _tokens[token].Span.Length == 1 && _text[_tokens[token].Span.Start] is '.' or '!' or '?';

    /// <summary>Drops surrounding whitespace and sentence punctuation (a closing quotation mark stays).</summary>
    private TextSpan Trim(TextSpan span)
    {
        var start = span.Start;
        var end = span.End;
        while (start < end && (char.IsWhiteSpace(_text[start]) || _text[start] is ',' or ';' or ':' or '\u2014' or '\u2013'))
        {
            start++;
        }

        while (end > start && (char.IsWhiteSpace(_text[end - 1]) || _text[end - 1] is '.' or ',' or ';' or ':' or '\u2014' or '\u2013' or '-'))
        {
            end--;
        }

        return new TextSpan(start, end);
    }

    private int WordCount(TextSpan span)
    {
        var count = 0;
        var inWord = false;
        for (var i = span.Start; i < span.End && i < _text.Length; i++)
        {
            var letter = char.IsLetterOrDigit(_text[i]);
            if (letter && !inWord)
            {
                count++;
            }

            inWord = letter;
        }

        return count;
    }
}
