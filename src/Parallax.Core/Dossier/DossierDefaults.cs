using Parallax.Comparison.Quotes;
using Parallax.Language.Coreference;
using Parallax.Language.Quotes;
using Parallax.Pipeline;

namespace Parallax.Dossier;

/// <summary>
/// The full analysis Parallax runs by default: which per-article stages and which story stages, in which order.
/// Each feature adds itself here with one line. Thread-safe.
/// </summary>
public static class DossierDefaults
{
    /// <summary>The default per-article pipeline: tokens, sentences, entities, dates, amounts, name coreference, and the features after them.</summary>
    public static Parallax.Pipeline.Pipeline CreatePipeline()
    {
        var builder = new PipelineBuilder();
        builder.UseCoreference();
        // Per-article features register here, one line each.
        builder.UseQuotes();
        Parallax.Language.Dates.TimeExpressionsPipelineExtensions.UseTimeExpressions(builder);
        return builder.Build();
    }

    /// <summary>The default story stages, in order.</summary>
    public static IReadOnlyList<IStoryStage> CreateStoryStages()
    {
        var stages = new List<IStoryStage>();
        // Story stages register here, one line each, in the order they run
        // (entities before quotes, quote groups and claims; claims before framing).
        stages.Add(new Parallax.Comparison.Entities.EntityResolutionStage());
        stages.Add(new QuoteListStage());
        stages.Add(new Parallax.Comparison.Quotes.QuoteGroupingStage());
        stages.Add(new Parallax.Comparison.Timeline.TimelineStage());
        stages.Add(new Parallax.Comparison.Framing.FramingStage());
        return stages;
    }

    /// <summary>A dossier builder with the default pipeline and story stages.</summary>
    public static DossierBuilder CreateBuilder() => new(pipeline: CreatePipeline(), stages: CreateStoryStages());
}
