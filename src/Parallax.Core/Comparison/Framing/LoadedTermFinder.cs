using System.Collections.Immutable;
using Parallax.Dossier;
using Parallax.Language.Coreference;
using Parallax.Language.Tone;
using Parallax.Model;

namespace Parallax.Comparison.Framing;

/// <summary>
/// Finds an article's loaded terms and, for each, the neutral wordings other articles of the story used for the same
/// thing. When the term is attached to an actor ("the Zelenskyy regime": a name within two words), a neutral wording
/// counts only next to the same actor in the other article (same dossier entity, or same canonical name); otherwise a
/// neutral wording of two or more words ("war in Ukraine", "military campaign") counts anywhere in the story.
/// </summary>
internal static class LoadedTermFinder
{
    private const int MaxShown = 3;
    private const int NearChars = 30;

    public static List<LoadedTermUse> Find(ArticleInput input, IReadOnlyList<ArticleInput> story, StoryWordIndex words, LoadedLanguage lexicon, CancellationToken cancellationToken)
    {
        var uses = new List<LoadedTermUse>();
        foreach (var match in lexicon.Find(input.Text, cancellationToken: cancellationToken))
        {
            var referent = Referent(input, match.Span);
            var elsewhere = ImmutableArray.CreateBuilder<NeutralWording>();
            // Only the articles that hold an alternative's first word, in story order, as a scan of every article would give.
            var holders = match.Term.Alternatives.SelectMany(words.MayHold).Distinct().Order();
            foreach (var index in holders)
            {
                var other = story[index];
                if (elsewhere.Count >= MaxShown)
                {
                    break;
                }

                if (ReferenceEquals(other, input))
                {
                    continue;
                }

                foreach (var alternative in match.Term.Alternatives)
                {
                    foreach (var span in LoadedLanguage.Occurrences(other.Text, alternative))
                    {
                        if (elsewhere.Count >= MaxShown)
                        {
                            break;
                        }

                        var ok = referent is { } r
                            ? Referent(other, span) is { } r2 && SameActor(input, r, other, r2)
                            : alternative.Contains(' ', StringComparison.Ordinal);
                        if (ok && !other.InSpeech(span))
                        {
                            elsewhere.Add(new NeutralWording(other.Article.Id, span, span.Of(other.Text)));
                        }
                    }
                }
            }

            uses.Add(new LoadedTermUse(match.Span, match.Term.Term, match.Term.Category, input.InSpeech(match.Span))
            {
                Neutral = match.Term.Alternatives,
                UsedElsewhere = elsewhere.ToImmutable(),
                Referent = referent is null ? null : input.Keys.Of(referent),
            });
        }

        return uses;
    }

    /// <summary>The actor named right before or after <paramref name="span"/> (within a few characters, same sentence).</summary>
    private static NameChain? Referent(ArticleInput input, TextSpan span)
    {
        NameChain? best = null;
        var bestDistance = int.MaxValue;
        foreach (var chain in input.Actors)
        {
            foreach (var m in chain.Mentions)
            {
                var distance = m.Span.End <= span.Start ? span.Start - m.Span.End : m.Span.Start >= span.End ? m.Span.Start - span.End : 0;
                if (distance > NearChars || distance >= bestDistance)
                {
                    continue;
                }

                var between = m.Span.End <= span.Start ? input.Text.AsSpan(m.Span.End, span.Start - m.Span.End) : input.Text.AsSpan(span.End, Math.Max(0, m.Span.Start - span.End));
                if (between.IndexOfAny(".;:!?") >= 0 || between.Count(' ') > 3)
                {
                    continue;
                }

                best = chain;
                bestDistance = distance;
            }
        }

        return best;
    }

    private static bool SameActor(ArticleInput a, NameChain ca, ArticleInput b, NameChain cb)
    {
        var ka = a.Keys.Of(ca);
        var kb = b.Keys.Of(cb);
        return a.Keys.UsesEntityIds ? ka == kb : string.Equals(ca.CanonicalName, cb.CanonicalName, StringComparison.OrdinalIgnoreCase)
            || ca.CanonicalName.Split(' ')[^1].Equals(cb.CanonicalName.Split(' ')[^1], StringComparison.OrdinalIgnoreCase);
    }
}
