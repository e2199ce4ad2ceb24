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
/// <remarks>
/// <para>The rules, in the order they run (the cases in tests/Parallax.Readers.Tests/Text/Specs/plain-text.md show
/// each one):</para>
/// <list type="number">
/// <item>Top of the text: a navigation menu (three or more lines of one to three words) and chrome are dropped;
/// a file-name-like header, a bare domain or publication name (the outlet), a URL, labelled lines
/// ("Source: …", "Published: …"), a byline, a date line, a section label and one headline (the title, with a
/// trailing " | Site Name" split off as the outlet) are moved to the metadata.</item>
/// <item>The first paragraph loses an outlet prefix ("DID Press: …") or a wire dateline
/// ("MOSCOW, Aug 15 (Reuters) - …"); the sentence stays.</item>
/// <item>Bottom of the text, from the last line up to the last real paragraph: chrome (comment forms, share
/// prompts, calls to action, "Back to top"), bylines, credits, labelled lines and dates go; short headline-like
/// lines are held until a related-links heading ("Related News") above claims them, or, without a heading, at
/// least three of them that name things follow a paragraph that ends a sentence.</item>
/// <item>Inside the article only unmistakable chrome goes: "Advertisement", share widgets, cookie banners,
/// "Read more: …" links, a repeat of the headline and verbatim repeats of long paragraphs.</item>
/// </list>
/// <para>When a rule is unsure it keeps the line: no sentence of the article is dropped. Never throws on bad
/// input other than null; the work is linear in the input's length.</para>
/// </remarks>
public static class PlainTextArticleParser
{
    /// <summary>Parses <paramref name="raw"/>.</summary>
    public static PlainTextExtraction Parse(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var document = new ScrapedText(raw);
        document.ReadHeader();
        document.ReadFirstParagraphPrefix();
        document.ReadFooter();
        document.RemoveInnerChrome();
        return document.Finish();
    }
}
