using Parallax.Pipeline;

namespace Parallax.Language.Amounts;

/// <summary>The pipeline stage that adds the <see cref="AmountMention"/> layer (added by <c>UseEntities()</c>). Thread-safe.</summary>
public sealed class AmountStage : IPipelineStage
{
    /// <inheritdoc />
    public string Name => "amounts";

    /// <inheritdoc />
    public void Process(AnalysisContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.SetLayer(AmountRecognizer.Recognize(context.Article.Text, cancellationToken));
    }
}
