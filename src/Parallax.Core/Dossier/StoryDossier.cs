using System.Collections.Immutable;
using Parallax.Comparison.Duplicates;
using Parallax.Model;
using Parallax.Pipeline;

namespace Parallax.Dossier;

/// <summary>An article as it appears in a dossier, with its dossier-local id ("a1") and its analysis. Immutable.</summary>
/// <param name="Id">Stable within the dossier: "a1", "a2", … in input order.</param>
/// <param name="Article">The article.</param>
public sealed record DossierArticle(string Id, Article Article)
{
    /// <summary>The article's annotation layers (sentences, entities, quotes…); an unannotated one when none were added.</summary>
    public AnalyzedArticle Analysis { get; init; } = Pipeline.Pipeline.Empty.Analyze(Article);
}

/// <summary>An input left out of the dossier because it copies an article that is in it. Immutable.</summary>
/// <param name="Source">Where the copy came from.</param>
/// <param name="KeptArticle">The id of the article kept in its place.</param>
/// <param name="Kind">Exact or near copy.</param>
/// <param name="Similarity">Shingle-set Jaccard similarity to the kept article.</param>
public sealed record DuplicateNote(string Source, string KeptArticle, DuplicateKind Kind, double Similarity);

/// <summary>
/// Everything Parallax knows about one story: its articles and, as story stages fill them in, entities, quotes,
/// claims, a timeline and framing — every item pointing back to (article, span). Immutable and thread-safe; story
/// stages make changed copies with <c>with { … }</c>.
/// </summary>
public sealed record StoryDossier
{
    /// <summary>Creates a dossier of articles; every other section starts empty.</summary>
    public StoryDossier(ImmutableArray<DossierArticle> articles, ImmutableArray<DuplicateNote> duplicates)
    {
        Articles = articles.IsDefault ? [] : articles;
        Duplicates = duplicates.IsDefault ? [] : duplicates;
    }

    /// <summary>The contract name of this dossier's JSON form.</summary>
    public const string Schema = "parallax.dossier/1";

    /// <summary>The articles, duplicates removed, in input order.</summary>
    public ImmutableArray<DossierArticle> Articles { get; init; }

    /// <summary>Inputs left out as copies of kept articles.</summary>
    public ImmutableArray<DuplicateNote> Duplicates { get; init; }

    /// <summary>People, organisations, places and other names resolved across articles.</summary>
    public ImmutableArray<DossierEntity> Entities { get; init; } = [];

    /// <summary>Pairs of entities that may be the same but were kept apart.</summary>
    public ImmutableArray<PossibleMatch> PossibleMatches { get; init; } = [];

    /// <summary>Every quote of every article, in article then text order.</summary>
    public ImmutableArray<DossierQuote> Quotes { get; init; } = [];

    /// <summary>Quotes of the same utterance across articles.</summary>
    public ImmutableArray<QuoteGroup> QuoteGroups { get; init; } = [];

    /// <summary>Claims grouped across articles with each article's stance.</summary>
    public ImmutableArray<DossierClaim> Claims { get; init; } = [];

    /// <summary>The contested claims' ids, most contested first.</summary>
    public ImmutableArray<string> Disagreements { get; init; } = [];

    /// <summary>Dated events, in date order (unresolved ones last).</summary>
    public ImmutableArray<TimelineEntry> Timeline { get; init; } = [];

    /// <summary>How each article frames the story.</summary>
    public ImmutableArray<OutletFraming> Outlets { get; init; } = [];

    /// <summary>The dossier article with id <paramref name="id"/>, or null.</summary>
    public DossierArticle? Article(string id)
    {
        foreach (var entry in Articles)
        {
            if (entry.Id == id)
            {
                return entry;
            }
        }

        return null;
    }
}
