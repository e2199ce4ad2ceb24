using System.Collections.Frozen;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens.Struct;

namespace Parallax.Readers.Html;

/// <summary>
/// AngleSharp set up for extraction: script, style and comment text is skipped by the tokenizer, only the attributes
/// the extractor reads are kept, positions are not tracked, and nesting is capped. JSON-LD, which lives in script text,
/// is found by <see cref="FindJsonLd"/> with a plain scan of the source instead.
/// </summary>
internal static class PageParser
{
    private static readonly FrozenSet<string> KeptAttributes = new[]
    {
        "class", "id", "style", "hidden", "aria-hidden", "role", "itemprop", "content", "name", "property", "http-equiv",
        "rel", "href", "datetime", "lang", "xml:lang", "summary",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> KeptLookup =
        KeptAttributes.GetAlternateLookup<ReadOnlySpan<char>>();

    [ThreadStatic]
    private static HtmlParser? _parser;

    [ThreadStatic]
    private static int _parserDepth;

    /// <summary>Parses <paramref name="html"/>; the parser is cached per thread and per depth limit.</summary>
    public static IHtmlDocument Parse(string html, int maxDepth)
    {
        if (_parser is null || _parserDepth != maxDepth)
        {
            _parser = new HtmlParser(new HtmlParserOptions
            {
                IsScripting = false,
                IsKeepingSourceReferences = false,
                DisableElementPositionTracking = true,
                SkipComments = true,
                SkipScriptText = true,
                SkipRawText = true,
                SkipProcessingInstructions = true,
                MaximumDepth = maxDepth,
                ShouldEmitAttribute = ShouldEmit,
            });
            _parserDepth = maxDepth;
        }

        return _parser.ParseDocument(html);
    }

    private static bool ShouldEmit(ref StructHtmlToken token, ReadOnlyMemory<char> attributeName)
    {
        var name = attributeName.Span;
        if (!KeptLookup.Contains(name))
        {
            return false;
        }

        // Links are everywhere but only a canonical <link> needs its address; meta names only matter on <meta>.
        if (name.Equals("href", StringComparison.OrdinalIgnoreCase))
        {
            return token.Name == "link";
        }

        if (name.Equals("name", StringComparison.OrdinalIgnoreCase) || name.Equals("property", StringComparison.OrdinalIgnoreCase))
        {
            return token.Name == "meta";
        }

        return true;
    }

    /// <summary>The text of every <c>&lt;script type="application/ld+json"&gt;</c> in the source, at most
    /// <paramref name="max"/> of them.</summary>
    public static List<string> FindJsonLd(string html, int max)
    {
        var result = new List<string>();
        var span = html.AsSpan();
        var at = 0;
        while (result.Count < max)
        {
            var open = span[at..].IndexOf("<script", StringComparison.OrdinalIgnoreCase);
            if (open < 0)
            {
                break;
            }

            open += at;
            var tagEnd = span[open..].IndexOf('>');
            if (tagEnd < 0)
            {
                break;
            }

            tagEnd += open;
            var close = span[tagEnd..].IndexOf("</script", StringComparison.OrdinalIgnoreCase);
            if (close < 0)
            {
                break;
            }

            close += tagEnd;
            if (span[open..tagEnd].Contains("ld+json", StringComparison.OrdinalIgnoreCase))
            {
                var body = span[(tagEnd + 1)..close].Trim();
                if (!body.IsEmpty)
                {
                    result.Add(body.ToString());
                }
            }

            at = close + 8;
        }

        return result;
    }
}
