using System.Collections.Immutable;
using Parallax.Dossier;

using Parallax.Language.Entities;
using Parallax.Model;

namespace Parallax.Comparison.Framing;

/// <summary>
/// An article's voice (own assertion, attributed speech, marked opinion, as shares of its sentences' characters) and
/// sourcing (named, anonymous or unattributed speakers).
/// </summary>
internal static class VoiceProfile
{
    private static readonly string[] OpinionMarkers =
    [
        "evidently", "of course", "clearly", "obviously", "undoubtedly", "surely", "certainly", "naturally", "unquestionably",
        "doubtless", "no doubt", "without doubt", "needless to say", "it is clear", "the truth is", "the truth of the matter",
        "in reality", "in effect", "frankly", "sadly", "fortunately", "unfortunately", "alas", "make no mistake",
        "it goes without saying", "admittedly", "arguably", "tellingly", "predictably", "ironically", "notably", "indeed",
        "apparently", "it seems", "seems to", "appears to", "appeared",
    ];

    private static readonly string[] AnonymousNouns =
    [
        "official", "officials", "source", "sources", "analyst", "analysts", "expert", "experts", "observer", "observers",
        "critic", "critics", "insider", "insiders", "diplomat", "diplomats", "aide", "aides", "people familiar", "some",
        "many", "several", "others", "residents", "media", "outlets", "reports", "report", "commentators", "those",
        "a person", "a spokesman", "a spokeswoman", "a spokesperson", "western outlets", "several western outlets",
    ];

    public static (OutletVoice Voice, OutletSourcing Sourcing) Of(ArticleInput input)
    {
        var text = input.Text;
        long total = 0, attributed = 0, opinion = 0;
        var markers = ImmutableArray.CreateBuilder<TextSpan>();
        foreach (var sentence in input.Sentences)
        {
            var s = sentence.Span;
            total += s.Length;
            var inSpeech = 0;
            foreach (var sp in input.Speech)
            {
                if (sp.Span.Overlaps(s))
                {
                    inSpeech += Math.Min(sp.Span.End, s.End) - Math.Max(sp.Span.Start, s.Start);
                }
            }

            inSpeech = Math.Min(inSpeech, s.Length);
            attributed += inSpeech;
            var found = false;
            foreach (var marker in OpinionMarkers)
            {
                foreach (var span in Language.Tone.LoadedLanguage.Occurrences(s.Of(text), marker))
                {
                    var abs = new TextSpan(s.Start + span.Start, s.Start + span.End);
                    if (!input.InSpeech(abs) && !(abs.End < text.Length && text[abs.End] == 's'))
                    {
                        markers.Add(abs);
                        found = true;
                    }
                }
            }

            if (found)
            {
                opinion += s.Length - inSpeech;
            }
        }

        var voice = total == 0
            ? new OutletVoice(0, 0, 0)
            : new OutletVoice(Math.Round((double)(total - attributed - opinion) / total, 4), Math.Round((double)attributed / total, 4), Math.Round((double)opinion / total, 4));
        voice = voice with { OpinionMarkers = [.. markers.OrderBy(m => m.Start)] };
        return (voice, Sourcing(input));
    }

    private static OutletSourcing Sourcing(ArticleInput input)
    {
        int named = 0, anonymous = 0, unattributed = 0;
        var anonymousSpans = ImmutableArray.CreateBuilder<TextSpan>();
        foreach (var speech in input.Speech)
        {
            if (speech.Speaker is not { } who)
            {
                // Quoted words with no cue: a partial quote is the outlet's use of a phrase; count full quotes only.
                if (speech.Kind != Language.Quotes.QuoteKind.Partial || speech.Cue is not null)
                {
                    unattributed++;
                }

                continue;
            }

            if (NamesActor(input, who))
            {
                named++;
                continue;
            }

            var words = who.Of(input.Text).ToLowerInvariant();
            if (words.Split(' ', StringSplitOptions.RemoveEmptyEntries) is [var single] && single is "he" or "she" or "they" or "his" or "her")
            {
                named++;
                continue;
            }

            if (AnonymousNouns.Any(n => Language.Tone.LoadedLanguage.Occurrences(words, n).Count > 0))
            {
                anonymous++;
                anonymousSpans.Add(who);
            }
            else
            {
                named++;
            }
        }

        var all = named + anonymous + unattributed;
        var kind = all == 0 ? SourcingKind.None
            : named >= 0.75 * all ? SourcingKind.Named
            : anonymous + unattributed >= 0.75 * all && anonymous >= unattributed ? SourcingKind.Anonymous
            : SourcingKind.Mixed;
        return new OutletSourcing(named, anonymous, unattributed, kind) { AnonymousSources = anonymousSpans.ToImmutable() };
    }

    private static bool NamesActor(ArticleInput input, TextSpan who)
    {
        foreach (var chain in input.Chains)
        {
            if (chain.Type is not (EntityType.Person or EntityType.Organization))
            {
                continue;
            }

            foreach (var m in chain.Mentions)
            {
                if (m.Span.Overlaps(who))
                {
                    return true;
                }
            }
        }

        return false;
    }

}
