using System.Collections.Immutable;
using Parallax.Comparison.Duplicates;
using Parallax.Model;

namespace Parallax.Dossier;

/// <summary>An article as it appears in a dossier, with its dossier-local id ("a1"). Immutable.</summary>
/// <param name="Id">Stable within the dossier: "a1", "a2", … in input order.</param>
/// <param name="Article">The article.</param>
public sealed record DossierArticle(string Id, Article Article);

/// <summary>An input left out of the dossier because it copies an article that is in it. Immutable.</summary>
/// <param name="Source">Where the copy came from.</param>
/// <param name="KeptArticle">The id of the article kept in its place.</param>
/// <param name="Kind">Exact or near copy.</param>
/// <param name="Similarity">Shingle-set Jaccard similarity to the kept article.</param>
public sealed record DuplicateNote(string Source, string KeptArticle, DuplicateKind Kind, double Similarity);

/// <summary>
/// Everything Parallax knows about one story: its articles and, as later stages fill them in, entities, quotes,
/// claims, a timeline and framing — every item pointing back to (article, span). Immutable and thread-safe.
/// </summary>
public sealed class StoryDossier
{
    /// <summary>Creates a dossier.</summary>
    public StoryDossier(ImmutableArray<DossierArticle> articles, ImmutableArray<DuplicateNote> duplicates)
    {
        Articles = articles.IsDefault ? [] : articles;
        Duplicates = duplicates.IsDefault ? [] : duplicates;
    }

    /// <summary>The contract name of this dossier's JSON form.</summary>
    public const string Schema = "parallax.dossier/1";

    /// <summary>The articles, duplicates removed, in input order.</summary>
    public ImmutableArray<DossierArticle> Articles { get; }

    /// <summary>Inputs left out as copies of kept articles.</summary>
    public ImmutableArray<DuplicateNote> Duplicates { get; }
}
