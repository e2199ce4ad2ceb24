namespace Parallax.Dossier;

/// <summary>
/// One step of cross-article comparison (entity resolution, quote groups, claims, timeline, framing): reads the
/// dossier built so far and returns it with its own section filled in (<c>dossier with { Quotes = … }</c>).
/// Created once; must be safe to call from several threads at once. No I/O.
/// </summary>
public interface IStoryStage
{
    /// <summary>A short name for progress reports and timings ("entities", "claims").</summary>
    string Name { get; }

    /// <summary>Returns <paramref name="dossier"/> with this stage's section added. Observes <paramref name="cancellationToken"/>.</summary>
    StoryDossier Process(StoryDossier dossier, CancellationToken cancellationToken);
}
