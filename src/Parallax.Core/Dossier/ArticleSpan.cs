using Parallax.Model;

namespace Parallax.Dossier;

/// <summary>Characters of one article of a dossier: the article's dossier id ("a1") and a span of its text. Immutable.</summary>
/// <param name="Article">The dossier-local article id.</param>
/// <param name="Span">Half-open offsets into that article's text.</param>
public readonly record struct ArticleSpan(string Article, TextSpan Span);
