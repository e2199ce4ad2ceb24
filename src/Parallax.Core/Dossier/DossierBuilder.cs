using System.Collections.Immutable;
using System.Globalization;
using Parallax.Comparison.Duplicates;
using Parallax.Model;

namespace Parallax.Dossier;

/// <summary>
/// Builds a <see cref="StoryDossier"/> from the articles of one story: assigns ids, keeps one article of each
/// group of exact or near duplicates and notes the others. Stateless and thread-safe; no I/O.
/// </summary>
public sealed class DossierBuilder
{
    private readonly DuplicateDetector _duplicates;

    /// <summary>Creates a builder.</summary>
    /// <param name="duplicates">The duplicate detector; the default one when null.</param>
    public DossierBuilder(DuplicateDetector? duplicates = null) => _duplicates = duplicates ?? new DuplicateDetector();

    /// <summary>Builds the dossier of <paramref name="articles"/>, in the order given.</summary>
    public StoryDossier Build(IReadOnlyList<Article> articles, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var texts = new string[articles.Count];
        for (var i = 0; i < texts.Length; i++)
        {
            texts[i] = articles[i].Text;
        }

        var matches = _duplicates.Find(texts, cancellationToken);
        var duplicateOf = new Dictionary<int, DuplicateMatch>();
        foreach (var match in matches)
        {
            duplicateOf[match.Index] = match;
        }

        var ids = new Dictionary<int, string>();
        var kept = ImmutableArray.CreateBuilder<DossierArticle>();
        for (var i = 0; i < articles.Count; i++)
        {
            if (duplicateOf.ContainsKey(i))
            {
                continue;
            }

            var id = string.Create(CultureInfo.InvariantCulture, $"a{kept.Count + 1}");
            ids[i] = id;
            kept.Add(new DossierArticle(id, articles[i]));
        }

        var notes = ImmutableArray.CreateBuilder<DuplicateNote>();
        foreach (var match in matches)
        {
            notes.Add(new DuplicateNote(articles[match.Index].Source, ids[match.OriginalIndex], match.Kind, match.Similarity));
        }

        return new StoryDossier(kept.ToImmutable(), notes.ToImmutable());
    }
}
