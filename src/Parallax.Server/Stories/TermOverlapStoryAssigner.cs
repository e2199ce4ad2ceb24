using System.Collections.Immutable;
using Parallax.Model;

namespace Parallax.Server.Stories;

/// <summary>
/// A simple story assignment: an article joins the story whose articles share the most of its rarer signature terms
/// (<see cref="StoryTerms"/>, <see cref="StoryCatalog.BestMatch"/>) when the score reaches <see cref="MinScore"/> and at
/// least <see cref="MinSharedTerms"/> terms are shared; otherwise it starts a new story. Thread-safe.
/// </summary>
public sealed class TermOverlapStoryAssigner : IStoryAssigner
{
    private readonly StoryCatalog _catalog = new();

    /// <summary>The least score that joins a story. Default 0.2.</summary>
    public double MinScore { get; init; } = 0.2;

    /// <summary>The least number of shared terms that joins a story. Default 4.</summary>
    public int MinSharedTerms { get; init; } = 4;

    /// <inheritdoc/>
    public ImmutableArray<string> Signature(Article article, CancellationToken cancellationToken) => StoryTerms.Of(article);

    /// <inheritdoc/>
    public long? Choose(IReadOnlyList<string> signature) =>
        _catalog.BestMatch(signature) is { } best && best.Score >= MinScore && best.SharedTerms >= MinSharedTerms
            ? best.StoryId
            : null;

    /// <inheritdoc/>
    public void Learn(IReadOnlyList<string> signature, long storyId) => _catalog.Add(storyId, signature);
}
