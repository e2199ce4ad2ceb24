using Parallax.Language.Tokens;
using Parallax.Pipeline;

namespace Parallax.Language.Entities;

/// <summary>
/// The pipeline stage that adds the <see cref="EntityMention"/> layer. Uses the <see cref="Token"/> layer when an
/// earlier stage added one, and tokenizes the article itself otherwise. Thread-safe.
/// </summary>
public sealed class EntityStage : IPipelineStage
{
    /// <summary>Creates the stage over <paramref name="recognizer"/>.</summary>
    public EntityStage(EntityRecognizer recognizer)
    {
        ArgumentNullException.ThrowIfNull(recognizer);
        Recognizer = recognizer;
    }

    /// <summary>The recognizer the stage runs.</summary>
    public EntityRecognizer Recognizer { get; }

    /// <inheritdoc />
    public string Name => "entities";

    /// <inheritdoc />
    public void Process(AnalysisContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var text = context.Article.Text;
        var tokens = context.GetLayer<Token>();
        if (tokens.Count == 0 && text.Length > 0)
        {
            tokens = Tokenizer.Tokenize(text, cancellationToken);
        }

        context.SetLayer(Recognizer.Recognize(text, tokens, cancellationToken));
    }
}
