using Parallax.Model;

namespace Parallax.Server.Stories;

/// <summary>
/// The default story assignment: an article joins the story whose articles share the most of its rarer signature
/// terms (<see cref="StoryCatalog.BestMatch"/>), when the score reaches <see cref="MinScore"/> and at least
/// <see cref="MinSharedTerms"/> terms are shared; otherwise it starts a new story. Immutable, thread-safe.
/// </summary>
public sealed class TermOverlapStoryAssigner : IStoryAssigner
{
    /// <summary>The least score that joins a story. Default 0.2.</summary>
    public double MinScore { get; init; } = 0.2;

    /// <summary>The least number of shared terms that joins a story. Default 4.</summary>
    public int MinSharedTerms { get; init; } = 4;

    /// <inheritdoc/>
    public long? Assign(Article article, IReadOnlyList<string> terms, StoryCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return catalog.BestMatch(terms) is { } best && best.Score >= MinScore && best.SharedTerms >= MinSharedTerms
            ? best.StoryId
            : null;
    }
}
