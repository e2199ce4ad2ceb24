namespace Parallax.Model;

/// <summary>
/// What is known about an article besides its text. Every field is null when unknown; nothing is guessed
/// without evidence. Immutable.
/// </summary>
public sealed record ArticleMetadata
{
    /// <summary>No metadata known.</summary>
    public static ArticleMetadata Empty { get; } = new();

    /// <summary>The headline.</summary>
    public string? Title { get; init; }

    /// <summary>The publishing outlet ("Reuters", "T4K3.news").</summary>
    public string? Outlet { get; init; }

    /// <summary>The byline, without "By".</summary>
    public string? Author { get; init; }

    /// <summary>Publication date.</summary>
    public DateOnly? Published { get; init; }

    /// <summary>ISO 639-1 language code ("en").</summary>
    public string? Language { get; init; }

    /// <summary>The article's own URL (canonical or as fetched), when known.</summary>
    public string? Url { get; init; }

    /// <summary>Fills every field that is null here from <paramref name="fallback"/>.</summary>
    public ArticleMetadata OrElse(ArticleMetadata fallback) => new()
    {
        Title = Title ?? fallback.Title,
        Outlet = Outlet ?? fallback.Outlet,
        Author = Author ?? fallback.Author,
        Published = Published ?? fallback.Published,
        Language = Language ?? fallback.Language,
        Url = Url ?? fallback.Url,
    };
}
