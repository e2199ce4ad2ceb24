using Parallax.Model;

namespace Parallax.Language.Tokens;

/// <summary>
/// Splits text into <see cref="Token"/>s with offsets. Stateless and thread-safe; linear time; never throws on any input.
/// </summary>
public static class Tokenizer
{
    /// <summary>Tokenizes the whole of <paramref name="text"/>.</summary>
    public static AnnotationLayer<Token> Tokenize(string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            if ((i & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var start = i;
            if (char.IsLetterOrDigit(c))
            {
                while (i < text.Length && char.IsLetterOrDigit(text[i]))
                {
                    i++;
                }

                tokens.Add(new Token(new TextSpan(start, i), char.IsDigit(c) ? TokenKind.Number : TokenKind.Word));
                continue;
            }

            i++;
            tokens.Add(new Token(new TextSpan(start, i), char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol));
        }

        return new AnnotationLayer<Token>(tokens);
    }
}
