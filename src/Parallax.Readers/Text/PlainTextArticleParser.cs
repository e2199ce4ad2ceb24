using System.Collections.Immutable;
using Parallax.Model;

namespace Parallax.Readers.Text;

/// <summary>The article found in a plain-text file.</summary>
/// <param name="Text">The article's own text.</param>
/// <param name="Metadata">Headline, byline, outlet, source URL found in the text's own lines.</param>
/// <param name="Removed">Lines moved to metadata or dropped as boilerplate, with reasons.</param>
public sealed record PlainTextExtraction(string Text, ArticleMetadata Metadata, ImmutableArray<RemovedText> Removed);

/// <summary>
/// Separates a plain-text article (as scraped or pasted) from its metadata lines and site chrome, by general
/// rules: position, line length, punctuation, repeated patterns. Stateless and thread-safe.
/// </summary>
public static class PlainTextArticleParser
{
    /// <summary>Parses <paramref name="raw"/>.</summary>
    public static PlainTextExtraction Parse(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        // TEMP stub (inputs branch only): the raw text, so the input readers can be tested.
        return new PlainTextExtraction(raw.Trim(), ArticleMetadata.Empty, []);
    }
}
