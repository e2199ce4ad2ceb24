using Parallax.Language.Tokens;
using Parallax.Pipeline;

namespace Parallax.Language.Sentences;

/// <summary>
/// The pipeline stage that adds the <see cref="Sentence"/> layer from the <see cref="Token"/> layer
/// (see <see cref="SentenceSplitter"/>). Tokenizes the text itself when no earlier stage did. Stateless and thread-safe.
/// </summary>
public sealed class SentenceStage : IPipelineStage
{
    /// <inheritdoc />
    public string Name => "sentences";

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

        context.SetLayer(SentenceSplitter.Split(text, tokens, cancellationToken));
    }
}
