using System.Collections.Immutable;
using Parallax.Dossier;
using Parallax.Language.Coreference;
using Parallax.Language.Entities;
using Parallax.Language.Tone;
using Parallax.Model;

namespace Parallax.Comparison.Framing;

/// <summary>
/// Tone toward each actor of one article. The sentences about an actor are those that mention it by name or role
/// phrase, plus a following sentence that opens with "He", "His", "She" or "Her" when the sentence before named a
/// person first. A sentence about several actors is cut into clauses (at ";", ":", dashes and ", while", "but" …) and
/// each actor gets the clauses that name it, plus the clauses that name no one. Words inside quoted or reported speech
/// are left out of the outlet's tone and scored apart as the speakers' tone.
/// </summary>
internal static class ActorTone
{
    private const int MaxSentences = 5000;

    public sealed record Result(
        ImmutableDictionary<string, double> Tone,
        ImmutableDictionary<string, ImmutableArray<ToneEvidence>> Evidence,
        ImmutableDictionary<string, double> QuotedTone);

    /// <summary>The valence a loaded label, pejorative or charged term adds to the outlet's tone where it stands (VADER scale).</summary>
    public const double LoadedTermValence = -1.5;

    public static Result Score(ArticleInput input, ToneScorer scorer, IReadOnlySet<string> topic, IReadOnlyList<LoadedTermUse> loaded, CancellationToken cancellationToken)
    {
        var text = input.Text;
        var judgements = loaded.Where(l => !l.InSpeech && l.Category is "label" or "pejorative" or "charged")
            .Select(l => new ToneWord(l.Span, LoadedTermValence)).ToList();
        var speechSpans = input.Speech.Select(s => s.Span).ToList();
        double Weight(string w) => topic.Contains(w) ? TopicWords.Weight : 1;

        // Mentions per sentence.
        var mentions = new List<(TextSpan Span, NameChain Chain)>();
        foreach (var chain in input.Actors)
        {
            foreach (var m in chain.Mentions)
            {
                mentions.Add((m.Span, chain));
            }
        }

        mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        var own = new Dictionary<string, List<ToneEvidence>>(StringComparer.Ordinal);
        var quoted = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        NameChain? previousFirstPerson = null;
        var count = 0;
        foreach (var sentence in input.Sentences)
        {
            if (++count > MaxSentences)
            {
                break;
            }

            if ((count & 63) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var s = sentence.Span;
            var inSentence = mentions.Where(m => s.Contains(m.Span)).ToList();
            if (inSentence.Count == 0 && previousFirstPerson is not null && OpensWithPronoun(text, s))
            {
                inSentence.Add((new TextSpan(s.Start, s.Start), previousFirstPerson));
            }

            previousFirstPerson = inSentence.FirstOrDefault(m => m.Chain.Type == EntityType.Person).Chain;
            var actors = inSentence.Select(m => m.Chain).Distinct().ToList();
            if (actors.Count == 0)
            {
                continue;
            }

            var clauses = actors.Count == 1 ? [s] : Clauses(text, s);
            foreach (var actor in actors)
            {
                var key = input.Keys.Of(actor);
                var ownClauses = clauses.Where(c => inSentence.Any(m => m.Chain == actor && (c.Contains(m.Span) || m.Span.IsEmpty && c.Start == s.Start))).ToList();
                var neutralClauses = clauses.Where(c => !inSentence.Any(m => c.Contains(m.Span) && !m.Span.IsEmpty)).ToList();
                foreach (var clause in ownClauses.Concat(neutralClauses).Distinct().OrderBy(c => c.Start))
                {
                    var score = scorer.Score(text, clause, speechSpans, Weight, judgements);
                    Add(own, key, new ToneEvidence(Trim(text, clause), score.Compound, InSpeech: false));
                }

                // The speakers' tone: speech inside the sentence.
                foreach (var speech in speechSpans.Where(sp => sp.Overlaps(s)))
                {
                    var part = new TextSpan(Math.Max(speech.Start, s.Start), Math.Min(speech.End, s.End));
                    var score = scorer.Score(text, part, [], Weight);
                    if (score.Words.Count > 0)
                    {
                        if (!quoted.TryGetValue(key, out var list))
                        {
                            quoted[key] = list = [];
                        }

                        list.Add(score.Compound);
                        Add(own, key, new ToneEvidence(part, score.Compound, InSpeech: true));
                    }
                }
            }
        }

        var tone = ImmutableDictionary.CreateBuilder<string, double>(StringComparer.Ordinal);
        var evidence = ImmutableDictionary.CreateBuilder<string, ImmutableArray<ToneEvidence>>(StringComparer.Ordinal);
        foreach (var (key, list) in own)
        {
            var outlet = list.Where(e => !e.InSpeech).ToList();
            if (outlet.Count == 0)
            {
                continue;
            }

            tone[key] = Math.Round(outlet.Average(e => e.Score), 4);
            evidence[key] = [.. list];
        }

        var quotedTone = ImmutableDictionary.CreateBuilder<string, double>(StringComparer.Ordinal);
        foreach (var (key, list) in quoted)
        {
            quotedTone[key] = Math.Round(list.Average(), 4);
        }

        return new Result(tone.ToImmutable(), evidence.ToImmutable(), quotedTone.ToImmutable());
    }

    private static void Add(Dictionary<string, List<ToneEvidence>> map, string key, ToneEvidence evidence)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        if (!list.Exists(e => e.Span == evidence.Span && e.InSpeech == evidence.InSpeech))
        {
            list.Add(evidence);
        }
    }

    private static bool OpensWithPronoun(string text, TextSpan s)
    {
        var span = text.AsSpan(s.Start, Math.Min(5, s.Length));
        return span.StartsWith("He ", StringComparison.Ordinal) || span.StartsWith("His ", StringComparison.Ordinal)
            || span.StartsWith("She ", StringComparison.Ordinal) || span.StartsWith("Her ", StringComparison.Ordinal);
    }

    private static readonly string[] ClauseOpeners = [", while ", ", whereas ", ", but ", " but ", ", yet ", ", although ", ", though ", " while ", ", and "];

    /// <summary>Cuts a sentence at clause boundaries.</summary>
    internal static List<TextSpan> Clauses(string text, TextSpan s)
    {
        var cuts = new SortedSet<int>();
        for (var i = s.Start; i < s.End; i++)
        {
            if (text[i] is ';' or ':' or '\u2014' or '\u2013' && i + 1 < s.End)
            {
                cuts.Add(i + 1);
            }
        }

        var sentence = text.AsSpan(s.Start, s.Length);
        foreach (var opener in ClauseOpeners)
        {
            var from = 0;
            while (from < sentence.Length)
            {
                var at = sentence[from..].IndexOf(opener, StringComparison.Ordinal);
                if (at < 0)
                {
                    break;
                }

                cuts.Add(s.Start + from + at + 1);
                from += at + opener.Length;
            }
        }

        var result = new List<TextSpan>();
        var start = s.Start;
        foreach (var cut in cuts)
        {
            if (cut - start >= 8)
            {
                result.Add(new TextSpan(start, cut));
                start = cut;
            }
        }

        result.Add(new TextSpan(start, s.End));
        return result;
    }

    private static TextSpan Trim(string text, TextSpan span)
    {
        var start = span.Start;
        var end = span.End;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return new TextSpan(start, end);
    }
}
