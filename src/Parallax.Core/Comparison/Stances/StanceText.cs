using Parallax.Language.Sentences;
using Parallax.Model;

namespace Parallax.Comparison.Stances;

/// <summary>
/// A text as the stance model sees it: its words (lower case and stemmed, with their spans), whether each was
/// capitalised, and its sentences. Only the first <see cref="MaxChars"/> characters are read. Immutable.
/// </summary>
internal sealed class StanceText
{
    /// <summary>The most characters of a text that are read; the rest is ignored (spans stay valid).</summary>
    internal const int MaxChars = 200_000;

    private StanceText(string text, string[] words, string[] terms, TextSpan[] spans, bool[] capitalized, TextSpan[] sentences, int[] sentenceStarts)
    {
        Text = text;
        Words = words;
        Terms = terms;
        Spans = spans;
        Capitalized = capitalized;
        Sentences = sentences;
        SentenceStarts = sentenceStarts;
    }

    internal string Text { get; }

    /// <summary>Lower-case words and numbers (numbers without thousands separators).</summary>
    internal string[] Words { get; }

    /// <summary>The stems of <see cref="Words"/>.</summary>
    internal string[] Terms { get; }

    internal TextSpan[] Spans { get; }

    internal bool[] Capitalized { get; }

    internal TextSpan[] Sentences { get; }

    /// <summary>For each sentence, the index of its first word; one extra entry holds the word count.</summary>
    internal int[] SentenceStarts { get; }

    internal int Count => Terms.Length;

    internal static StanceText Parse(string text, CancellationToken cancellationToken = default)
    {
        var length = Math.Min(text.Length, MaxChars);
        var words = new List<string>(length / 5);
        var spans = new List<TextSpan>(length / 5);
        var capitals = new List<bool>(length / 5);
        Span<char> buffer = stackalloc char[64];
        var i = 0;
        while (i < length)
        {
            if ((i & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var c = text[i];
            if (!char.IsLetterOrDigit(c))
            {
                i++;
                continue;
            }

            var start = i;
            var digits = char.IsDigit(c);
            i++;
            while (i < length)
            {
                var d = text[i];
                if (char.IsLetterOrDigit(d))
                {
                    i++;
                }
                else if (i + 1 < length && (d is '\'' or '\u2019') && char.IsLetter(text[i + 1]) && !digits)
                {
                    i += 2;
                }
                else if (i + 1 < length && (d is '.' or ',') && digits && char.IsDigit(text[i + 1]))
                {
                    i += 2;
                }
                else
                {
                    break;
                }
            }

            var count = 0;
            for (var k = start; k < i && count < buffer.Length; k++)
            {
                var ch = text[k];
                if (ch == ',' && digits)
                {
                    continue;
                }

                buffer[count++] = ch == '\u2019' ? '\'' : char.ToLowerInvariant(ch);
            }

            words.Add(new string(buffer[..count]));
            spans.Add(new TextSpan(start, i));
            capitals.Add(char.IsUpper(c));
        }

        var terms = new string[words.Count];
        for (var k = 0; k < terms.Length; k++)
        {
            terms[k] = Stem(words[k]);
        }

        var layer = SentenceSplitter.Split(length == text.Length ? text : text[..length], cancellationToken);
        var sentences = new List<TextSpan>(layer.Count);
        var starts = new List<int>(layer.Count + 1);
        var w = 0;
        foreach (var sentence in layer)
        {
            while (w < spans.Count && spans[w].Start < sentence.Span.Start)
            {
                w++;
            }

            if (w < spans.Count && spans[w].Start < sentence.Span.End)
            {
                sentences.Add(sentence.Span);
                starts.Add(w);
            }
        }

        if (sentences.Count == 0 && spans.Count > 0)
        {
            sentences.Add(new TextSpan(spans[0].Start, spans[^1].End));
            starts.Add(0);
        }

        starts.Add(spans.Count);
        return new StanceText(text, [.. words], terms, [.. spans], [.. capitals], [.. sentences], [.. starts]);
    }

    /// <summary>A light suffix-stripping stemmer (plural, possessive, -ed, -ing, -ly) for lower-case words.</summary>
    internal static string Stem(string word)
    {
        if (word.Length <= 3 || char.IsDigit(word[0]))
        {
            return word;
        }

        if (word.EndsWith("'s", StringComparison.Ordinal))
        {
            word = word[..^2];
        }

        if (word.EndsWith("n't", StringComparison.Ordinal))
        {
            return "not";
        }

        if (word.Length > 4 && word.EndsWith("ies", StringComparison.Ordinal))
        {
            return word[..^3] + "y";
        }

        if (word.EndsWith("sses", StringComparison.Ordinal))
        {
            return word[..^2];
        }

        if (word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal) && !word.EndsWith("is", StringComparison.Ordinal))
        {
            return word[..^1];
        }

        if (word.Length > 5 && word.EndsWith("ing", StringComparison.Ordinal))
        {
            return Undouble(word[..^3]);
        }

        if (word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal))
        {
            return Undouble(word[..^2]);
        }

        if (word.Length > 5 && word.EndsWith("ly", StringComparison.Ordinal))
        {
            return word[..^2];
        }

        return word;
    }

    /// <summary>Whether a word is a number (starts with a digit).</summary>
    internal static bool IsNumber(string word) => word.Length > 0 && char.IsDigit(word[0]);

    private static string Undouble(string stem) =>
        stem.Length > 3 && stem[^1] == stem[^2] && stem[^1] is not ('l' or 's' or 'z') ? stem[..^1] : stem.EndsWith('e') ? stem[..^1] : stem;
}
