using Parallax.Model;

namespace Parallax.Server.Stories;

/// <summary>
/// Decides which story a newly added article belongs to. The server calls it under its ingestion lock, one article at
/// a time, with the catalog of every stored article's story and terms; implementations must be thread-safe and do no I/O.
/// </summary>
public interface IStoryAssigner
{
    /// <summary>The id of the story in <paramref name="catalog"/> that <paramref name="article"/> belongs to, or null for a new story.</summary>
    /// <param name="article">The new article.</param>
    /// <param name="terms">Its signature terms (<see cref="StoryTerms.Of"/>).</param>
    /// <param name="catalog">The stories so far.</param>
    long? Assign(Article article, IReadOnlyList<string> terms, StoryCatalog catalog);
}
