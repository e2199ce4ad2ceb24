using System.Collections.Immutable;
using Parallax.Model;

namespace Parallax.Pipeline;

/// <summary>
/// An immutable, ordered set of analysis stages, built by <see cref="PipelineBuilder"/>. Thread-safe: reuse one
/// instance for every article.
/// </summary>
public sealed class Pipeline
{
    internal Pipeline(ImmutableArray<IPipelineStage> stages) => Stages = stages;

    /// <summary>A pipeline with no stages: articles pass through unannotated.</summary>
    public static Pipeline Empty { get; } = new PipelineBuilder().Build();

    /// <summary>The stages, in the order they run.</summary>
    public ImmutableArray<IPipelineStage> Stages { get; }

    /// <summary>Runs every stage over <paramref name="article"/>.</summary>
    /// <exception cref="OperationCanceledException">When <paramref name="cancellationToken"/> is cancelled.</exception>
    public AnalyzedArticle Analyze(Article article, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(article);
        var context = new AnalysisContext(article);
        foreach (var stage in Stages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            stage.Process(context, cancellationToken);
        }

        return context.Freeze();
    }
}
