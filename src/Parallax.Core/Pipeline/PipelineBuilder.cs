namespace Parallax.Pipeline;

/// <summary>
/// Collects the ordered stages of an analysis. Not thread-safe; call <see cref="Build"/> once configured and
/// share the resulting <see cref="Pipeline"/>.
/// </summary>
public sealed class PipelineBuilder
{
    private readonly List<IPipelineStage> _stages = [];
    private readonly List<IPipelineExtension> _extensions = [];

    /// <summary>The stages added so far, in order.</summary>
    public IReadOnlyList<IPipelineStage> Stages => _stages;

    /// <summary>Appends a stage.</summary>
    public PipelineBuilder Add(IPipelineStage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        _stages.Add(stage);
        return this;
    }

    /// <summary>Adds a feature once (a second extension of the same type is ignored).</summary>
    public PipelineBuilder Use(IPipelineExtension extension)
    {
        ArgumentNullException.ThrowIfNull(extension);
        if (_extensions.Exists(e => e.GetType() == extension.GetType()))
        {
            return this;
        }

        _extensions.Add(extension);
        extension.Setup(this);
        return this;
    }

    /// <summary>True when a stage of type <typeparamref name="T"/> has been added.</summary>
    public bool Contains<T>()
        where T : IPipelineStage => _stages.Exists(s => s is T);

    /// <summary>Freezes the stages into an immutable pipeline.</summary>
    public Pipeline Build() => new([.. _stages]);
}
