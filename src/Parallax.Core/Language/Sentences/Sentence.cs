using Parallax.Model;

namespace Parallax.Language.Sentences;

/// <summary>One sentence (or headline, or list item): a half-open span of an article's text, trimmed of surrounding whitespace. Immutable.</summary>
/// <param name="Span">The characters covered.</param>
public readonly record struct Sentence(TextSpan Span) : IHasSpan;
