using Parallax.Language.Quotes;
using Parallax.Language.Sentences;
using Parallax.Language.Tone;
using Parallax.Model;
using Parallax.Pipeline;

namespace Parallax.Language.Dates;

/// <summary>
/// The pipeline stage that adds the <see cref="TimeExpression"/> layer: every date, period and duration expression,
/// resolved against the article's publication date (<see cref="ArticleMetadata.Published"/>) when it is known and left
/// unresolved when it is not. An expression inside quoted or reported speech is resolved against when the words were
/// said when the sentence says so ("Putin said on Friday: 'we meet tomorrow'"). Uses the <see cref="Quote"/> layer when
/// a quotes stage ran before it, else <see cref="AttributedSpeech.Detect"/>. Thread-safe.
/// </summary>
public sealed class TimeExpressionStage : IPipelineStage
{
    /// <inheritdoc />
    public string Name => "time-expressions";

    /// <inheritdoc />
    public void Process(AnalysisContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var text = context.Article.Text;
        var speech = AttributedSpeech.Of(text, context.GetLayer<Quote>(), context.GetLayer<Sentence>(), cancellationToken);
        context.SetLayer(new AnnotationLayer<TimeExpression>(Annotate(text, context.Article.Metadata.Published, context.GetLayer<Sentence>(), speech, cancellationToken)));
    }

    /// <summary>Finds and resolves the time expressions of <paramref name="text"/>.</summary>
    /// <param name="text">The article text.</param>
    /// <param name="published">The publication date; null when unknown.</param>
    /// <param name="sentences">The sentences (for tense and the year in context); may be empty.</param>
    /// <param name="speech">The attributed speech of the text, in order.</param>
    /// <param name="cancellationToken">Observed while scanning.</param>
    public static IReadOnlyList<TimeExpression> Annotate(string text, DateOnly? published, AnnotationLayer<Sentence> sentences, IReadOnlyList<AttributedSpeech> speech, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(speech);
        var found = TimeExpressionRecognizer.Recognize(text, cancellationToken);
        var result = new List<TimeExpression>(found.Count);
        int? lastYear = null;
        var lastYearSentence = -1;
        var sentenceIndex = 0;
        for (var n = 0; n < found.Count; n++)
        {
            var e = found[n];
            while (sentenceIndex < sentences.Count && sentences[sentenceIndex].Span.End <= e.Span.Start)
            {
                sentenceIndex++;
            }

            var sentence = sentenceIndex < sentences.Count && sentences[sentenceIndex].Span.Contains(e.Span)
                ? sentences[sentenceIndex].Span
                : new TextSpan(Math.Max(0, e.Span.Start - 200), Math.Min(text.Length, e.Span.End + 200));
            var inSpeech = SpeechAt(speech, e.Span);
            var reference = published;
            if (inSpeech is { } s && e.Reading.IsRelative)
            {
                reference = WhenSaid(found, n, sentence, s, published) ?? published;
            }

            var contextYear = lastYearSentence >= sentenceIndex - 1 ? lastYear : null;
            var tense = Tense(text, sentence, e.Span);
            var resolution = TimeResolver.Resolve(e.Kind, e.Reading, reference, tense, contextYear);
            result.Add(e with { Resolution = resolution, InSpeech = inSpeech is not null });
            if (!e.Reading.IsRelative && e.Reading.Year is { } y && e.Kind == TimeExpressionKind.Date)
            {
                lastYear = y;
                lastYearSentence = sentenceIndex;
            }
        }

        return result;
    }

    private static AttributedSpeech? SpeechAt(IReadOnlyList<AttributedSpeech> speech, TextSpan span)
    {
        foreach (var s in speech)
        {
            if (s.Span.Contains(span))
            {
                return s;
            }

            if (s.Span.Start > span.End)
            {
                break;
            }
        }

        return null;
    }

    /// <summary>The day the sentence says the speech was given: a resolved one-day expression of the sentence outside the speech.</summary>
    private static DateOnly? WhenSaid(IReadOnlyList<TimeExpression> found, int index, TextSpan sentence, AttributedSpeech speech, DateOnly? published)
    {
        for (var k = 0; k < found.Count; k++)
        {
            var other = found[k];
            if (k == index || !sentence.Contains(other.Span) || speech.Span.Overlaps(other.Span) || other.Kind != TimeExpressionKind.Date
                || other.Reading.Granularity != TimeGranularity.Day)
            {
                continue;
            }

            var r = TimeResolver.Resolve(other.Kind, other.Reading, published, TimeDirection.Past);
            if (r.Start is { } d && r.End == d)
            {
                return d;
            }
        }

        return null;
    }

    /// <summary>Which way the clause around <paramref name="span"/> points: future cues ("will", "upcoming") or past ones ("said", "-ed").</summary>
    internal static TimeDirection Tense(string text, TextSpan sentence, TextSpan span)
    {
        var clause = Clause(text, sentence, span);
        var inClause = Count(text, clause, span);
        return inClause != TimeDirection.Unstated ? inClause : Count(text, sentence, span);
    }

    /// <summary>The stretch of <paramref name="sentence"/> around <paramref name="span"/> between clause punctuation.</summary>
    internal static TextSpan Clause(string text, TextSpan sentence, TextSpan span)
    {
        var start = span.Start;
        while (start > sentence.Start && text[start - 1] is not (',' or ';' or ':' or '\u2014' or '(' or ')'))
        {
            start--;
        }

        var end = span.End;
        while (end < sentence.End && text[end] is not (',' or ';' or ':' or '\u2014' or '(' or ')'))
        {
            end++;
        }

        return new TextSpan(start, end);
    }

    private static TimeDirection Count(string text, TextSpan sentence, TextSpan span)
    {
        var future = 0;
        var past = 0;
        var i = sentence.Start;
        while (i < sentence.End)
        {
            while (i < sentence.End && !char.IsLetter(text[i]))
            {
                i++;
            }

            var start = i;
            while (i < sentence.End && char.IsLetter(text[i]))
            {
                i++;
            }

            if (i == start || (start >= span.Start && i <= span.End))
            {
                continue;
            }

            var word = text.AsSpan(start, i - start).ToString().ToLowerInvariant();
            var weight = Math.Abs(start - span.Start) < 60 ? 2 : 1;
            if (TimeWords.IsFutureCue(word))
            {
                future += weight;
            }
            else if (TimeWords.IsPastCue(word))
            {
                past += weight;
            }
        }

        return future > past ? TimeDirection.Future : past > future ? TimeDirection.Past : TimeDirection.Unstated;
    }
}

/// <summary>Plugs the <see cref="TimeExpressionStage"/> into a pipeline, after sentences (and after quotes when they are added first).</summary>
public sealed class TimeExpressionsExtension : IPipelineExtension
{
    /// <inheritdoc />
    public void Setup(PipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseSentences();
        if (!builder.Contains<TimeExpressionStage>())
        {
            builder.Add(new TimeExpressionStage());
        }
    }
}

/// <summary><c>UseTimeExpressions()</c> for <see cref="PipelineBuilder"/>.</summary>
public static class TimeExpressionsPipelineExtensions
{
    /// <summary>Adds sentences (if not yet added) and the resolved <see cref="TimeExpression"/> layer.</summary>
    public static PipelineBuilder UseTimeExpressions(this PipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Use(new TimeExpressionsExtension());
    }
}
