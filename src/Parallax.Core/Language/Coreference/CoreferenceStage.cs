using Parallax.Language.Entities;
using Parallax.Pipeline;

namespace Parallax.Language.Coreference;

/// <summary>
/// The pipeline stage that adds the <see cref="NameChain"/> layer from the <see cref="EntityMention"/> layer
/// (run <see cref="EntityStage"/> first; <see cref="CoreferencePipelineExtensions.UseCoreference"/> sees to that). Thread-safe.
/// </summary>
public sealed class CoreferenceStage : IPipelineStage
{
    private readonly EntityGazetteer _gazetteer;

    /// <summary>Creates the stage; <paramref name="gazetteer"/> (for nationalities in role phrases) defaults to <see cref="EntityGazetteer.Default"/>.</summary>
    public CoreferenceStage(EntityGazetteer? gazetteer = null) => _gazetteer = gazetteer ?? EntityGazetteer.Default;

    /// <inheritdoc />
    public string Name => "coreference";

    /// <inheritdoc />
    public void Process(AnalysisContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var mentions = context.GetLayer<EntityMention>();
        context.SetLayer(NameCoreference.Resolve(context.Article.Text, mentions, _gazetteer, cancellationToken));
    }
}

/// <summary>Plugs in-article name coreference (<see cref="CoreferenceStage"/>) into a pipeline, after entity recognition.</summary>
public sealed class CoreferenceExtension : IPipelineExtension
{
    /// <inheritdoc />
    public void Setup(PipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEntities();
        if (!builder.Contains<CoreferenceStage>())
        {
            builder.Add(new CoreferenceStage());
        }
    }
}

/// <summary><c>UseCoreference()</c> for <see cref="PipelineBuilder"/>.</summary>
public static class CoreferencePipelineExtensions
{
    /// <summary>Adds entity recognition (if not yet added) and then name coreference: a layer of <see cref="NameChain"/>s.</summary>
    public static PipelineBuilder UseCoreference(this PipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Use(new CoreferenceExtension());
    }
}
