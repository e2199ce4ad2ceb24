using Parallax.Comparison.Stances;
using Parallax.Language.WordRelations;

namespace Parallax.Comparison.Claims;

/// <summary>
/// Finds the check-worthy clauses of an article: sentences of 6–90 words that are not questions and carry at least
/// two of a name, a number or quantity, an event or assertion verb (or any past tense), and an achievement or its absence, split into clauses at semicolons, dashes,
/// colons, parentheses and contrastive conjunctions ("but", "while"); clauses with fewer than three content words
/// are dropped (a sentence with none left counts whole). The writer's filler — short asides, questions, calls to
/// action, generalities with no name, number or event — is left out.
/// </summary>
internal static class ClaimExtractor
{
    internal const int MaxClausesPerArticle = 300;

    private static readonly System.Buffers.SearchValues<char> Breaks = System.Buffers.SearchValues.Create(";:()\u2014");

    internal static List<ClaimClause> Extract(int article, StanceText text, WordRelations relations, CancellationToken cancellationToken)
    {
        var clauses = new List<ClaimClause>();
        for (var s = 0; s < text.Sentences.Length && clauses.Count < MaxClausesPerArticle; s++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var from = text.SentenceStarts[s];
            var to = text.SentenceStarts[s + 1];
            if (to - from is < 6 or > 90 || text.Sentences[s].Of(text.Text).TrimEnd().EndsWith('?'))
            {
                continue;
            }

            if (CheckWorthiness(text, from, to, relations) < 2)
            {
                continue;
            }

            var before = clauses.Count;
            var start = from;
            for (var i = from + 1; i <= to; i++)
            {
                if (i == to || IsBreak(text, start, i))
                {
                    var clause = new ClaimClause(article, text, s, start, i);
                    if (clause.Content.Count >= 3)
                    {
                        clauses.Add(clause);
                    }

                    start = i;
                }
            }

            if (clauses.Count == before)
            {
                var whole = new ClaimClause(article, text, s, from, to);
                if (whole.Content.Count >= 3)
                {
                    clauses.Add(whole);
                }
            }
        }

        return clauses;
    }

    /// <summary>
    /// 1 for a name, 1 for a number, quantity or time ("hundreds", "yesterday", "last week"), 1 for an event or
    /// assertion verb (listed, a past tense in "-ed", an irregular verb form: "resigned", "went", "fell"; or a
    /// refuting or hedging word), 1 for saying something was or was not achieved.
    /// </summary>
    internal static int CheckWorthiness(StanceText text, int from, int to, WordRelations relations)
    {
        bool name = false, number = false, verb = false, existence = false;
        for (var i = from; i < to; i++)
        {
            var word = text.Words[i];
            name |= i > from && text.Capitalized[i] && !StanceWords.Stop.Contains(text.Terms[i]);
            number |= StanceText.IsNumber(word) || Quantity.IsNumberWord(word) || ClaimWords.Counts.Contains(word) || ClaimWords.TimeWords.Contains(word)
                || (i > from && text.Words[i - 1] is "last" or "this" or "next" && ClaimWords.TimeUnits.Contains(word));
            verb |= ClaimWords.Refuting.Contains(word) || ClaimWords.Hedging.Contains(word);
            verb |= ClaimWords.EventVerbs.Contains(word) || (i > from && !text.Capitalized[i] && ((word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal)) || relations.IsIrregularVerbForm(word)));
            existence |= ClaimWords.Achieving.Contains(word) || word is "no" or "without" or "lack";
        }

        number |= Quantity.Find(text, from, to).Count > 0;
        return (name ? 1 : 0) + (number ? 1 : 0) + (verb ? 1 : 0) + (existence ? 1 : 0);
    }

    private static bool IsBreak(StanceText text, int start, int i)
    {
        var gap = text.Text.AsSpan(text.Spans[i - 1].End, text.Spans[i].Start - text.Spans[i - 1].End);
        if (gap.IndexOfAny(Breaks) >= 0 || gap.IndexOf(" - ", StringComparison.Ordinal) >= 0 || gap.IndexOf(" \u2013", StringComparison.Ordinal) >= 0)
        {
            return true;
        }

        return ClaimWords.ClauseBreaks.Contains(text.Words[i]) && (gap.Contains(',') || i - start >= 4);
    }
}
