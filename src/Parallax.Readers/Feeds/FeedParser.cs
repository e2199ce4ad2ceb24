using System.Collections.Immutable;
using System.Xml;
using System.Xml.Linq;
using Parallax.Model;

namespace Parallax.Readers.Feeds;

/// <summary>Text carried by a feed item, as HTML or as plain text.</summary>
/// <param name="Value">The markup or text.</param>
/// <param name="IsHtml">True when <paramref name="Value"/> is HTML.</param>
public sealed record FeedContent(string Value, bool IsHtml);

/// <summary>One item (RSS) or entry (Atom) of a feed.</summary>
/// <param name="Number">Its position in the feed, from 1.</param>
/// <param name="Title">The headline; null when absent.</param>
/// <param name="Link">The article's address; null when absent.</param>
/// <param name="Author">The author (<c>dc:creator</c>, <c>author</c>); null when absent.</param>
/// <param name="Published">The publication (or else update) date; null when absent or unreadable.</param>
/// <param name="Content">The full content (<c>content:encoded</c>, Atom <c>content</c>); null when absent.</param>
/// <param name="Summary">The summary (<c>description</c>, Atom <c>summary</c>); null when absent.</param>
public sealed record FeedItem(
    int Number, string? Title, string? Link, string? Author, DateOnly? Published, FeedContent? Content, FeedContent? Summary);

/// <summary>A parsed feed, or why it could not be parsed.</summary>
/// <param name="Title">The feed's title (usually the outlet's name); null when absent.</param>
/// <param name="Items">The items, in feed order; empty on failure.</param>
/// <param name="Error">Why the feed was refused; null on success.</param>
/// <param name="Diagnostics">Warnings about the feed as a whole.</param>
public sealed record ParsedFeed(string? Title, ImmutableArray<FeedItem> Items, string? Error, ImmutableArray<Diagnostic> Diagnostics);

/// <summary>
/// Reads RSS 2.0, RSS 1.0 (RDF) and Atom feeds safely: no DTD processing, no entity expansion, no external resources
/// (a feed relying on a DTD's entities, as in XXE or "billion laughs" attacks, is refused with a diagnostic).
/// Stateless and thread-safe; never throws on bad input.
/// </summary>
public static class FeedParser
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace ContentModule = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace DublinCore = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace Rss10 = "http://purl.org/rss/1.0/";
    private static readonly XNamespace Rss09 = "http://my.netscape.com/rdf/simple/0.9/";

    /// <summary>Parses the feed in <paramref name="xml"/>, keeping at most <paramref name="maxItems"/> items.</summary>
    public static ParsedFeed Parse(string xml, int maxItems, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(xml);
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var hasDtd = HasDocumentType(xml);
        if (hasDtd)
        {
            diagnostics.Add(Diagnostic.Warning("the feed declares a DTD (<!DOCTYPE>); it was ignored and its entities are not expanded"));
        }

        XDocument document;
        try
        {
            var settings = new XmlReaderSettings
            {
                DtdProcessing = DtdProcessing.Ignore,
                XmlResolver = null,
                MaxCharactersFromEntities = 1024,
                MaxCharactersInDocument = Math.Max(xml.Length * 2L, 1024),
                IgnoreComments = true,
                IgnoreProcessingInstructions = true,
                CheckCharacters = false,
            };
            using var reader = XmlReader.Create(new StringReader(xml), settings);
            document = XDocument.Load(reader, LoadOptions.None);
        }
        catch (XmlException ex)
        {
            var error = hasDtd && ex.Message.Contains("entity", StringComparison.OrdinalIgnoreCase)
                ? $"feed refused: it uses entities from its DTD, which are never expanded (protection against XXE and entity expansion): {ex.Message}"
                : $"malformed feed XML: {ex.Message}";
            return new ParsedFeed(null, [], error, diagnostics.ToImmutable());
        }

        var root = document.Root;
        if (root is null)
        {
            return new ParsedFeed(null, [], "not a feed: the XML has no root element", diagnostics.ToImmutable());
        }

        IEnumerable<XElement> entries;
        XElement? channel;
        var isAtom = false;
        switch (root.Name.LocalName)
        {
            case "rss":
                channel = Child(root, "channel");
                entries = channel?.Elements().Where(e => e.Name.LocalName == "item") ?? [];
                break;
            case "RDF":
                channel = Child(root, "channel");
                entries = root.Elements().Where(e => e.Name.LocalName == "item");
                break;
            case "feed":
                channel = root;
                entries = root.Elements().Where(e => e.Name.LocalName == "entry");
                isAtom = true;
                break;
            default:
                return new ParsedFeed(null, [], $"not an RSS or Atom feed (root element <{root.Name.LocalName}>)", diagnostics.ToImmutable());
        }

        var title = channel is null ? null : TextOf(Child(channel, "title"));
        var items = ImmutableArray.CreateBuilder<FeedItem>();
        foreach (var entry in entries)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (items.Count >= maxItems)
            {
                diagnostics.Add(Diagnostic.Warning($"only the first {maxItems} items were read (--max-items)"));
                break;
            }

            var number = items.Count + 1;
            items.Add(isAtom ? ReadAtomEntry(entry, number) : ReadRssItem(entry, number));
        }

        return new ParsedFeed(title, items.ToImmutable(), null, diagnostics.ToImmutable());
    }

    private static FeedItem ReadRssItem(XElement item, int number)
    {
        var link = TextOf(RssElement(item, "link"))
            ?? PermalinkGuid(RssElement(item, "guid"))
            ?? AtomLink(item);
        var author = TextOf(item.Element(DublinCore + "creator")) ?? RssAuthor(TextOf(RssElement(item, "author")));
        var published = DateParsing.ParseDate(TextOf(RssElement(item, "pubDate")))
            ?? DateParsing.ParseDate(TextOf(item.Element(DublinCore + "date")));
        var content = TextOf(item.Element(ContentModule + "encoded"));
        var summary = TextOf(RssElement(item, "description"));
        return new FeedItem(
            number,
            TextOf(RssElement(item, "title")),
            link,
            author,
            published,
            content is null ? null : new FeedContent(content, IsHtml: true),
            summary is null ? null : new FeedContent(summary, IsHtml: true));
    }

    private static FeedItem ReadAtomEntry(XElement entry, int number)
    {
        var author = TextOf(entry.Element(Atom + "author")?.Element(Atom + "name"));
        var published = DateParsing.ParseDate(TextOf(entry.Element(Atom + "published")))
            ?? DateParsing.ParseDate(TextOf(entry.Element(Atom + "updated")));
        var title = AtomText(entry.Element(Atom + "title"));
        return new FeedItem(
            number,
            title is null ? null : title.IsHtml ? HtmlFragment.PlainText(title.Value) : title.Value,
            AtomLink(entry),
            author,
            published,
            AtomText(entry.Element(Atom + "content")),
            AtomText(entry.Element(Atom + "summary")));
    }

    private static FeedContent? AtomText(XElement? element)
    {
        if (element is null)
        {
            return null;
        }

        var type = ((string?)element.Attribute("type"))?.Trim().ToLowerInvariant();
        switch (type)
        {
            case "html" or "text/html":
                return TextOf(element) is { } html ? new FeedContent(html, IsHtml: true) : null;
            case "xhtml" or "application/xhtml+xml":
                var container = element.Elements().FirstOrDefault(e => e.Name.LocalName == "div") ?? element;
                var markup = string.Concat(container.Nodes().Select(n => n.ToString(SaveOptions.DisableFormatting)));
                return string.IsNullOrWhiteSpace(markup) ? null : new FeedContent(markup, IsHtml: true);
            default:
                return TextOf(element) is { } text ? new FeedContent(text, IsHtml: false) : null;
        }
    }

    private static string? AtomLink(XElement entry)
    {
        string? fallback = null;
        foreach (var link in entry.Elements(Atom + "link"))
        {
            var href = ((string?)link.Attribute("href"))?.Trim();
            if (string.IsNullOrEmpty(href))
            {
                continue;
            }

            var rel = (string?)link.Attribute("rel");
            if (rel is null or "alternate")
            {
                return href;
            }

            fallback ??= rel == "self" ? null : href;
        }

        return fallback;
    }

    private static string? PermalinkGuid(XElement? guid)
    {
        var value = TextOf(guid);
        if (value is null || (string?)guid!.Attribute("isPermaLink") == "false")
        {
            return null;
        }

        return value.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            ? value
            : null;
    }

    // RSS 2.0's <author> is "email (Name)"; keep the name when there is one.
    private static string? RssAuthor(string? author)
    {
        if (author is null)
        {
            return null;
        }

        var open = author.IndexOf('(', StringComparison.Ordinal);
        var close = author.LastIndexOf(')');
        return open >= 0 && close > open + 1 ? author[(open + 1)..close].Trim() : author;
    }

    // RSS 2.0 elements have no namespace; RSS 1.0 and 0.9 put them in their own.
    private static XElement? RssElement(XElement item, string name) =>
        item.Element(name) ?? item.Element(Rss10 + name) ?? item.Element(Rss09 + name);

    private static XElement? Child(XElement parent, string localName) =>
        parent.Elements().FirstOrDefault(e => e.Name.LocalName == localName);

    private static string? TextOf(XElement? element)
    {
        var value = element?.Value.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }

    // True when the prolog (before the root element) contains a <!DOCTYPE.
    private static bool HasDocumentType(string xml)
    {
        var span = xml.AsSpan();
        while (true)
        {
            span = span.TrimStart();
            if (span.StartsWith("<?", StringComparison.Ordinal))
            {
                var end = span.IndexOf("?>", StringComparison.Ordinal);
                if (end < 0)
                {
                    return false;
                }

                span = span[(end + 2)..];
            }
            else if (span.StartsWith("<!--", StringComparison.Ordinal))
            {
                var end = span.IndexOf("-->", StringComparison.Ordinal);
                if (end < 0)
                {
                    return false;
                }

                span = span[(end + 3)..];
            }
            else
            {
                return span.StartsWith("<!DOCTYPE", StringComparison.OrdinalIgnoreCase);
            }
        }
    }
}
