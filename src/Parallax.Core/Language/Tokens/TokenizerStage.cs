using Parallax.Pipeline;

namespace Parallax.Language.Tokens;

/// <summary>
/// The pipeline stage that adds the <see cref="Token"/> layer (see <see cref="Tokenizer"/>). Stateless and thread-safe.
/// </summary>
public sealed class TokenizerStage : IPipelineStage
{
    /// <inheritdoc />
    public string Name => "tokens";

    /// <inheritdoc />
    public void Process(AnalysisContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.SetLayer(Tokenizer.Tokenize(context.Article.Text, cancellationToken));
    }
}
