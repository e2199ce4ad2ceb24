using Parallax.Pipeline;

namespace Parallax.Language.Tokens;

/// <summary>Adds the <see cref="TokenizerStage"/> to a pipeline once.</summary>
public sealed class TokensExtension : IPipelineExtension
{
    /// <inheritdoc />
    public void Setup(PipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (!builder.Contains<TokenizerStage>())
        {
            builder.Add(new TokenizerStage());
        }
    }
}
