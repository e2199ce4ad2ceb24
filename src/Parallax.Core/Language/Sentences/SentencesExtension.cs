using Parallax.Language.Tokens;
using Parallax.Pipeline;

namespace Parallax.Language.Sentences;

/// <summary>Adds the <see cref="SentenceStage"/> to a pipeline once, after the tokenizer (which it adds if missing).</summary>
public sealed class SentencesExtension : IPipelineExtension
{
    /// <inheritdoc />
    public void Setup(PipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Use(new TokensExtension());
        if (!builder.Contains<SentenceStage>())
        {
            builder.Add(new SentenceStage());
        }
    }
}
