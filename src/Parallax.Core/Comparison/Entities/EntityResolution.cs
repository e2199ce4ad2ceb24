using System.Collections.Immutable;
using Parallax.Dossier;
using Parallax.Language.Entities;

namespace Parallax.Comparison.Entities;

/// <summary>One entity resolved across articles: which candidates it joins, and why. Immutable.</summary>
/// <param name="Members">Indexes into the candidate list given to <see cref="EntityResolver.Resolve"/>, ascending.</param>
/// <param name="Name">The canonical name: the majority, best-attested spelling.</param>
/// <param name="Type">The majority type of its members.</param>
/// <param name="Aliases">Every other spelling its members use.</param>
/// <param name="Merges">For each alias, the evidence that brought it in.</param>
public sealed record ResolvedEntity(
    ImmutableArray<int> Members,
    string Name,
    EntityType Type,
    ImmutableArray<string> Aliases,
    ImmutableArray<EntityMerge> Merges);

/// <summary>Two resolved entities kept apart on weak evidence. Immutable.</summary>
/// <param name="First">Index into <see cref="EntityResolution.Entities"/>.</param>
/// <param name="Second">Another index, greater than <paramref name="First"/>.</param>
/// <param name="Evidence">What speaks for and against the match.</param>
public sealed record ResolvedPossibleMatch(int First, int Second, string Evidence);

/// <summary>The result of <see cref="EntityResolver.Resolve"/>. Immutable.</summary>
/// <param name="Entities">The entities, in order of their first member.</param>
/// <param name="PossibleMatches">Pairs that may be one entity but were kept apart.</param>
public sealed record EntityResolution(ImmutableArray<ResolvedEntity> Entities, ImmutableArray<ResolvedPossibleMatch> PossibleMatches);
