using AngleSharp.Dom;

namespace Parallax.Readers.Html;

/// <summary>
/// Gathers the raw metadata signals of a page while <see cref="PageTree.Build"/> walks it: meta tags, the
/// <c>&lt;title&gt;</c>, canonical links, JSON-LD scripts, <c>&lt;time&gt;</c>, microdata and byline elements.
/// Deciding between them is <see cref="MetadataResolver"/>'s job.
/// </summary>
internal sealed class PageMetadataCollector
{
    private const int MaxBylines = 8;

    /// <summary>Meta tag values by lowercased name/property/itemprop/http-equiv; the first occurrence wins.</summary>
    public Dictionary<string, string> Meta { get; } = new(StringComparer.Ordinal);

    public string? HtmlLang { get; private set; }

    public string? TitleText { get; private set; }

    public string? Canonical { get; private set; }

    /// <summary>The first <c>&lt;time datetime&gt;</c> of the page.</summary>
    public string? FirstTime { get; private set; }

    /// <summary>The first <c>&lt;time datetime&gt;</c> marked as the publication time (itemprop or class).</summary>
    public string? PublishedTime { get; private set; }

    public string? ItempropDate { get; private set; }

    public string? ItempropHeadline { get; private set; }

    public List<IElement> AuthorElements { get; } = [];

    public List<IElement> BylineElements { get; } = [];

    public void VisitElement(IElement element, in ElementAttributes attributes, bool insideBody)
    {
        switch (element.LocalName)
        {
            case "html":
                HtmlLang ??= NonEmpty(element.GetAttribute("lang")) ?? NonEmpty(element.GetAttribute("xml:lang"));
                return;
            case "head":
                VisitHead(element);
                return;
            case "meta":
                VisitMeta(element);
                return;
            case "title" when !insideBody:
                TitleText ??= NonEmpty(element.TextContent);
                return;
            case "link":
                VisitLink(element);
                return;
            case "time":
                var dateTime = NonEmpty(element.GetAttribute("datetime"));
                if (dateTime is not null)
                {
                    FirstTime ??= dateTime;
                    if (IsPublishedMarker(element))
                    {
                        PublishedTime ??= dateTime;
                    }
                }

                break;
        }

        var itemprop = attributes.Itemprop;
        if (itemprop is not null)
        {
            VisitItemprop(element, itemprop);
        }

        if (attributes.Rel is { } rel && element.LocalName == "a"
            && rel.Contains("author", StringComparison.OrdinalIgnoreCase) && AuthorElements.Count < MaxBylines)
        {
            AuthorElements.Add(element);
        }

        var cls = attributes.Class;
        if (insideBody && cls is not null && BylineElements.Count < MaxBylines
            && (cls.Contains("byline", StringComparison.OrdinalIgnoreCase) || cls.Contains("author", StringComparison.OrdinalIgnoreCase)))
        {
            BylineElements.Add(element);
        }
    }

    private void VisitHead(IElement head)
    {
        var children = head.Children;
        for (var i = 0; i < children.Length && i < 2000; i++)
        {
            VisitElement(children[i], ElementAttributes.Read(children[i]), insideBody: false);
        }
    }

    private void VisitMeta(IElement element)
    {
        var content = element.GetAttribute("content");
        if (string.IsNullOrWhiteSpace(content))
        {
            return;
        }

        var key = element.GetAttribute("property") ?? element.GetAttribute("name") ?? element.GetAttribute("itemprop")
            ?? element.GetAttribute("http-equiv");
        if (string.IsNullOrWhiteSpace(key))
        {
            return;
        }

        Meta.TryAdd(key.Trim().ToLowerInvariant(), content.Trim());
    }

    private void VisitLink(IElement element)
    {
        var rel = element.GetAttribute("rel");
        if (rel is not null && rel.Equals("canonical", StringComparison.OrdinalIgnoreCase))
        {
            Canonical ??= NonEmpty(element.GetAttribute("href"));
        }
    }

    private void VisitItemprop(IElement element, string itemprop)
    {
        if (itemprop.Contains("datePublished", StringComparison.OrdinalIgnoreCase))
        {
            ItempropDate ??= NonEmpty(element.GetAttribute("content")) ?? NonEmpty(element.GetAttribute("datetime"));
        }
        else if (itemprop.Contains("author", StringComparison.OrdinalIgnoreCase) && AuthorElements.Count < MaxBylines)
        {
            AuthorElements.Add(element);
        }
        else if (itemprop.Equals("headline", StringComparison.OrdinalIgnoreCase))
        {
            ItempropHeadline ??= NonEmpty(element.GetAttribute("content")) ?? NonEmpty(DomText.Get(element, 300));
        }
    }

    private static bool IsPublishedMarker(IElement element)
    {
        var itemprop = element.GetAttribute("itemprop");
        if (itemprop is not null && itemprop.Contains("datePublished", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var cls = element.ClassName;
        return cls is not null && cls.Contains("publish", StringComparison.OrdinalIgnoreCase);
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
