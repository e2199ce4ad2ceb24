namespace Parallax.Readers.Html;

/// <summary>Limits for <see cref="HtmlArticleExtractor"/>. Immutable; <see cref="Default"/> suits news pages.</summary>
public sealed record HtmlExtractorOptions
{
    /// <summary>The default limits.</summary>
    public static HtmlExtractorOptions Default { get; } = new();

    /// <summary>Elements nested deeper than this are flattened onto their ancestor at this depth (their text is kept).</summary>
    public int MaxDepth { get; init; } = 256;

    /// <summary>Pages longer than this many characters are cut (with a warning) before parsing.</summary>
    public int MaxHtmlLength { get; init; } = 20_000_000;

    /// <summary>Extraction of one page stops after this long, with an error diagnostic and empty text.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Whether a JSON-LD <c>articleBody</c> may pick the article container (the text still comes from the page).</summary>
    public bool UseJsonLdArticleBody { get; init; } = true;

    /// <summary>At most this many removed blocks are reported.</summary>
    public int MaxRemovedBlocks { get; init; } = 200;

    /// <summary>Removed blocks longer than this are truncated (with an ellipsis).</summary>
    public int MaxRemovedLength { get; init; } = 300;
}
