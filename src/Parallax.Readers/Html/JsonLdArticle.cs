using System.Text.Json;

namespace Parallax.Readers.Html;

/// <summary>What a page's JSON-LD says about its article (schema.org Article and its subtypes).</summary>
internal sealed class JsonLdArticle
{
    private const int MaxObjects = 256;

    public string? Headline { get; private set; }

    public List<string> Authors { get; } = [];

    public string? DatePublished { get; private set; }

    public string? Publisher { get; private set; }

    public string? WebsiteName { get; private set; }

    public string? ArticleBody { get; private set; }

    public string? Language { get; private set; }

    public string? Url { get; private set; }

    /// <summary>Number of scripts that were not valid JSON.</summary>
    public int Malformed { get; private set; }

    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    /// <summary>Reads every script; malformed ones are counted and skipped.</summary>
    public static JsonLdArticle Read(IReadOnlyList<string> scripts)
    {
        var result = new JsonLdArticle();
        foreach (var script in scripts)
        {
            try
            {
                using var document = JsonDocument.Parse(script.Trim().TrimEnd(';'), Options);
                var budget = MaxObjects;
                result.Visit(document.RootElement, ref budget, 0);
            }
            catch (JsonException)
            {
                result.Malformed++;
            }
            catch (ArgumentException)
            {
                result.Malformed++;
            }
        }

        return result;
    }

    private void Visit(JsonElement element, ref int budget, int depth)
    {
        if (--budget < 0 || depth > 8)
        {
            return;
        }

        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Visit(item, ref budget, depth + 1);
            }

            return;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (element.TryGetProperty("@graph", out var graph))
        {
            Visit(graph, ref budget, depth + 1);
        }

        var kind = TypeKind(element);
        if (kind == ObjectKind.Article)
        {
            ReadArticle(element);
        }
        else if (kind == ObjectKind.WebSite)
        {
            WebsiteName ??= StringOf(element, "name");
        }
        else if (kind == ObjectKind.WebPage && element.TryGetProperty("mainEntity", out var main))
        {
            Visit(main, ref budget, depth + 1);
        }
    }

    private void ReadArticle(JsonElement article)
    {
        Headline ??= StringOf(article, "headline") ?? StringOf(article, "name");
        DatePublished ??= StringOf(article, "datePublished") ?? StringOf(article, "dateCreated");
        ArticleBody ??= StringOf(article, "articleBody");
        Language ??= StringOf(article, "inLanguage");
        Url ??= StringOf(article, "url");
        if (Authors.Count == 0 && article.TryGetProperty("author", out var author))
        {
            AddAuthors(author, 0);
        }

        if (Publisher is null && article.TryGetProperty("publisher", out var publisher))
        {
            Publisher = publisher.ValueKind switch
            {
                JsonValueKind.Object => StringOf(publisher, "name"),
                JsonValueKind.String => NonEmpty(publisher.GetString()),
                JsonValueKind.Array when publisher.GetArrayLength() > 0 && publisher[0].ValueKind == JsonValueKind.Object =>
                    StringOf(publisher[0], "name"),
                _ => null,
            };
        }
    }

    private void AddAuthors(JsonElement author, int depth)
    {
        if (depth > 3 || Authors.Count >= 10)
        {
            return;
        }

        switch (author.ValueKind)
        {
            case JsonValueKind.String:
                var name = NonEmpty(author.GetString());
                if (name is not null && !MetadataResolver.LooksLikeUrl(name))
                {
                    Authors.Add(name);
                }

                break;
            case JsonValueKind.Object:
                var objectName = StringOf(author, "name");
                if (objectName is not null && !MetadataResolver.LooksLikeUrl(objectName))
                {
                    Authors.Add(objectName);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in author.EnumerateArray())
                {
                    AddAuthors(item, depth + 1);
                }

                break;
        }
    }

    private enum ObjectKind
    {
        Other,
        Article,
        WebSite,
        WebPage,
    }

    private static ObjectKind TypeKind(JsonElement element)
    {
        if (!element.TryGetProperty("@type", out var type))
        {
            return ObjectKind.Other;
        }

        if (type.ValueKind == JsonValueKind.String)
        {
            return KindOf(type.GetString());
        }

        if (type.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in type.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.String && KindOf(item.GetString()) is var kind and not ObjectKind.Other)
                {
                    return kind;
                }
            }
        }

        return ObjectKind.Other;
    }

    private static ObjectKind KindOf(string? type)
    {
        if (string.IsNullOrEmpty(type))
        {
            return ObjectKind.Other;
        }

        var slash = type.LastIndexOf('/');
        var name = slash >= 0 ? type.AsSpan(slash + 1) : type.AsSpan();
        if (name.EndsWith("Article", StringComparison.OrdinalIgnoreCase) || name.Equals("BlogPosting", StringComparison.OrdinalIgnoreCase)
            || name.Equals("LiveBlogPosting", StringComparison.OrdinalIgnoreCase) || name.Equals("Report", StringComparison.OrdinalIgnoreCase)
            || name.Equals("SocialMediaPosting", StringComparison.OrdinalIgnoreCase))
        {
            return ObjectKind.Article;
        }

        if (name.Equals("WebSite", StringComparison.OrdinalIgnoreCase))
        {
            return ObjectKind.WebSite;
        }

        return name.EndsWith("WebPage", StringComparison.OrdinalIgnoreCase) ? ObjectKind.WebPage : ObjectKind.Other;
    }

    private static string? StringOf(JsonElement element, string property)
    {
        if (!element.TryGetProperty(property, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => NonEmpty(value.GetString()),
            JsonValueKind.Array when value.GetArrayLength() > 0 && value[0].ValueKind == JsonValueKind.String => NonEmpty(value[0].GetString()),
            JsonValueKind.Object when value.TryGetProperty("@id", out var id) && id.ValueKind == JsonValueKind.String => NonEmpty(id.GetString()),
            _ => null,
        };
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
