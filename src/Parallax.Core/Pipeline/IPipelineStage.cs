namespace Parallax.Pipeline;

/// <summary>
/// One step of analysis: reads the article and the layers earlier stages added, and adds its own layer.
/// A stage is created once, while the pipeline is built, and must be safe to call from several threads at once.
/// </summary>
public interface IPipelineStage
{
    /// <summary>A short name for progress reports and timings ("sentences", "quotes").</summary>
    string Name { get; }

    /// <summary>Adds this stage's layer to <paramref name="context"/>. Observes <paramref name="cancellationToken"/> in long loops.</summary>
    void Process(AnalysisContext context, CancellationToken cancellationToken);
}

/// <summary>A feature that plugs stages (and their options) into a <see cref="PipelineBuilder"/>.</summary>
public interface IPipelineExtension
{
    /// <summary>Adds this feature's stages to <paramref name="builder"/>.</summary>
    void Setup(PipelineBuilder builder);
}
