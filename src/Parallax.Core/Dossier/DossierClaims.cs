using System.Collections.Immutable;
using Parallax.Model;

namespace Parallax.Dossier;

/// <summary>Where an article stands on a claim. An article with no position on a claim is silent on it.</summary>
public enum Stance
{
    /// <summary>The article asserts it.</summary>
    Supports,

    /// <summary>The article asserts something incompatible with it.</summary>
    Contradicts,

    /// <summary>The article mentions it without taking a side (reports it as someone's claim).</summary>
    Discusses,
}

/// <summary>One article's position on a claim, with the sentence that shows it. Immutable.</summary>
/// <param name="Article">The article's dossier id.</param>
/// <param name="Stance">Its stance.</param>
/// <param name="Span">The evidence in that article's text.</param>
public sealed record ClaimPosition(string Article, Stance Stance, TextSpan Span)
{
    /// <summary>Who asserts it there: null for the outlet's own voice, else a speaker's entity id.</summary>
    public string? AssertedBy { get; init; }

    /// <summary>How sure the stance is, 0–1.</summary>
    public double Confidence { get; init; } = 1;
}

/// <summary>A thing the coverage asserts, grouped across articles, with each article's position. Immutable.</summary>
/// <param name="Id">Stable within the dossier: "c1", ….</param>
/// <param name="Text">A representative wording.</param>
/// <param name="Positions">The articles that take a position, in article order.</param>
public sealed record DossierClaim(string Id, string Text, ImmutableArray<ClaimPosition> Positions);
