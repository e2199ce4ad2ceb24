using Parallax.Model;

namespace Parallax.Language.Tone;

/// <summary>One word that moved a tone score, with its signed contribution after the rules. Immutable.</summary>
/// <param name="Span">The word.</param>
/// <param name="Contribution">Its valence after boosters, negation and contrast (VADER's -4 … 4 scale).</param>
public readonly record struct ToneWord(TextSpan Span, double Contribution) : IHasSpan;

/// <summary>The tone of a stretch of text: VADER's normalised compound score (-1 … 1) and the words behind it. Immutable.</summary>
/// <param name="Compound">sum / sqrt(sum² + 15), as VADER normalises.</param>
/// <param name="Words">The words with a non-zero contribution, in text order.</param>
public sealed record ToneScore(double Compound, IReadOnlyList<ToneWord> Words)
{
    /// <summary>No sentiment.</summary>
    public static ToneScore Neutral { get; } = new(0, []);
}

/// <summary>
/// Scores text with VADER's rules (Hutto &amp; Gilbert 2014) over <see cref="SentimentLexicon"/>: each lexicon word's
/// valence, raised or lowered by up to three preceding booster or dampener words ("very", "slightly"), flipped and
/// damped (×-0.74) by a negation within three words before it ("not", "never", "no", "n't"), emphasised when in
/// capitals inside mixed-case text, and reweighted around a contrast ("but": words before ×0.5, after ×1.5).
/// Spans given as excluded (speech quoted from others) are skipped, so the score is the writer's own voice.
/// Stateless apart from the lexicon; thread-safe.
/// </summary>
public sealed class ToneScorer
{
    private const double CapsIncrement = 0.733;
    private const double NegationScalar = -0.74;
    private static readonly System.Buffers.SearchValues<char> CapitalLetters = System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ'-\u2019");

    /// <summary>Creates a scorer over <paramref name="lexicon"/> (<see cref="SentimentLexicon.Default"/> when null).</summary>
    public ToneScorer(SentimentLexicon? lexicon = null) => Lexicon = lexicon ?? SentimentLexicon.Default;

    /// <summary>The lexicon used.</summary>
    public SentimentLexicon Lexicon { get; }

    /// <summary>Scores <paramref name="span"/> of <paramref name="text"/>, skipping words inside <paramref name="excluded"/>.</summary>
    /// <param name="text">The article text.</param>
    /// <param name="span">The stretch to score (a sentence or clause).</param>
    /// <param name="excluded">Spans to skip, in any order; may be empty.</param>
    /// <param name="weight">A weight (0–1) per lower-case word, e.g. to damp the story's own topic words; null for 1.</param>
    public ToneScore Score(string text, TextSpan span, IReadOnlyList<TextSpan> excluded, Func<string, double>? weight = null) =>
        Score(text, span, excluded, weight, extra: null);

    /// <summary>As <see cref="Score(string, TextSpan, IReadOnlyList{TextSpan}, Func{string, double}?)"/>, with extra valences for given spans (loaded terms): each span inside the scored stretch adds its valence as a word would.</summary>
    public ToneScore Score(string text, TextSpan span, IReadOnlyList<TextSpan> excluded, Func<string, double>? weight, IReadOnlyList<ToneWord>? extra)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(excluded);
        var words = new List<(TextSpan Span, string Lower, bool Caps)>();
        var i = span.Start;
        var end = Math.Min(span.End, text.Length);
        var anyLower = false;
        while (i < end)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < end && (char.IsLetter(text[i]) || ((text[i] is '\'' or '\u2019' or '-') && i + 1 < end && char.IsLetter(text[i + 1]))))
            {
                i++;
            }

            var w = new TextSpan(start, i);
            if (Inside(excluded, w))
            {
                continue;
            }

            var raw = text.AsSpan(start, i - start);
            var caps = raw.Length > 1 && !raw.ContainsAnyExcept(CapitalLetters);
            anyLower |= !caps;
            words.Add((w, raw.ToString().ToLowerInvariant().Replace('\u2019', '\''), caps));
        }

        if (words.Count == 0 && extra is null)
        {
            return ToneScore.Neutral;
        }

        var contrast = -1;
        for (var k = 0; k < words.Count; k++)
        {
            // "not only … but also" is no contrast.
            if (words[k].Lower is "but" or "however" && !(k + 1 < words.Count && words[k + 1].Lower == "also"))
            {
                contrast = k;
            }
        }

        var contributions = new List<ToneWord>();
        var sum = 0.0;
        for (var k = 0; k < words.Count; k++)
        {
            var lower = words[k].Lower;
            if (Lexicon.Booster(lower) != 0 || Lexicon.IsNegation(lower))
            {
                continue;
            }

            var v = Lexicon.Valence(lower);
            if (v == 0 && lower.EndsWith("'s", StringComparison.Ordinal))
            {
                v = Lexicon.Valence(lower.AsSpan(0, lower.Length - 2));
            }

            if (v == 0 || (lower == "no" && k + 1 < words.Count && Lexicon.Valence(words[k + 1].Lower) != 0))
            {
                continue;
            }

            // "kind of" is a dampener, not "kind".
            if (lower is "kind" or "sort" && k + 1 < words.Count && words[k + 1].Lower == "of")
            {
                continue;
            }

            if (words[k].Caps && anyLower)
            {
                v += v > 0 ? CapsIncrement : -CapsIncrement;
            }

            for (var back = 1; back <= 3 && k - back >= 0; back++)
            {
                var prev = words[k - back].Lower;
                var b = Lexicon.Booster(prev);
                if (b == 0 && k - back - 1 >= 0)
                {
                    b = Lexicon.Booster(words[k - back - 1].Lower + " " + prev);
                }

                if (b != 0)
                {
                    var damp = back == 1 ? 1 : back == 2 ? 0.95 : 0.9;
                    v += (v > 0 ? b : -b) * damp;
                }
            }

            for (var back = 1; back <= 3 && k - back >= 0; back++)
            {
                var prev = words[k - back].Lower;
                var notOnly = prev == "not" && words[k - back + 1].Lower == "only";
                if ((Lexicon.IsNegation(prev) || prev == "no") && !notOnly)
                {
                    v *= NegationScalar;
                    break;
                }
            }

            if (contrast >= 0)
            {
                v *= k < contrast ? 0.5 : k > contrast ? 1.5 : 1;
            }

            if (weight is not null)
            {
                v *= weight(lower);
            }

            if (v != 0)
            {
                sum += v;
                contributions.Add(new ToneWord(words[k].Span, v));
            }
        }

        if (extra is not null)
        {
            foreach (var e in extra)
            {
                if (span.Contains(e.Span) && !Inside(excluded, e.Span))
                {
                    sum += e.Contribution;
                    contributions.Add(e);
                }
            }
        }

        if (sum == 0)
        {
            return contributions.Count == 0 ? ToneScore.Neutral : new ToneScore(0, contributions);
        }

        var compound = sum / Math.Sqrt((sum * sum) + 15);
        return new ToneScore(Math.Clamp(compound, -1, 1), contributions);
    }

    private static bool Inside(IReadOnlyList<TextSpan> spans, TextSpan word)
    {
        foreach (var s in spans)
        {
            if (s.Contains(word))
            {
                return true;
            }
        }

        return false;
    }
}
