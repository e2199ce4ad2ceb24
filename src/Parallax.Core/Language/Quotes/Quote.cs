using System.Collections.Immutable;
using Parallax.Language.Coreference;
using Parallax.Model;

namespace Parallax.Language.Quotes;

/// <summary>What kind of speech a <see cref="Quote"/> is.</summary>
public enum QuoteKind
{
    /// <summary>A full quoted utterance in quotation marks.</summary>
    Direct,

    /// <summary>A few quoted words inside the writer's own sentence ('very good', "root causes").</summary>
    Partial,

    /// <summary>Indirect speech without quotation marks ("Putin said that …", "according to Peskov, …").</summary>
    Reported,
}

/// <summary>
/// One piece of speech an article reports, with who said it when the article says. Immutable.
/// </summary>
/// <param name="Span">The quoted words, without the quotation marks (for reported speech, the reported content).</param>
/// <param name="Kind">Direct, partial or reported.</param>
/// <param name="Cue">The words that mark it as speech ("said", "according to"), when there are any.</param>
/// <param name="SpeakerMention">
/// The words the attribution attaches to at that place ("Trump", "he", "the Kremlin envoy"), when there are any.
/// </param>
/// <param name="Speaker">The article's entity the speaker resolves to; null when the article names none (never a guess).</param>
public sealed record Quote(
    TextSpan Span,
    QuoteKind Kind,
    TextSpan? Cue = null,
    TextSpan? SpeakerMention = null,
    NameChain? Speaker = null) : IHasSpan
{
    /// <summary>
    /// For a partial quote inside reported speech, the whole reported clause that holds it ("voter fraud “would be one hell
    /// of a way to lose”" after "Trump says"); null when the quote is all that is attributed.
    /// </summary>
    public TextSpan? Extent { get; init; }

    /// <summary>Further speakers of the same words ("A and B posted identical statements": B); empty when one.</summary>
    public ImmutableArray<NameChain> CoSpeakers { get; init; } = [];
}
