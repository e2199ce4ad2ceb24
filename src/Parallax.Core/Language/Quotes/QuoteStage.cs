using Parallax.Language.Coreference;
using Parallax.Language.Entities;
using Parallax.Language.Sentences;
using Parallax.Language.Tokens;
using Parallax.Pipeline;

namespace Parallax.Language.Quotes;

/// <summary>
/// The pipeline stage that adds the <see cref="Quote"/> layer (see <see cref="QuoteFinder"/>) from the token,
/// sentence, entity and <see cref="NameChain"/> layers; <see cref="QuotesPipelineExtensions.UseQuotes"/> adds
/// the stages it needs first. Stateless and thread-safe.
/// </summary>
public sealed class QuoteStage : IPipelineStage
{
    /// <inheritdoc />
    public string Name => "quotes";

    /// <inheritdoc />
    public void Process(AnalysisContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.SetLayer(QuoteFinder.Find(
            context.Article.Text,
            context.GetLayer<Token>(),
            context.GetLayer<Sentence>(),
            context.GetLayer<EntityMention>(),
            context.GetLayer<NameChain>(),
            cancellationToken));
    }
}

/// <summary>Plugs quote and speaker finding (<see cref="QuoteStage"/>) into a pipeline, after name coreference.</summary>
public sealed class QuotesExtension : IPipelineExtension
{
    /// <inheritdoc />
    public void Setup(PipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseCoreference();
        if (!builder.Contains<QuoteStage>())
        {
            builder.Add(new QuoteStage());
        }
    }
}

/// <summary><c>UseQuotes()</c> for <see cref="PipelineBuilder"/>.</summary>
public static class QuotesPipelineExtensions
{
    /// <summary>
    /// Adds tokens, sentences, entities and name coreference (if not yet added) and then quote finding: a layer of
    /// <see cref="Quote"/>s (direct, partial and reported speech with cues and speakers).
    /// </summary>
    public static PipelineBuilder UseQuotes(this PipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Use(new QuotesExtension());
    }
}
