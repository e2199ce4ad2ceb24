using System.Collections.Immutable;
using System.Xml;

namespace Parallax.Workers.Monitoring;

/// <summary>
/// Reads the list of feeds to follow: either one URL per line (blank lines and <c>#</c> comments skipped) or an OPML
/// document (every <c>outline</c> with an <c>xmlUrl</c>). Safe XML (no DTD, no external resources); duplicates are
/// dropped; lines that are not http(s) URLs are reported, not silently skipped. Stateless and thread-safe.
/// </summary>
public static class FeedList
{
    /// <summary>Parses <paramref name="text"/>; returns the feed URLs in order and a message for each entry refused.</summary>
    public static (ImmutableArray<string> Feeds, ImmutableArray<string> Problems) Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var feeds = new List<string>();
        var problems = new List<string>();
        var trimmed = text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (trimmed.StartsWith('<'))
        {
            ParseOpml(trimmed, feeds, problems);
        }
        else
        {
            var number = 0;
            foreach (var raw in text.Split('\n'))
            {
                number++;
                var line = raw.Trim();
                if (line.Length == 0 || line.StartsWith('#'))
                {
                    continue;
                }

                Add(line, $"line {number}", feeds, problems);
            }
        }

        return ([.. feeds.Distinct(StringComparer.Ordinal)], [.. problems]);
    }

    private static void ParseOpml(string xml, List<string> feeds, List<string> problems)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersInDocument = 16L << 20 };
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), settings);
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "outline" && reader.GetAttribute("xmlUrl") is { } url)
                {
                    Add(url.Trim(), $"outline \"{reader.GetAttribute("text") ?? reader.GetAttribute("title") ?? url}\"", feeds, problems);
                }
            }
        }
        catch (XmlException e)
        {
            problems.Add($"not a readable OPML document: {e.Message}");
        }
    }

    private static void Add(string candidate, string where, List<string> feeds, List<string> problems)
    {
        if (Uri.TryCreate(candidate, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            feeds.Add(uri.AbsoluteUri);
        }
        else
        {
            problems.Add($"{where}: '{candidate}' is not an http(s) feed URL");
        }
    }
}
