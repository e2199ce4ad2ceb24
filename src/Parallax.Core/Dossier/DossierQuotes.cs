using System.Collections.Immutable;
using Parallax.Language.Quotes;
using Parallax.Model;

namespace Parallax.Dossier;

/// <summary>One quote of one article, in the dossier. Immutable.</summary>
/// <param name="Id">Stable within the dossier: "q1", ….</param>
/// <param name="Article">The article's dossier id.</param>
/// <param name="Span">The quoted words in that article's text, without quotation marks.</param>
/// <param name="Text">The quoted words.</param>
/// <param name="Kind">Direct, partial or reported.</param>
/// <param name="Speaker">The speaker's dossier entity id; null when not attributable.</param>
/// <param name="SpeakerText">The words that name the speaker at that place; null when none.</param>
/// <param name="Group">The quote group it belongs to; null when alone.</param>
public sealed record DossierQuote(
    string Id,
    string Article,
    TextSpan Span,
    string Text,
    QuoteKind Kind,
    string? Speaker,
    string? SpeakerText,
    string? Group)
{
    /// <summary>The cue words ("said"), when any.</summary>
    public TextSpan? Cue { get; init; }

    /// <summary>Where the speaker is named at that place (may be a pronoun), when anywhere.</summary>
    public TextSpan? SpeakerSpan { get; init; }
}

/// <summary>How faithfully the outlets of a <see cref="QuoteGroup"/> report one utterance.</summary>
public enum QuoteFidelity
{
    /// <summary>The same words.</summary>
    Verbatim,

    /// <summary>Differences of punctuation, contractions or case only.</summary>
    Minor,

    /// <summary>Words added, dropped or changed.</summary>
    Altered,
}

/// <summary>One word-level edit between two versions of a quote.</summary>
public enum DiffOperation
{
    /// <summary>Words both versions have.</summary>
    Same,

    /// <summary>Words only the other version has.</summary>
    Inserted,

    /// <summary>Words only the reference version has.</summary>
    Deleted,
}

/// <summary>A run of words of a word-level diff. Immutable.</summary>
public sealed record DiffPiece(DiffOperation Operation, string Text);

/// <summary>How one quote of a group differs from the group's reference quote. Immutable.</summary>
/// <param name="Quote">The quote id.</param>
/// <param name="Fidelity">Its fidelity to the reference.</param>
/// <param name="Pieces">The word-level diff from the reference to it.</param>
public sealed record QuoteVariant(string Quote, QuoteFidelity Fidelity, ImmutableArray<DiffPiece> Pieces);

/// <summary>The quotes, across articles, that report the same utterance by the same speaker. Immutable.</summary>
/// <param name="Id">Stable within the dossier: "g1", ….</param>
/// <param name="Speaker">The speaker's entity id (the majority's when outlets differ); null when unknown.</param>
/// <param name="Quotes">The quote ids; the first is the reference version.</param>
/// <param name="Fidelity">The worst fidelity of any version against the reference.</param>
public sealed record QuoteGroup(string Id, string? Speaker, ImmutableArray<string> Quotes, QuoteFidelity Fidelity)
{
    /// <summary>True when outlets attribute the utterance to different speakers (possible misattribution).</summary>
    public bool SpeakerDiffers { get; init; }

    /// <summary>How each non-reference version differs from the reference.</summary>
    public ImmutableArray<QuoteVariant> Variants { get; init; } = [];
}
