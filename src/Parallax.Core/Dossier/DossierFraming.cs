using System.Collections.Immutable;

namespace Parallax.Dossier;

/// <summary>How one article (outlet) frames the story. Immutable.</summary>
/// <param name="Article">The article's dossier id.</param>
/// <param name="ToneByEntity">Tone toward each main actor, by entity id, from -1 (hostile) to 1 (favourable).</param>
/// <param name="LoadedTerms">Judgement-laden terms the article uses.</param>
public sealed record OutletFraming(
    string Article,
    ImmutableDictionary<string, double> ToneByEntity,
    ImmutableArray<string> LoadedTerms);
