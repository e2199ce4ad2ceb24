using Parallax.Language.Quotes;
using Parallax.Language.Sentences;
using Parallax.Model;

namespace Parallax.Language.Tone;

/// <summary>
/// One stretch of speech an article attributes to someone else (a quote, or reported speech), as framing and the
/// timeline need it: where the words are and where the attribution cue is. Immutable.
/// </summary>
/// <param name="Span">The attributed words (without quotation marks).</param>
/// <param name="Kind">Direct, partial or reported.</param>
/// <param name="Cue">The cue ("said", "according to"), when any.</param>
/// <param name="Speaker">Where the speaker is named at that place, when anywhere.</param>
public sealed record AttributedSpeech(TextSpan Span, QuoteKind Kind, TextSpan? Cue, TextSpan? Speaker) : IHasSpan
{
    /// <summary>
    /// The speech of an article: the <see cref="Quote"/> layer when a quotes stage ran (non-empty), otherwise the simple
    /// built-in detector (<see cref="Detect"/>). Never throws on odd input.
    /// </summary>
    public static IReadOnlyList<AttributedSpeech> Of(string text, AnnotationLayer<Quote> quotes, AnnotationLayer<Sentence> sentences, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(quotes);
        if (quotes.Count > 0)
        {
            var list = new List<AttributedSpeech>(quotes.Count);
            foreach (var q in quotes)
            {
                list.Add(new AttributedSpeech(q.Span, q.Kind, q.Cue, q.SpeakerMention));
            }

            return list;
        }

        return Detect(text, sentences, cancellationToken);
    }

    /// <summary>
    /// The fallback detector: text between quotation marks (“…”, "…", ‘…’ and '…' that are not apostrophes) with a cue
    /// verb in the same sentence or not, and reported speech after a cue ("X said that …", "according to X, …",
    /// "analysts say …"). A stand-in until the quotes stage runs; less exact than it.
    /// </summary>
    public static IReadOnlyList<AttributedSpeech> Detect(string text, AnnotationLayer<Sentence> sentences, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sentences);
        var found = new List<AttributedSpeech>();
        QuotedStretches(text, found, cancellationToken);
        var quoted = found.ToArray();
        var steps = 0;
        foreach (var sentence in sentences)
        {
            if ((++steps & 255) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var s = sentence.Span;
            if (s.Length > 2000)
            {
                continue;
            }

            var cueSpan = FindCue(text, s, out var contentStart, out var contentEnd, out var speakerSpan);
            if (cueSpan is { } cue)
            {
                // Quotes in the sentence get the cue; the rest of the clause, when unquoted, is reported speech.
                var anyQuote = false;
                for (var i = 0; i < found.Count; i++)
                {
                    if (s.Contains(found[i].Span) || found[i].Span.Overlaps(s))
                    {
                        anyQuote = true;
                        if (found[i].Cue is null)
                        {
                            found[i] = found[i] with { Cue = cue, Speaker = speakerSpan };
                        }
                    }
                }

                if (!anyQuote && contentEnd > contentStart && speakerSpan is { } who && LooksLikeSpeaker(text, who, s))
                {
                    found.Add(new AttributedSpeech(new TextSpan(contentStart, contentEnd), QuoteKind.Reported, cue, speakerSpan));
                }
            }
        }

        _ = quoted;
        found.Sort(static (a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return found;
    }

    private static readonly string[] CueVerbs =
    [
        "said", "says", "say", "told", "tells", "stated", "states", "claimed", "claims", "claim", "argued", "argues", "argue",
        "noted", "notes", "added", "adds", "warned", "warns", "insisted", "insists", "declared", "declares", "announced",
        "stressed", "stresses", "emphasized", "emphasised", "suggested", "suggests", "believes", "believe", "revealed",
        "confirmed", "confirms", "acknowledged", "admitted", "asserted", "maintained", "explained", "wrote", "writes",
        "reported", "reports", "praised", "called", "described", "mocked", "urged", "hinted", "alleged", "alleges", "denied",
    ];

    private static TextSpan? FindCue(string text, TextSpan sentence, out int contentStart, out int contentEnd, out TextSpan? speaker)
    {
        contentStart = contentEnd = 0;
        speaker = null;
        var s = text.AsSpan(sentence.Start, sentence.Length);
        var according = s.IndexOf("according to ", StringComparison.OrdinalIgnoreCase);
        if (according >= 0)
        {
            var comma = s[according..].IndexOf(',');
            var cue = new TextSpan(sentence.Start + according, sentence.Start + according + 12);
            if (comma > 0)
            {
                speaker = new TextSpan(sentence.Start + according + 13, sentence.Start + according + comma);
                if (according == 0 || s[..according].Trim().Length == 0)
                {
                    contentStart = sentence.Start + according + comma + 1;
                    contentEnd = sentence.End;
                }
                else
                {
                    contentStart = sentence.Start;
                    contentEnd = sentence.Start + according;
                }
            }
            else
            {
                speaker = new TextSpan(sentence.Start + according + 13, sentence.End);
                contentStart = sentence.Start;
                contentEnd = sentence.Start + according;
            }

            Trim(text, ref contentStart, ref contentEnd);
            return cue;
        }

        var i = 0;
        while (i < s.Length)
        {
            while (i < s.Length && !char.IsLetter(s[i]))
            {
                i++;
            }

            var start = i;
            while (i < s.Length && char.IsLetter(s[i]))
            {
                i++;
            }

            if (i == start)
            {
                break;
            }

            var word = s[start..i];
            foreach (var verb in CueVerbs)
            {
                if (!word.Equals(verb, StringComparison.OrdinalIgnoreCase) || !char.IsLower(word[0]))
                {
                    continue;
                }

                var cue = new TextSpan(sentence.Start + start, sentence.Start + i);
                var before = s[..start].TrimEnd();
                var after = s[i..];
                if (before.Length > 0 && before[^1] == ',')
                {
                    // "…, he said." — the content is what comes before.
                    contentStart = sentence.Start;
                    contentEnd = sentence.Start + before.Length - 1;
                    speaker = SpeakerAfter(text, cue.End, sentence.End);
                }
                else
                {
                    var a = i;
                    var trimmed = after.TrimStart();
                    a += after.Length - trimmed.Length;
                    if (trimmed.StartsWith("that ", StringComparison.OrdinalIgnoreCase))
                    {
                        a += 5;
                    }
                    else if (trimmed.Length > 0 && trimmed[0] == ':')
                    {
                        a += 1;
                    }

                    contentStart = sentence.Start + a;
                    contentEnd = sentence.End;
                    speaker = before.Length > 0 ? SpeakerBefore(text, sentence.Start, sentence.Start + before.Length) : null;
                }

                Trim(text, ref contentStart, ref contentEnd);
                if (contentEnd - contentStart < 12)
                {
                    contentStart = contentEnd = 0;
                }

                return cue;
            }
        }

        return null;
    }

    private static readonly string[] SourceWords =
    [
        "he", "she", "they", "we", "i", "analysts", "analyst", "officials", "official", "experts", "expert", "sources", "source",
        "critics", "observers", "diplomats", "aides", "spokesman", "spokeswoman", "spokesperson", "president", "minister",
        "ministry", "secretary", "envoy", "leaders", "leader", "government", "report", "reports", "media", "outlets", "police",
        "residents", "witnesses", "researchers", "scientists", "economists", "people", "many", "some", "others",
    ];

    private static readonly string[] NotNames = ["the", "a", "an", "yet", "but", "and", "this", "that", "it", "its", "these", "those", "so", "then", "still", "thus"];

    /// <summary>True when the words given as the speaker can speak: a name (a capitalised word), a pronoun or a source noun ("analysts").</summary>
    private static bool LooksLikeSpeaker(string text, TextSpan who, TextSpan sentence)
    {
        var words = who.Of(text).Split([' ', ',', '\u00a0'], StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            var w = words[i].Trim('\'', '\u2019', '"');
            if (w.Length == 0)
            {
                continue;
            }

            var lower = w.ToLowerInvariant();
            if (lower.EndsWith("'s", StringComparison.Ordinal) || lower.EndsWith("\u2019s", StringComparison.Ordinal))
            {
                continue;
            }

            if (Array.IndexOf(SourceWords, lower) >= 0)
            {
                return true;
            }

            var first = i == 0 && who.Start == sentence.Start;
            if (char.IsUpper(w[0]) && !(first && Array.IndexOf(NotNames, lower) >= 0))
            {
                return true;
            }
        }

        return false;
    }

    private static TextSpan? SpeakerBefore(string text, int sentenceStart, int end)
    {
        // The words just before the cue, back to a clause boundary, at most 8 words.
        var start = end;
        var words = 0;
        while (start > sentenceStart && words < 8)
        {
            var c = text[start - 1];
            if (c is ',' or ';' or ':' or '.' or '"' or '\u201d' or '\u201c')
            {
                break;
            }

            if (c == ' ')
            {
                words++;
            }

            start--;
        }

        while (start < end && text[start] == ' ')
        {
            start++;
        }

        return end > start ? new TextSpan(start, end) : null;
    }

    private static TextSpan? SpeakerAfter(string text, int from, int sentenceEnd)
    {
        var start = from;
        while (start < sentenceEnd && text[start] == ' ')
        {
            start++;
        }

        var end = start;
        while (end < sentenceEnd && text[end] is not ('.' or ',' or ';'))
        {
            end++;
        }

        return end > start ? new TextSpan(start, end) : null;
    }

    private static void Trim(string text, ref int start, ref int end)
    {
        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] is ',' or ':'))
        {
            start++;
        }

        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '.' or ','))
        {
            end--;
        }
    }

    private static void QuotedStretches(string text, List<AttributedSpeech> found, CancellationToken cancellationToken)
    {
        var i = 0;
        var steps = 0;
        while (i < text.Length)
        {
            if ((++steps & 4095) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var c = text[i];
            char close;
            if (c == '\u201c')
            {
                close = '\u201d';
            }
            else if (c == '"')
            {
                close = '"';
            }
            else if ((c == '\u2018' || c == '\'') && (i == 0 || !char.IsLetterOrDigit(text[i - 1])) && i + 1 < text.Length && char.IsLetter(text[i + 1]))
            {
                close = c == '\u2018' ? '\u2019' : '\'';
            }
            else
            {
                i++;
                continue;
            }

            var end = FindClose(text, i + 1, close);
            if (end < 0)
            {
                i++;
                continue;
            }

            var span = new TextSpan(i + 1, end);
            var content = text.AsSpan(span.Start, span.Length).Trim();
            if (content.Length > 0)
            {
                var words = content.Count(' ') + 1;
                var kind = words >= 5 && char.IsUpper(content[0]) ? QuoteKind.Direct : QuoteKind.Partial;
                found.Add(new AttributedSpeech(span, kind, null, null));
            }

            i = end + 1;
        }
    }

    private static int FindClose(string text, int from, char close)
    {
        var limit = Math.Min(text.Length, from + 1500);
        for (var j = from; j < limit; j++)
        {
            var c = text[j];
            if (c == '\n' && j + 1 < text.Length && text[j + 1] == '\n')
            {
                return -1;
            }

            if (c == close)
            {
                // An apostrophe inside a word is not a closing single quote.
                if (close is '\'' or '\u2019' && j + 1 < text.Length && char.IsLetter(text[j + 1]) && j > 0 && char.IsLetter(text[j - 1]))
                {
                    continue;
                }

                return j;
            }

            if (close == '"' && c == '\u201c')
            {
                return -1;
            }
        }

        return -1;
    }
}
