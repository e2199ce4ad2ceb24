using System.Collections.Immutable;
using Parallax.Model;

namespace Parallax.Dossier;

/// <summary>A dated event of the story as one article tells it. Immutable.</summary>
/// <param name="Article">The article's dossier id.</param>
/// <param name="Span">The date or time expression in that article's text.</param>
/// <param name="Expression">Its words ("this week").</param>
/// <param name="Date">The resolved date (the start of the period for a week, month or year); null when unresolved.</param>
/// <param name="Event">The clause the expression anchors; null when none was found.</param>
public sealed record TimelineEntry(string Article, TextSpan Span, string Expression, DateOnly? Date, string? Event)
{
    /// <summary>The end of the period, inclusive, when the expression names a period longer than a day.</summary>
    public DateOnly? DateEnd { get; init; }

    /// <summary>The event's clause in the article's text, when found.</summary>
    public TextSpan? EventSpan { get; init; }

    /// <summary>The id of the cross-article event this entry belongs to ("t1"); entries about the same event share it.</summary>
    public string? EventId { get; init; }

    /// <summary>The TIMEX3-style value ("2025-08-15", "2025-W33", "2026-H2", "P3D" for an anchored duration); null when unresolved.</summary>
    public string? Value { get; init; }

    /// <summary>The date the expression was resolved against (publication date, or when quoted words were said); null for absolute dates and unresolved ones.</summary>
    public DateOnly? Reference { get; init; }

    /// <summary>True when the expression is inside quoted or reported speech.</summary>
    public bool InSpeech { get; init; }

    /// <summary>The articles whose entries share <see cref="EventId"/>, in article order (this one included).</summary>
    public ImmutableArray<string> EventArticles { get; init; } = [];
}
