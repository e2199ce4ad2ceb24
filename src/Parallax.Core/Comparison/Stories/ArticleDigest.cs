using System.Collections.Immutable;

namespace Parallax.Comparison.Stories;

/// <summary>
/// The compact summary of one article that story detection works from: its distinct terms with counts (at most
/// <see cref="ArticleDigester.MaxTerms"/>), its publication date and its title — never its whole text. Immutable;
/// small enough to keep hundreds of thousands in memory or to store as one JSON line each.
/// </summary>
/// <param name="Source">The article's source (path or URL), as the user gave it.</param>
/// <param name="Title">The headline, when known.</param>
/// <param name="Published">The publication date, when known; the time window is not applied without it.</param>
/// <param name="Terms">The distinct terms, most frequent first.</param>
public sealed record ArticleDigest(string Source, string? Title, DateOnly? Published, ImmutableArray<StoryTerm> Terms);
