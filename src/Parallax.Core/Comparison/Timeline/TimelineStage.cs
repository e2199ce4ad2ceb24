using System.Collections.Immutable;
using Parallax.Dossier;
using Parallax.Language.Dates;
using Parallax.Language.Quotes;
using Parallax.Language.Sentences;
using Parallax.Language.Tone;
using Parallax.Model;

namespace Parallax.Comparison.Timeline;

/// <summary>
/// The story stage that fills <see cref="StoryDossier.Timeline"/>: every dated expression of every article (from the
/// <see cref="TimeExpression"/> layer, or recognised here when no per-article stage ran) with the clause it anchors,
/// merged across articles into events (<see cref="TimelineEntry.EventId"/>) when the dates agree and the clauses share
/// content words; ordered by date, periods by their start, unresolved entries last. Durations appear only when anchored
/// ("the past three days"); vague references ("recent years") are left out. Thread-safe; no I/O.
/// </summary>
public sealed class TimelineStage : IStoryStage
{
    private const int MaxEventChars = 300;
    private const int MaxEntries = 5000;

    /// <inheritdoc />
    public string Name => "timeline";

    /// <inheritdoc />
    public StoryDossier Process(StoryDossier dossier, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        var entries = new List<(TimelineEntry Entry, int ArticleIndex, HashSet<string> Words)>();
        for (var a = 0; a < dossier.Articles.Length && entries.Count < MaxEntries; a++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var article = dossier.Articles[a];
            var text = article.Article.Text;
            var sentences = article.Analysis.GetLayer<Sentence>();
            IReadOnlyList<TimeExpression> expressions = article.Analysis.GetLayer<TimeExpression>();
            if (expressions.Count == 0 && text.Length > 0)
            {
                var speech = AttributedSpeech.Of(text, article.Analysis.GetLayer<Quote>(), sentences, cancellationToken);
                expressions = TimeExpressionStage.Annotate(text, article.Article.Metadata.Published, sentences, speech, cancellationToken);
            }

            foreach (var e in expressions)
            {
                var dated = e.Kind == TimeExpressionKind.Date ? e.Reading.Granularity != TimeGranularity.Vague : e.Resolution.Start is not null;
                if (!dated)
                {
                    continue;
                }

                var clause = EventClause(text, sentences, e.Span);
                var eventText = clause is { } c ? Shorten(c.Of(text)) : null;
                var entry = new TimelineEntry(article.Id, e.Span, e.Span.Of(text), e.Resolution.Start, eventText)
                {
                    DateEnd = e.Resolution.End is { } end && end != e.Resolution.Start ? end : null,
                    EventSpan = clause,
                    Value = e.Resolution.Value,
                    Reference = e.Resolution.Reference,
                    InSpeech = e.InSpeech,
                };
                entries.Add((entry, a, clause is { } cs ? ContentWords(text, cs, e.Span) : []));
            }
        }

        // Merge into events: union-find over pairs of entries whose dates agree and whose clauses share words.
        var parent = Enumerable.Range(0, entries.Count).ToArray();
        int Find(int x) => parent[x] == x ? x : parent[x] = Find(parent[x]);
        for (var i = 0; i < entries.Count; i++)
        {
            if ((i & 63) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            for (var j = i + 1; j < entries.Count; j++)
            {
                if (SameEvent(entries[i].Entry, entries[i].Words, entries[j].Entry, entries[j].Words))
                {
                    parent[Find(j)] = Find(i);
                }
            }
        }

        var order = Enumerable.Range(0, entries.Count)
            .OrderBy(i => entries[i].Entry.Date is null ? 1 : 0)
            .ThenBy(i => entries[i].Entry.Date ?? DateOnly.MaxValue)
            .ThenBy(i => entries[i].Entry.DateEnd ?? entries[i].Entry.Date ?? DateOnly.MaxValue)
            .ThenBy(i => entries[i].ArticleIndex)
            .ThenBy(i => entries[i].Entry.Span.Start)
            .ToList();
        var eventIds = new Dictionary<int, string>();
        var articlesOf = new Dictionary<int, SortedSet<int>>();
        for (var i = 0; i < entries.Count; i++)
        {
            var root = Find(i);
            if (!articlesOf.TryGetValue(root, out var set))
            {
                articlesOf[root] = set = [];
            }

            set.Add(entries[i].ArticleIndex);
        }

        var timeline = ImmutableArray.CreateBuilder<TimelineEntry>(entries.Count);
        foreach (var i in order)
        {
            var root = Find(i);
            if (!eventIds.TryGetValue(root, out var id))
            {
                id = "t" + (eventIds.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                eventIds[root] = id;
            }

            timeline.Add(entries[i].Entry with
            {
                EventId = id,
                EventArticles = [.. articlesOf[root].Select(a => dossier.Articles[a].Id)],
            });
        }

        return dossier with { Timeline = timeline.ToImmutable() };
    }

    private static bool SameEvent(TimelineEntry a, HashSet<string> wa, TimelineEntry b, HashSet<string> wb)
    {
        if (a.Date is not { } sa || b.Date is not { } sb)
        {
            return false;
        }

        var ea = a.DateEnd ?? sa;
        var eb = b.DateEnd ?? sb;
        var compatible = a.Value == b.Value
            || (ea.DayNumber - sa.DayNumber <= 7 && eb.DayNumber - sb.DayNumber <= 7 && sa <= eb && sb <= ea);
        if (!compatible || wa.Count == 0 || wb.Count == 0)
        {
            return false;
        }

        var shared = wa.Count(wb.Contains);
        return shared >= 2 || (double)shared / (wa.Count + wb.Count - shared) >= 0.25;
    }

    private static readonly HashSet<string> Stop = new(StringComparer.Ordinal)
    {
        "that", "this", "with", "from", "were", "have", "been", "will", "would", "their", "there", "they", "them", "which",
        "about", "after", "before", "also", "into", "than", "then", "when", "what", "while", "where", "said", "says", "more",
        "most", "some", "such", "only", "over", "other", "just", "even", "very", "being", "does", "could", "should", "these",
        "those", "both", "each", "here", "last", "next", "week", "year", "month", "today", "yesterday",
    };

    private static HashSet<string> ContentWords(string text, TextSpan clause, TextSpan expression)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var i = clause.Start;
        while (i < clause.End)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < clause.End && char.IsLetter(text[i]))
            {
                i++;
            }

            if (start >= expression.Start && i <= expression.End)
            {
                continue;
            }

            var w = text.Substring(start, i - start).ToLowerInvariant();
            if (w.Length >= 4 && !Stop.Contains(w))
            {
                words.Add(w.Length > 6 ? w[..6] : w);
            }
        }

        return words;
    }

    /// <summary>The clause of the sentence that holds <paramref name="span"/>: the sentence cut at ";", ":", dashes; the whole sentence when that is short.</summary>
    private static TextSpan? EventClause(string text, AnnotationLayer<Sentence> sentences, TextSpan span)
    {
        TextSpan? sentence = null;
        foreach (var s in sentences.Overlapping(span))
        {
            sentence = s.Span;
            break;
        }

        if (sentence is not { } sp)
        {
            return null;
        }

        var start = span.Start;
        while (start > sp.Start && text[start - 1] is not (';' or '\u2014' or '\n'))
        {
            start--;
        }

        var end = span.End;
        while (end < sp.End && text[end] is not (';' or '\u2014' or '\n'))
        {
            end++;
        }

        var clause = new TextSpan(start, end);
        if (clause.Length < 25)
        {
            clause = sp;
        }

        while (clause.Start < clause.End && char.IsWhiteSpace(text[clause.Start]))
        {
            clause = new TextSpan(clause.Start + 1, clause.End);
        }

        return clause;
    }

    private static string Shorten(string clause)
    {
        var s = clause.Trim();
        return s.Length <= MaxEventChars ? s : s[..MaxEventChars].TrimEnd() + "…";
    }
}
