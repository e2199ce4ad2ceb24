using Parallax.Comparison.Stances;
using Parallax.Language.WordRelations;
using Parallax.Model;

namespace Parallax.Comparison.Claims;

/// <summary>
/// A check-worthy clause of one article: its span, its words (a word range of the article's
/// <see cref="StanceText"/>), its content stems, quantities, and cue flags. Immutable once built.
/// </summary>
internal sealed class ClaimClause
{
    internal ClaimClause(int article, StanceText text, int sentence, int from, int to)
    {
        Article = article;
        Text = text;
        Sentence = sentence;
        From = from;
        To = to;
        Span = new TextSpan(text.Spans[from].Start, text.Spans[to - 1].End);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = from; i < to; i++)
        {
            var term = text.Terms[i];
            if (ClaimWords.IsContent(term))
            {
                Content.Add(i);
                if (seen.Add(term))
                {
                    UniqueContent.Add(i);
                }
            }

            Hedged |= ClaimWords.Hedging.Contains(text.Words[i]);
            Refuting |= ClaimWords.Refuting.Contains(text.Words[i]);
        }

        Quantities = Quantity.Find(text, from, to);
    }

    /// <summary>
    /// Word indexes of the verbs that tell what happened ("resigned", "attacked", "withdrew"): listed event verbs, past
    /// tenses in "-ed" and irregular verb forms among the content words, not verbs of saying.
    /// </summary>
    internal List<int> EventWords(WordRelations relations)
    {
        var found = new List<int>();
        foreach (var i in Content)
        {
            var word = Text.Words[i];
            if (!Text.Capitalized[i] && !ClaimWords.Reporting.Contains(word)
                && (ClaimWords.EventVerbs.Contains(word) || relations.IsIrregularVerbForm(word) || (word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal))))
            {
                found.Add(i);
            }
        }

        return found;
    }

    internal int Article { get; }

    internal StanceText Text { get; }

    internal int Sentence { get; }

    /// <summary>The first word of the clause.</summary>
    internal int From { get; }

    /// <summary>One past the last word.</summary>
    internal int To { get; }

    internal TextSpan Span { get; }

    /// <summary>Word indexes of the content words.</summary>
    internal List<int> Content { get; } = [];

    /// <summary>Word indexes of the first occurrence of each content stem, in order.</summary>
    internal List<int> UniqueContent { get; } = [];

    internal List<Quantity> Quantities { get; }

    /// <summary>Reports rather than asserts ("claims", "reportedly", "allegedly").</summary>
    internal bool Hedged { get; }

    /// <summary>Carries a refutation word ("denied", "false", "baseless").</summary>
    internal bool Refuting { get; }

    internal string Wording => Span.Of(Text.Text);

    /// <summary>
    /// Whether the word at <paramref name="index"/> is under a negation: a negating word among the two words before
    /// it, with no comma or other punctuation between ("no substantive agreement", "not seen"), "not only" excepted.
    /// </summary>
    internal bool IsNegated(int index) => Before(index, 2, ClaimWords.Negating, skipNotOnly: true);

    /// <summary>Whether the word is in an unreal context: a hope, plan, condition, future or possibility among the eight words before it.</summary>
    internal bool IsIrrealis(int index) => Before(index, 8, ClaimWords.Irrealis, skipNotOnly: false);

    /// <summary>The polarity of a stem in the clause: +1 every mention plain, -1 every mention negated, 0 mixed or unreal.</summary>
    internal int Polarity(string term)
    {
        bool plain = false, negated = false;
        for (var i = From; i < To; i++)
        {
            if (Text.Terms[i] != term)
            {
                continue;
            }

            if (IsIrrealis(i))
            {
                return 0;
            }

            if (IsNegated(i))
            {
                negated = true;
            }
            else
            {
                plain = true;
            }
        }

        return plain == negated ? 0 : negated ? -1 : 1;
    }

    /// <summary>
    /// The things the clause says exist or do not: (word index, +1) after an achieving verb ("reached a consensus
    /// on"), (word index, -1) after a negation ("no substantive agreement had", "lack of breakthrough", "failed to
    /// secure concessions"). The thing is the last word before the noun phrase ends, at most three words on.
    /// Unreal contexts ("hope for an agreement", "once the parties reach consensus") say nothing.
    /// </summary>
    internal List<(int Index, int Polarity)> Existence()
    {
        var found = new List<(int, int)>();
        for (var i = From; i < To; i++)
        {
            var word = Text.Words[i];
            var negative = word is "no" or "without" or "lack" or "absence";
            var positive = ClaimWords.Achieving.Contains(word);
            if (!negative && !positive)
            {
                continue;
            }

            var start = i + 1;
            if (start < To && Text.Words[start] == "of" && word is "lack" or "absence")
            {
                start++;
            }

            var polarity = negative ? -1 : 1;
            if (positive && (IsNegated(i) || IsIrrealis(i)))
            {
                polarity = IsIrrealis(i) ? 0 : -1;
            }

            if (negative && IsIrrealis(i))
            {
                polarity = 0;
            }

            if (polarity == 0)
            {
                continue;
            }

            var end = -1;
            for (var k = start; k < Math.Min(To, start + 4); k++)
            {
                if (k > start && HasPunctuationBefore(k))
                {
                    break;
                }

                if (ClaimWords.PhraseEnds.Contains(Text.Words[k]) || ClaimWords.Negating.Contains(Text.Words[k]))
                {
                    break;
                }

                end = k;
            }

            if (end >= 0 && ClaimWords.IsContent(Text.Terms[end]) && !Text.Capitalized[end] && !ClaimWords.Achieving.Contains(Text.Words[end]))
            {
                found.Add((end, polarity));
            }
        }

        return found;
    }

    private bool Before(int index, int window, HashSet<string> words, bool skipNotOnly)
    {
        for (var k = index - 1; k >= Math.Max(From, index - window); k--)
        {
            if (HasPunctuationBefore(k + 1))
            {
                return false;
            }

            var word = Text.Words[k];
            if (words.Contains(word) && !(skipNotOnly && word == "not" && k + 1 < To && Text.Words[k + 1] is "only" or "just"))
            {
                return true;
            }
        }

        return false;
    }

    private bool HasPunctuationBefore(int k)
    {
        var gap = Text.Text.AsSpan(Text.Spans[k - 1].End, Text.Spans[k].Start - Text.Spans[k - 1].End);
        foreach (var c in gap)
        {
            if (c is ',' or '.' or ';' or ':' or '!' or '?' or '(' or ')' or '\u2014' or '\u2013')
            {
                return true;
            }
        }

        return false;
    }
}
