using System.Collections.Immutable;
using Parallax.Language.Entities;
using Parallax.Model;

namespace Parallax.Language.Coreference;

/// <summary>How a <see cref="ChainMention"/> refers to its entity.</summary>
public enum ChainMentionKind
{
    /// <summary>The full name ("Vladimir Putin"), or the only name the article gives.</summary>
    FullName,

    /// <summary>Part of the name: a surname or a first name ("Putin").</summary>
    PartialName,

    /// <summary>An acronym of the name, or the name of an acronym ("NATO" for "North Atlantic Treaty Organization").</summary>
    Acronym,

    /// <summary>A role phrase that points at exactly one person of the article ("the Russian president").</summary>
    RolePhrase,
}

/// <summary>One mention in a <see cref="NameChain"/>. Immutable.</summary>
/// <param name="Span">The characters of the mention (for a role phrase, "the Russian president").</param>
/// <param name="Kind">How it refers.</param>
public readonly record struct ChainMention(TextSpan Span, ChainMentionKind Kind) : IHasSpan;

/// <summary>
/// One entity of an article and every mention of it by name or by an unambiguous role phrase (pronouns are left out).
/// Immutable. <see cref="Span"/> is the first mention, so a layer of chains is in order of first appearance.
/// </summary>
/// <param name="Span">The first mention.</param>
/// <param name="Type">The entity's type.</param>
/// <param name="CanonicalName">The fullest name the article uses ("Vladimir Putin").</param>
/// <param name="Mentions">All mentions, in text order.</param>
/// <param name="Roles">The titles and roles the article attaches to the person's name ("Russian President"), in text order.</param>
public sealed record NameChain(
    TextSpan Span,
    EntityType Type,
    string CanonicalName,
    ImmutableArray<ChainMention> Mentions,
    ImmutableArray<TextSpan> Roles) : IHasSpan;
