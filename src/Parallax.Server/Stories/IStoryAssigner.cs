using System.Collections.Immutable;
using Parallax.Model;

namespace Parallax.Server.Stories;

/// <summary>
/// Decides which story a newly added article belongs to. The server stores each article's <see cref="Signature"/>
/// with it; at start it replays every stored article through <see cref="Learn"/>, in the order they were added; for a
/// new article it calls <see cref="Choose"/> and, once the article is stored, <see cref="Learn"/> with the story it
/// joined. <see cref="Signature"/> may run on several threads at once; <see cref="Choose"/> and <see cref="Learn"/> are
/// called one at a time (under the server's ingestion lock). No I/O.
/// </summary>
public interface IStoryAssigner
{
    /// <summary>What the assigner needs to know of an article, as strings without line breaks (stored with the article).</summary>
    ImmutableArray<string> Signature(Article article, CancellationToken cancellationToken);

    /// <summary>The story a new article with <paramref name="signature"/> belongs to, or null for a new story.</summary>
    long? Choose(IReadOnlyList<string> signature);

    /// <summary>Records that the article with <paramref name="signature"/> is in story <paramref name="storyId"/>.</summary>
    void Learn(IReadOnlyList<string> signature, long storyId);
}
