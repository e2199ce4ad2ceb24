using Parallax.Model;

namespace Parallax.Language.Tokens;

/// <summary>What kind of text a <see cref="Token"/> covers.</summary>
public enum TokenKind
{
    /// <summary>A word, including contractions' parts ("n't", "'s") and hyphenated words.</summary>
    Word,

    /// <summary>A number or amount ("3", "6,000", "2.5", "12-hour" is a word).</summary>
    Number,

    /// <summary>Punctuation, quotes and dashes.</summary>
    Punctuation,

    /// <summary>Other symbols ("$", "%", "&amp;").</summary>
    Symbol,

    /// <summary>A URL or e-mail address.</summary>
    Url,

    /// <summary>A social-media handle or hashtag ("@user", "#tag").</summary>
    Handle,

    /// <summary>An emoji (with its modifiers and joiners).</summary>
    Emoji,
}

/// <summary>One token: a half-open span of an article's text and its kind. Immutable.</summary>
/// <param name="Span">The characters covered.</param>
/// <param name="Kind">What kind of text it is.</param>
public readonly record struct Token(TextSpan Span, TokenKind Kind) : IHasSpan;
