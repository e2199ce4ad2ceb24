using Parallax.Language.Sentences;
using Parallax.Language.Tokens;
using Parallax.Pipeline;

namespace Parallax.Language;

/// <summary>Plugs the language core (tokens, sentences) into a <see cref="PipelineBuilder"/>.</summary>
public static class LanguagePipelineExtensions
{
    /// <summary>Adds the tokenizer, which adds the <see cref="Token"/> layer. Adding it twice has no effect.</summary>
    public static PipelineBuilder UseTokens(this PipelineBuilder builder) => builder.Use(new TokensExtension());

    /// <summary>Adds sentence splitting (and the tokenizer it needs), which adds the <see cref="Sentence"/> layer.</summary>
    public static PipelineBuilder UseSentences(this PipelineBuilder builder) => builder.Use(new SentencesExtension());
}
