using System.Collections.Frozen;
using System.Text;

namespace Parallax.Readers.Html;

/// <summary>
/// Protects the parser from absurdly deep markup (thousands of nested elements), which HTML parsers handle slowly.
/// A cheap scan of the source estimates the nesting depth; only when it is far beyond anything real pages need are the
/// tags nested deeper than the cap dropped (their text is kept). Ordinary pages are returned unchanged.
/// </summary>
internal static class NestingGuard
{
    private static readonly FrozenSet<string> Uncounted = new[]
    {
        // Void elements and elements whose end tags are optional (and so often missing).
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "keygen",
        "frame", "basefont", "bgsound", "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "rb", "rt", "rp", "tbody",
        "thead", "tfoot", "colgroup", "caption", "html", "head", "body", "image",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> UncountedLookup = Uncounted.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string> RawText = new[] { "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RawTextLookup = RawText.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Returns <paramref name="html"/> itself when its estimated depth is at most <paramref name="trigger"/>;
    /// otherwise a copy without the tags nested deeper than <paramref name="cap"/>.</summary>
    public static string Limit(string html, int trigger, int cap, out bool changed)
    {
        changed = false;
        if (Walk(html, cap, null) <= trigger)
        {
            return html;
        }

        var builder = new StringBuilder(html.Length);
        Walk(html, cap, builder);
        changed = true;
        return builder.ToString();
    }

    /// <summary>Scans the tags; returns the maximum estimated depth. With <paramref name="output"/>, copies the source
    /// there, leaving out start and end tags beyond <paramref name="cap"/>.</summary>
    private static int Walk(string html, int cap, StringBuilder? output)
    {
        var span = html.AsSpan();
        var depth = 0;
        var max = 0;
        var dropped = 0;
        var copiedTo = 0;
        var at = 0;
        while (true)
        {
            var lt = span[at..].IndexOf('<');
            if (lt < 0)
            {
                break;
            }

            lt += at;
            if (lt + 1 >= span.Length)
            {
                break;
            }

            var next = span[lt + 1];
            if (next == '!')
            {
                var close = span[lt..].StartsWith("<!--") ? span[(lt + 4)..].IndexOf("-->") : span[lt..].IndexOf('>');
                at = close < 0 ? span.Length : lt + (span[lt..].StartsWith("<!--") ? close + 7 : close + 1);
                continue;
            }

            var isEnd = next == '/';
            var nameStart = isEnd ? lt + 2 : lt + 1;
            var nameEnd = nameStart;
            while (nameEnd < span.Length && (char.IsAsciiLetterOrDigit(span[nameEnd]) || span[nameEnd] is '-' or ':'))
            {
                nameEnd++;
            }

            if (nameEnd == nameStart || !char.IsAsciiLetter(span[nameStart]))
            {
                at = lt + 1;
                continue;
            }

            var gt = span[nameEnd..].IndexOf('>');
            if (gt < 0)
            {
                break;
            }

            gt += nameEnd;
            var name = span[nameStart..nameEnd];
            var tagEnd = gt + 1;
            var counted = !UncountedLookup.Contains(name);
            var drop = false;
            if (isEnd)
            {
                if (counted)
                {
                    if (dropped > 0)
                    {
                        dropped--;
                        drop = true;
                    }
                    else if (depth > 0)
                    {
                        depth--;
                    }
                }
            }
            else if (counted && span[gt - 1] != '/')
            {
                if (depth >= cap)
                {
                    dropped++;
                    drop = true;
                }
                else
                {
                    depth++;
                    max = Math.Max(max, depth + dropped);
                }

                max = Math.Max(max, depth + dropped);
            }

            if (output is not null && drop)
            {
                output.Append(span[copiedTo..lt]);
                output.Append(' ');
                copiedTo = tagEnd;
            }

            at = tagEnd;
            if (!isEnd && RawTextLookup.Contains(name))
            {
                var closeTag = span[tagEnd..].IndexOf(string.Concat("</", name), StringComparison.OrdinalIgnoreCase);
                at = closeTag < 0 ? span.Length : tagEnd + closeTag;
            }
        }

        output?.Append(span[copiedTo..]);
        return max;
    }
}
