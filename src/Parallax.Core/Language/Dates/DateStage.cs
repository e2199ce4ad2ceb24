using Parallax.Pipeline;

namespace Parallax.Language.Dates;

/// <summary>The pipeline stage that adds the <see cref="DateMention"/> layer (added by <c>UseEntities()</c>). Thread-safe.</summary>
public sealed class DateStage : IPipelineStage
{
    /// <inheritdoc />
    public string Name => "dates";

    /// <inheritdoc />
    public void Process(AnalysisContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.SetLayer(DateRecognizer.Recognize(context.Article.Text, cancellationToken));
    }
}
