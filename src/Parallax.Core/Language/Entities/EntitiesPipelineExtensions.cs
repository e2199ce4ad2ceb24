using Parallax.Language.Amounts;
using Parallax.Language.Dates;
using Parallax.Pipeline;

namespace Parallax.Language.Entities;

/// <summary>Plugs entity recognition (<see cref="EntityStage"/>) and the date and amount stages (<see cref="DateStage"/>, <see cref="AmountStage"/>) into a pipeline.</summary>
public sealed class EntitiesExtension : IPipelineExtension
{
    /// <summary>Creates the extension; <paramref name="recognizer"/> defaults to <see cref="EntityRecognizer.Default"/>.</summary>
    public EntitiesExtension(EntityRecognizer? recognizer = null) => Recognizer = recognizer;

    /// <summary>The recognizer to use, or null for <see cref="EntityRecognizer.Default"/> (loaded when the pipeline is built).</summary>
    public EntityRecognizer? Recognizer { get; }

    /// <inheritdoc />
    public void Setup(PipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseSentences();
        if (!builder.Contains<EntityStage>())
        {
            builder.Add(new EntityStage(Recognizer ?? EntityRecognizer.Default));
        }

        if (!builder.Contains<DateStage>())
        {
            builder.Add(new DateStage());
        }

        if (!builder.Contains<AmountStage>())
        {
            builder.Add(new AmountStage());
        }
    }
}

/// <summary><c>UseEntities()</c> for <see cref="PipelineBuilder"/>.</summary>
public static class EntitiesPipelineExtensions
{
    /// <summary>
    /// Adds entity recognition: a layer of <see cref="EntityMention"/>s (people, organizations, places, other names,
    /// with people's roles), and the <see cref="DateMention"/> and <see cref="AmountMention"/> layers.
    /// </summary>
    public static PipelineBuilder UseEntities(this PipelineBuilder builder, EntityRecognizer? recognizer = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Use(new EntitiesExtension(recognizer));
    }
}
