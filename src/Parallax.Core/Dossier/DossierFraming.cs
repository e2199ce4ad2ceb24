using System.Collections.Immutable;
using Parallax.Model;

namespace Parallax.Dossier;

/// <summary>How one article (outlet) frames the story. Immutable.</summary>
/// <param name="Article">The article's dossier id.</param>
/// <param name="ToneByEntity">
/// Tone of the outlet's own voice toward each main actor, from -1 (hostile) to 1 (favourable). Keyed by dossier entity
/// id ("e1") when the dossier's entities are resolved; otherwise by the article's canonical name for the actor
/// ("Vladimir Putin"), see <see cref="ToneKeysAreEntityIds"/>.
/// </param>
/// <param name="LoadedTerms">Judgement-laden terms the article uses, each once, in order of first use.</param>
public sealed record OutletFraming(
    string Article,
    ImmutableDictionary<string, double> ToneByEntity,
    ImmutableArray<string> LoadedTerms)
{
    /// <summary>True when <see cref="ToneByEntity"/> (and the other per-actor maps) are keyed by dossier entity ids; false when by canonical names.</summary>
    public bool ToneKeysAreEntityIds { get; init; }

    /// <summary>For each actor of <see cref="ToneByEntity"/>, the sentences or clauses its score comes from, with their scores.</summary>
    public ImmutableDictionary<string, ImmutableArray<ToneEvidence>> ToneEvidence { get; init; } = ImmutableDictionary<string, ImmutableArray<ToneEvidence>>.Empty;

    /// <summary>Tone toward each actor of the speech the article quotes or reports (the speakers' tone, kept apart from the outlet's).</summary>
    public ImmutableDictionary<string, double> QuotedToneByEntity { get; init; } = ImmutableDictionary<string, double>.Empty;

    /// <summary>Every use of a loaded term, with where other outlets of the story used a neutral wording for it.</summary>
    public ImmutableArray<LoadedTermUse> LoadedTermUses { get; init; } = [];

    /// <summary>How much of the article is the outlet's own assertion, attributed speech and marked opinion.</summary>
    public OutletVoice? Voice { get; init; }

    /// <summary>Who the article's attributed speech comes from: named, anonymous or unattributed sources.</summary>
    public OutletSourcing? Sourcing { get; init; }
}

/// <summary>One sentence or clause behind a tone score. Immutable.</summary>
/// <param name="Span">The words scored, in the article's text.</param>
/// <param name="Score">Their compound tone, -1 … 1.</param>
/// <param name="InSpeech">True when the words are quoted or reported speech (a speaker's tone, not the outlet's).</param>
public sealed record ToneEvidence(TextSpan Span, double Score, bool InSpeech);

/// <summary>One use of a loaded term in an article. Immutable.</summary>
/// <param name="Span">The term in the article's text.</param>
/// <param name="Term">The term as listed ("regime").</param>
/// <param name="Category">label, pejorative, euphemism or charged.</param>
/// <param name="InSpeech">True when the term is inside quoted or reported speech (the speaker's word, not the outlet's).</param>
public sealed record LoadedTermUse(TextSpan Span, string Term, string Category, bool InSpeech)
{
    /// <summary>The neutral wordings the list gives for it.</summary>
    public ImmutableArray<string> Neutral { get; init; } = [];

    /// <summary>Where other articles of the story used one of those neutral wordings for the same thing.</summary>
    public ImmutableArray<NeutralWording> UsedElsewhere { get; init; } = [];

    /// <summary>The actor the term is attached to ("the Zelenskyy regime"): its key as in <see cref="OutletFraming.ToneByEntity"/>; null when none.</summary>
    public string? Referent { get; init; }
}

/// <summary>A neutral wording another article used for the thing a loaded term names. Immutable.</summary>
/// <param name="Article">That article's dossier id.</param>
/// <param name="Span">The wording in its text.</param>
/// <param name="Text">The words.</param>
public sealed record NeutralWording(string Article, TextSpan Span, string Text);

/// <summary>
/// Shares of an article's text (in characters of its sentences) that are the outlet's own assertion, attributed speech
/// (quoted or reported), and the outlet's own sentences marked as opinion ("evidently", "of course", "clearly"). The
/// three add up to 1. Immutable.
/// </summary>
/// <param name="Assertion">The outlet's own unmarked sentences.</param>
/// <param name="Attributed">Quoted or reported speech.</param>
/// <param name="Opinion">The outlet's own sentences that carry an opinion marker.</param>
public sealed record OutletVoice(double Assertion, double Attributed, double Opinion)
{
    /// <summary>The opinion markers found, in order.</summary>
    public ImmutableArray<TextSpan> OpinionMarkers { get; init; } = [];
}

/// <summary>What sources an article's attributed speech mostly has.</summary>
public enum SourcingKind
{
    /// <summary>No attributed speech at all.</summary>
    None,

    /// <summary>Speakers are named.</summary>
    Named,

    /// <summary>Speakers are mostly anonymous ("officials said", "sources").</summary>
    Anonymous,

    /// <summary>Named and anonymous or unattributed speech alike.</summary>
    Mixed,
}

/// <summary>How an article sources its attributed speech. Immutable.</summary>
/// <param name="Named">Speech with a named speaker.</param>
/// <param name="Anonymous">Speech from unnamed sources ("officials", "analysts", "a source familiar").</param>
/// <param name="Unattributed">Quoted words with no speaker given.</param>
/// <param name="Kind">The overall kind.</param>
public sealed record OutletSourcing(int Named, int Anonymous, int Unattributed, SourcingKind Kind)
{
    /// <summary>The words that name the anonymous sources, in order.</summary>
    public ImmutableArray<TextSpan> AnonymousSources { get; init; } = [];
}
