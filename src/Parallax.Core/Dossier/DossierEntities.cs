using System.Collections.Immutable;
using Parallax.Language.Entities;

namespace Parallax.Dossier;

/// <summary>
/// One person, organisation, place or other named thing of a story, resolved across its articles. Immutable.
/// </summary>
/// <param name="Id">Stable within the dossier: "e1", "e2", ….</param>
/// <param name="Name">The canonical name: the majority, best-attested spelling.</param>
/// <param name="Type">Its type.</param>
/// <param name="Aliases">Every other spelling the articles use.</param>
/// <param name="Mentions">Every mention, in article then text order.</param>
/// <param name="Merges">For each alias merged in, the evidence for the merge.</param>
public sealed record DossierEntity(
    string Id,
    string Name,
    EntityType Type,
    ImmutableArray<string> Aliases,
    ImmutableArray<ArticleSpan> Mentions,
    ImmutableArray<EntityMerge> Merges);

/// <summary>Why a spelling was merged into an entity ("same role: special representative; edit distance 3"). Immutable.</summary>
public sealed record EntityMerge(string Alias, string Evidence);

/// <summary>Two entities kept apart because the evidence was weak, shown to the reader as a possible match. Immutable.</summary>
/// <param name="First">An entity id.</param>
/// <param name="Second">Another entity id.</param>
/// <param name="Evidence">What speaks for and against the match.</param>
public sealed record PossibleMatch(string First, string Second, string Evidence);
