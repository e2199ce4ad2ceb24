using System.Globalization;
using System.Net;
using Parallax.Model;

namespace Parallax.Readers.Html;

/// <summary>Chooses title, outlet, author, date, language and URL from the signals a page offers, best source first.</summary>
internal static class MetadataResolver
{
    private static readonly string[] BylineStops = [" Published ", " Updated ", " Posted ", " | ", " on ", "\n"];

    private static readonly string[] TitleSeparators = [" | ", " - ", " – ", " — ", " :: ", " « ", " » ", " · ", " • "];

    public static ArticleMetadata Resolve(PageMetadataCollector page, JsonLdArticle jsonLd, string? firstH1, string? url)
    {
        var meta = page.Meta;
        var rawTitle = Clean(page.TitleText);
        var (titleHead, titleSuffix) = SplitTitle(rawTitle);

        var outlet = Clean(Get(meta, "og:site_name")) ?? Clean(jsonLd.Publisher) ?? Clean(Get(meta, "application-name"))
            ?? Clean(jsonLd.WebsiteName) ?? titleSuffix;

        var title = Clean(Get(meta, "og:title")) ?? Clean(Get(meta, "twitter:title")) ?? Clean(jsonLd.Headline)
            ?? Clean(page.ItempropHeadline) ?? Clean(firstH1) ?? titleHead;
        title = StripSiteSuffix(title, outlet);

        return new ArticleMetadata
        {
            Title = title,
            Outlet = outlet,
            Author = ResolveAuthor(page, jsonLd, outlet),
            Published = ParseDate(Get(meta, "article:published_time")) ?? ParseDate(jsonLd.DatePublished)
                ?? ParseDate(page.ItempropDate) ?? ParseDate(page.PublishedTime) ?? ParseDate(Get(meta, "date"))
                ?? ParseDate(Get(meta, "pubdate")) ?? ParseDate(Get(meta, "publishdate")) ?? ParseDate(Get(meta, "dc.date"))
                ?? ParseDate(Get(meta, "dc.date.issued")) ?? ParseDate(Get(meta, "dcterms.date")) ?? ParseDate(Get(meta, "sailthru.date"))
                ?? ParseDate(Get(meta, "og:published_time")) ?? ParseDate(Get(meta, "datepublished")) ?? ParseDate(page.FirstTime),
            Language = LanguageCode(page.HtmlLang) ?? LanguageCode(Get(meta, "content-language")) ?? LanguageCode(Get(meta, "og:locale"))
                ?? LanguageCode(jsonLd.Language),
            Url = AbsoluteUrl(page.Canonical, url) ?? AbsoluteUrl(Get(meta, "og:url"), url) ?? NonEmpty(url),
        };
    }

    private static string? ResolveAuthor(PageMetadataCollector page, JsonLdArticle jsonLd, string? outlet)
    {
        var candidates = new List<string?>
        {
            Get(page.Meta, "author"),
            Get(page.Meta, "article:author"),
            jsonLd.Authors.Count > 0 ? string.Join(", ", jsonLd.Authors) : null,
            Get(page.Meta, "dc.creator"),
            Get(page.Meta, "sailthru.author"),
            Get(page.Meta, "byl"),
        };
        foreach (var element in page.AuthorElements)
        {
            candidates.Add(DomText.Get(element, 120));
        }

        foreach (var element in page.BylineElements)
        {
            candidates.Add(DomText.Get(element, 120));
        }

        foreach (var candidate in candidates)
        {
            var author = CleanAuthor(candidate);
            if (author is not null && (outlet is null || !author.Equals(outlet, StringComparison.OrdinalIgnoreCase)))
            {
                return author;
            }
        }

        return null;
    }

    /// <summary>Strips "By", rejects URLs, handles and over-long strings.</summary>
    public static string? CleanAuthor(string? value)
    {
        var author = Clean(value);
        if (author is null || LooksLikeUrl(author) || author.StartsWith('@'))
        {
            return null;
        }

        if (author.StartsWith("by ", StringComparison.OrdinalIgnoreCase))
        {
            author = author[3..].TrimStart();
        }
        else if (author.StartsWith("by:", StringComparison.OrdinalIgnoreCase))
        {
            author = author[3..].TrimStart();
        }

        // Bylines often run on into the date: "Jane Doe Published 11:11 PM EST Nov 19, 2019", "Jane Doe | Updated …".
        foreach (var marker in BylineStops)
        {
            var at = author.IndexOf(marker, StringComparison.OrdinalIgnoreCase);
            if (at > 0)
            {
                author = author[..at];
            }
        }

        author = author.Trim(' ', ',', '|', '-', '–', '—', ':');
        var digits = 0;
        foreach (var c in author)
        {
            if (char.IsDigit(c))
            {
                digits++;
            }
        }

        if (digits >= 3)
        {
            // A date or a time, not a name.
            return null;
        }

        if (author.Length < 2 || author.Length > 100)
        {
            return null;
        }

        var words = 1;
        foreach (var c in author)
        {
            if (c == ' ')
            {
                words++;
            }
        }

        return words > 12 ? null : author;
    }

    public static bool LooksLikeUrl(string value) =>
        value.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || value.StartsWith("//", StringComparison.Ordinal) || value.StartsWith("www.", StringComparison.OrdinalIgnoreCase);

    /// <summary>Splits "Headline | Site" into its head and suffix; the suffix is null when there is no separator.</summary>
    public static (string? Head, string? Suffix) SplitTitle(string? title)
    {
        if (title is null)
        {
            return (null, null);
        }

        var best = -1;
        var separatorLength = 0;
        foreach (var separator in TitleSeparators)
        {
            var at = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (at > best)
            {
                best = at;
                separatorLength = separator.Length;
            }
        }

        if (best <= 0)
        {
            return (title, null);
        }

        var head = title[..best].Trim();
        var suffix = title[(best + separatorLength)..].Trim();

        // The suffix is the site only when it is short next to the headline.
        if (suffix.Length == 0 || head.Length == 0 || suffix.Length > 40 || suffix.Length >= head.Length)
        {
            return (title, null);
        }

        return (head, suffix);
    }

    /// <summary>Removes a trailing " | Outlet" (or any short trailing separator part when the outlet is unknown).</summary>
    public static string? StripSiteSuffix(string? title, string? outlet)
    {
        if (title is null)
        {
            return null;
        }

        var (head, suffix) = SplitTitle(title);
        if (suffix is null || head is null)
        {
            return title;
        }

        if (outlet is not null)
        {
            return suffix.Equals(outlet, StringComparison.OrdinalIgnoreCase)
                || suffix.Replace(" ", string.Empty, StringComparison.Ordinal).Equals(outlet.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase)
                || outlet.Contains(suffix, StringComparison.OrdinalIgnoreCase) || suffix.Contains(outlet, StringComparison.OrdinalIgnoreCase)
                ? head
                : title;
        }

        return head;
    }

    /// <summary>Reads the calendar date written at the start of an ISO-8601 value, or any parseable date.</summary>
    public static DateOnly? ParseDate(string? value)
    {
        var date = ParseAnyDate(value);
        return date is { Year: > 1900 and < 2200 } ? date : null;
    }

    private static DateOnly? ParseAnyDate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var span = value.AsSpan().Trim();
        if (span.Length >= 10 && char.IsAsciiDigit(span[0]) && (span[4] == '-' || span[4] == '/')
            && DateOnly.TryParseExact(span[..10], span[4] == '-' ? "yyyy-MM-dd" : "yyyy/MM/dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso))
        {
            return iso;
        }

        if (span.Length >= 8 && span.Length <= 14 && long.TryParse(span, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            // yyyyMMdd or a Unix timestamp.
            if (span.Length == 8 && DateOnly.TryParseExact(span, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var compact))
            {
                return compact;
            }

            if (number is > 100_000_000 and < 100_000_000_000_000)
            {
                var seconds = number > 10_000_000_000 ? number / 1000 : number;
                return DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime);
            }

            return null;
        }

        if (span.Length <= 64
            && DateTimeOffset.TryParse(span, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out var parsed)
            && parsed.Year is > 1900 and < 2200)
        {
            return DateOnly.FromDateTime(parsed.DateTime);
        }

        return null;
    }

    /// <summary>"en-US", "en_GB", "EN" → "en"; null unless the value starts with two ASCII letters.</summary>
    public static string? LanguageCode(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var span = value.AsSpan().Trim();
        if (span.Length < 2 || !char.IsAsciiLetter(span[0]) || !char.IsAsciiLetter(span[1])
            || (span.Length > 2 && char.IsAsciiLetter(span[2])))
        {
            return null;
        }

        return string.Create(2, (span[0], span[1]), static (dest, pair) =>
        {
            dest[0] = char.ToLowerInvariant(pair.Item1);
            dest[1] = char.ToLowerInvariant(pair.Item2);
        });
    }

    private static string? AbsoluteUrl(string? href, string? baseUrl)
    {
        if (string.IsNullOrWhiteSpace(href))
        {
            return null;
        }

        href = href.Trim();
        if (Uri.TryCreate(href, UriKind.Absolute, out var absolute) && (absolute.Scheme == Uri.UriSchemeHttp || absolute.Scheme == Uri.UriSchemeHttps))
        {
            return absolute.ToString();
        }

        if (baseUrl is not null && Uri.TryCreate(baseUrl, UriKind.Absolute, out var b) && Uri.TryCreate(b, href, out var resolved))
        {
            return resolved.ToString();
        }

        return null;
    }

    private static string? Get(Dictionary<string, string> meta, string key) => meta.TryGetValue(key, out var value) ? value : null;

    private static string? Clean(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = TextNormalizer.Collapse(value.Contains('&', StringComparison.Ordinal) ? WebUtility.HtmlDecode(value) : value);
        return text.Length == 0 ? null : text;
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
