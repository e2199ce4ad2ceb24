using System.Collections.Immutable;
using Parallax.Model;

namespace Parallax.Comparison.Stances;

/// <summary>
/// The stance of a text towards a claim: the label, the model's probability for it (0–1), and the spans of the text
/// that decided it (the sentences closest to the claim; empty for <see cref="StanceLabel.Unrelated"/>).
/// </summary>
/// <param name="Label">The stance.</param>
/// <param name="Confidence">The probability of <paramref name="Label"/>, between 0 and 1.</param>
/// <param name="Evidence">Half-open spans of the text, in text order.</param>
public sealed record StanceJudgement(StanceLabel Label, double Confidence, ImmutableArray<TextSpan> Evidence);
