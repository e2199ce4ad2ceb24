using System.Collections.Immutable;
using Parallax.Language.Entities;

namespace Parallax.Comparison.Entities;

/// <summary>
/// One entity of one article, as the <see cref="EntityResolver"/> sees it: the article's fullest name for it, the
/// other spellings the article uses, and the roles it attaches. Immutable.
/// </summary>
/// <param name="Article">The article's id; candidates of one article are never merged with each other.</param>
/// <param name="Type">The entity's type.</param>
/// <param name="Name">The fullest name the article uses ("Steve Witkoff").</param>
public sealed record EntityCandidate(string Article, EntityType Type, string Name)
{
    /// <summary>Every spelling the article uses for it, the name included ("Steve Witkoff", "Witkoff").</summary>
    public ImmutableArray<string> Spellings { get; init; } = [];

    /// <summary>Titles and roles the article attaches to it ("Trump's special representative", "businessman").</summary>
    public ImmutableArray<string> Roles { get; init; } = [];

    /// <summary>How many times the article mentions it (for choosing the best-attested spelling).</summary>
    public int MentionCount { get; init; } = 1;
}
