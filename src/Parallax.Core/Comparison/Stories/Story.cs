using System.Collections.Immutable;

namespace Parallax.Comparison.Stories;

/// <summary>A group of articles about one incident. Immutable.</summary>
/// <param name="Id">"s1", "s2", …: stable within one result (batch) or one assigner's life (online).</param>
/// <param name="Label">A short human label: the story's heaviest names and terms ("Lindsay Lohan / Betty Ford / rehab").</param>
/// <param name="Articles">The positions of its articles, in arrival order.</param>
/// <param name="First">The earliest publication date among its articles, when any is known.</param>
/// <param name="Last">The latest publication date among its articles, when any is known.</param>
public sealed record Story(string Id, string Label, ImmutableArray<int> Articles, DateOnly? First, DateOnly? Last);

/// <summary>Where one arriving article went. Immutable.</summary>
/// <param name="Article">The article's position in arrival order, from 0.</param>
/// <param name="StoryId">The story it joined or started.</param>
/// <param name="IsNewStory">True when it started the story.</param>
/// <param name="Similarity">Cosine similarity to the story it joined (0 for a new story, or its best rival's).</param>
public sealed record StoryAssignment(int Article, string StoryId, bool IsNewStory, double Similarity);
