using System.Collections.Immutable;
using Parallax.Dossier;
using Parallax.Language.Coreference;
using Parallax.Language.Entities;
using Parallax.Language.Quotes;
using Parallax.Language.Sentences;
using Parallax.Language.Tone;
using Parallax.Model;

namespace Parallax.Comparison.Framing;

/// <summary>
/// The story stage that fills <see cref="StoryDossier.Outlets"/>: for each article, the tone of its own voice toward each
/// main actor (<see cref="ActorTone"/>), the loaded terms it uses with the neutral wordings other outlets of the story
/// used (<see cref="LoadedTermFinder"/>), and its voice and sourcing (<see cref="VoiceProfile"/>). Uses the article's
/// <see cref="NameChain"/>, <see cref="Sentence"/> and <see cref="Quote"/> layers (the built-in speech detector when no
/// quotes stage ran) and, when filled, <see cref="StoryDossier.Entities"/> for the actors' keys. Thread-safe; no I/O.
/// </summary>
public sealed class FramingStage : IStoryStage
{
    private readonly ToneScorer _scorer;
    private readonly LoadedLanguage _loaded;

    /// <summary>Creates the stage with the given lexicons (the embedded ones when null).</summary>
    public FramingStage(SentimentLexicon? lexicon = null, LoadedLanguage? loadedLanguage = null)
    {
        _scorer = new ToneScorer(lexicon);
        _loaded = loadedLanguage ?? LoadedLanguage.Default;
    }

    /// <inheritdoc />
    public string Name => "framing";

    /// <inheritdoc />
    public StoryDossier Process(StoryDossier dossier, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        var inputs = new List<ArticleInput>(dossier.Articles.Length);
        var mentions = EntityMentions.Of(dossier);
        foreach (var article in dossier.Articles)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var analysis = article.Analysis;
            var text = article.Article.Text;
            var sentences = analysis.GetLayer<Sentence>();
            var speech = AttributedSpeech.Of(text, analysis.GetLayer<Quote>(), sentences, cancellationToken);
            var chains = UntypedNames.AddTo(text, analysis.GetLayer<NameChain>(), analysis.GetLayer<EntityMention>());
            inputs.Add(new ArticleInput(article, text, sentences, speech, chains, new ActorKeys(mentions, article, chains)));
        }

        var topic = TopicWords.Of(inputs.Select(i => i.Text).ToList(), _scorer.Lexicon, cancellationToken);
        var words = new StoryWordIndex([.. inputs.Select(i => i.Text)], cancellationToken);
        var outlets = ImmutableArray.CreateBuilder<OutletFraming>(inputs.Count);
        foreach (var input in inputs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var loaded = LoadedTermFinder.Find(input, inputs, words, _loaded, cancellationToken);
            var tone = ActorTone.Score(input, _scorer, topic, loaded, cancellationToken);
            var (voice, sourcing) = VoiceProfile.Of(input);
            var framing = new OutletFraming(input.Article.Id, tone.Tone, [.. loaded.Select(l => l.Term).Distinct(StringComparer.Ordinal)])
            {
                ToneKeysAreEntityIds = input.Keys.UsesEntityIds,
                ToneEvidence = tone.Evidence,
                QuotedToneByEntity = tone.QuotedTone,
                LoadedTermUses = [.. loaded],
                Voice = voice,
                Sourcing = sourcing,
            };
            outlets.Add(framing);
        }

        return dossier with { Outlets = outlets.ToImmutable() };
    }
}

/// <summary>What the framing stage reads of one article.</summary>
internal sealed record ArticleInput(
    DossierArticle Article,
    string Text,
    AnnotationLayer<Sentence> Sentences,
    IReadOnlyList<AttributedSpeech> Speech,
    AnnotationLayer<NameChain> Chains,
    ActorKeys Keys)
{
    /// <summary>True when <paramref name="span"/> lies inside attributed speech.</summary>
    public bool InSpeech(TextSpan span)
    {
        foreach (var s in Speech)
        {
            if (s.Span.Contains(span))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The chains that are the article's main actors: named at least twice.</summary>
    public IEnumerable<NameChain> Actors => Chains.Where(c => c.Mentions.Length >= 2);
}

/// <summary>
/// The story's own topic vocabulary among sentiment words: words most articles of the story use ("war", "peace" in war
/// coverage). They describe the subject, not an outlet's slant, so their weight in tone is reduced.
/// </summary>
internal static class TopicWords
{
    public const double Weight = 0.3;

    public static IReadOnlySet<string> Of(IReadOnlyList<string> texts, SentimentLexicon lexicon, CancellationToken cancellationToken)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        if (texts.Count < 3)
        {
            return result;
        }

        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var i = 0;
            while (i < text.Length)
            {
                if (!char.IsLetter(text[i]))
                {
                    i++;
                    continue;
                }

                var start = i;
                while (i < text.Length && char.IsLetter(text[i]))
                {
                    i++;
                }

                var w = text.Substring(start, i - start).ToLowerInvariant();
                if (lexicon.Valence(w) != 0 && seen.Add(w))
                {
                    df[w] = df.GetValueOrDefault(w) + 1;
                }
            }
        }

        var threshold = Math.Max(3, (int)Math.Ceiling(texts.Count * 0.6));
        foreach (var (w, n) in df)
        {
            if (n >= threshold)
            {
                result.Add(w);
            }
        }

        return result;
    }
}

/// <summary>
/// Names the entity recognizer left untyped (<see cref="EntityType.Other"/>) are not in the coreference chains, but can
/// still be actors ("Trump" read as a common word): they are grouped here by their last word into chains of their own.
/// </summary>
internal static class UntypedNames
{
    public static AnnotationLayer<NameChain> AddTo(string text, AnnotationLayer<NameChain> chains, AnnotationLayer<EntityMention> mentions)
    {
        var covered = new List<TextSpan>();
        foreach (var chain in chains)
        {
            foreach (var m in chain.Mentions)
            {
                covered.Add(m.Span);
            }
        }

        var groups = new Dictionary<string, List<TextSpan>>(StringComparer.OrdinalIgnoreCase);
        var full = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var m in mentions)
        {
            if (m.Type != EntityType.Other || m.Span.Length is < 2 or > 60 || covered.Exists(c => c.Overlaps(m.Span)))
            {
                continue;
            }

            var name = m.Span.Of(text);
            if (!char.IsUpper(name[0]) || name.Any(c => c is '-' or '\'') || name.Contains("ern", StringComparison.Ordinal) && name.EndsWith("ern", StringComparison.Ordinal))
            {
                continue;
            }

            var last = name.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];
            if (!groups.TryGetValue(last, out var list))
            {
                groups[last] = list = [];
            }

            list.Add(m.Span);
            if (!full.TryGetValue(last, out var longest) || name.Length > longest.Length)
            {
                full[last] = name;
            }
        }

        if (groups.Count == 0)
        {
            return chains;
        }

        var all = new List<NameChain>(chains);
        foreach (var (last, spans) in groups)
        {
            if (spans.Count < 2)
            {
                continue;
            }

            all.Add(new NameChain(spans[0], EntityType.Other, full[last], [.. spans.Select(s => new ChainMention(s, ChainMentionKind.PartialName))], []));
        }

        return new AnnotationLayer<NameChain>(all);
    }
}
