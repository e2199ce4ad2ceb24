using Parallax.Model;

namespace Parallax.Language.Entities;

/// <summary>
/// One mention of a named entity in an article's text. Immutable.
/// </summary>
/// <param name="Span">The name itself, without a leading "the" or a trailing possessive "'s" ("Sergey Lavrov", "Kremlin").</param>
/// <param name="Type">What kind of thing is named.</param>
/// <param name="Role">
/// For a person, the title or role phrase that the article attaches to the name right before it
/// ("Russian Foreign Minister" in "Russian Foreign Minister Sergey Lavrov", "Trump's special representative"); otherwise null.
/// </param>
public sealed record EntityMention(TextSpan Span, EntityType Type, TextSpan? Role = null) : IHasSpan;
