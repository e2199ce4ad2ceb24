using System.Text;
using AngleSharp.Dom;

namespace Parallax.Readers.Html;

/// <summary>Bounded, non-recursive text of a DOM element (for bylines and similar small elements).</summary>
internal static class DomText
{
    /// <summary>The element's text with white space collapsed, at most <paramref name="maxChars"/> characters, skipping
    /// scripts and styles. Walks at most a few thousand nodes.</summary>
    public static string Get(INode node, int maxChars = 400)
    {
        var builder = new StringBuilder();
        var stack = new Stack<(INode Node, int Next)>();
        stack.Push((node, 0));
        var steps = 0;
        while (stack.Count > 0 && builder.Length < maxChars && ++steps < 5000)
        {
            var (current, next) = stack.Pop();
            var children = current.ChildNodes;
            if (next >= children.Length)
            {
                continue;
            }

            stack.Push((current, next + 1));
            var child = children[next];
            if (child is IText text)
            {
                TextNormalizer.AppendCollapsed(builder, text.Data);
            }
            else if (child is IElement element && !HtmlTags.IsSkipped(element.LocalName))
            {
                if (HtmlTags.IsBlock(HtmlTags.Classify(element.LocalName)) && builder.Length > 0 && builder[^1] != ' ')
                {
                    builder.Append(' ');
                }

                stack.Push((child, 0));
            }
        }

        var result = builder.ToString().Trim();
        return result.Length > maxChars ? result[..maxChars] : result;
    }
}
