using AngleSharp.Dom;

namespace Parallax.Readers.Html;

/// <summary>One node of a <see cref="PageTree"/>: an element or a run of text.</summary>
internal struct PageNode
{
    public HtmlTag Tag;
    public int Parent;
    public int Depth;

    /// <summary>Index one past the last node of this node's subtree (nodes are stored in document order).</summary>
    public int End;

    public Hint Hint;
    public int Weight;

    /// <summary>The text of a text node, as in the page.</summary>
    public string? Text;

    /// <summary>Length of the text with whitespace runs counted as one character.</summary>
    public int OwnLength;
    public int OwnCommas;
    public IElement? Element;
}

/// <summary>
/// A compact copy of the visible part of a page's DOM: elements and text in document order, with parent links and
/// subtree ends, so that every later pass is a loop over an array (no recursion, no repeated DOM walks).
/// Scripts, styles, forms controls and hidden elements are left out. Nodes nested deeper than the depth limit are
/// attached to their ancestor at the limit, so their text survives but the tree stays shallow.
/// </summary>
internal sealed class PageTree
{
    private PageNode[] _nodes = new PageNode[256];

    public int Count { get; private set; }

    public PageNode[] Nodes => _nodes;

    public bool DepthLimited { get; private set; }

    public int Add(in PageNode node)
    {
        if (Count == _nodes.Length)
        {
            Array.Resize(ref _nodes, _nodes.Length * 2);
        }

        _nodes[Count] = node;
        return Count++;
    }

    public ref PageNode this[int index] => ref _nodes[index];

    /// <summary>The collapsed text of a node's subtree, at most <paramref name="maxChars"/> characters.</summary>
    public string TextOf(int index, int maxChars)
    {
        var builder = new System.Text.StringBuilder();
        var end = _nodes[index].End;
        for (var i = index; i < end && builder.Length < maxChars; i++)
        {
            ref var node = ref _nodes[i];
            if (node.Tag == HtmlTag.Text)
            {
                TextNormalizer.AppendCollapsed(builder, node.Text);
            }
            else if (HtmlTags.IsBlock(node.Tag) && builder.Length > 0 && builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }

        var text = builder.ToString().Trim();
        return text.Length > maxChars ? text[..maxChars] : text;
    }

    /// <summary>Collapsed text length of every node's whole subtree, hidden parts already left out at build time.</summary>
    public int[] RawTextLengths()
    {
        var lengths = new int[Count];
        for (var i = Count - 1; i >= 0; i--)
        {
            lengths[i] += _nodes[i].OwnLength;
            var parent = _nodes[i].Parent;
            if (parent >= 0)
            {
                lengths[parent] += lengths[i];
            }
        }

        return lengths;
    }

    /// <summary>Builds the tree from the document's body and hands metadata-bearing elements to <paramref name="visitor"/>.</summary>
    public static PageTree Build(IDocument document, PageMetadataCollector visitor, int maxDepth, CancellationToken cancellationToken)
    {
        var tree = new PageTree();
        var hintCache = new Dictionary<string, Hint>(StringComparer.Ordinal);
        var root = document.DocumentElement;
        if (root is null)
        {
            return tree;
        }

        // Explicit stack of (DOM node, next child index, tree index) so that deep pages cannot overflow the call stack.
        var stack = new List<Frame>(64);
        var rootIndex = tree.Add(new PageNode { Tag = HtmlTag.Other, Parent = -1, Element = root });
        visitor.VisitElement(root, ElementAttributes.Read(root), insideBody: false);
        stack.Add(new Frame(root, rootIndex, 0));
        var steps = 0;
        var insideBody = 0;

        while (stack.Count > 0)
        {
            if ((++steps & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var top = stack.Count - 1;
            var frame = stack[top];
            var children = frame.Node.ChildNodes;
            if (frame.NextChild >= children.Length)
            {
                tree._nodes[frame.TreeIndex].End = tree.Count;
                if (frame.IsBody)
                {
                    insideBody--;
                }

                stack.RemoveAt(top);
                continue;
            }

            var child = children[frame.NextChild];
            stack[top] = frame with { NextChild = frame.NextChild + 1 };
            var depth = Math.Min(stack.Count, maxDepth);
            if (stack.Count > maxDepth)
            {
                tree.DepthLimited = true;
            }

            if (child is IText textNode)
            {
                var text = textNode.Data;
                var (length, commas) = MeasureText(text);
                if (length > 0)
                {
                    var index = tree.Add(new PageNode
                    {
                        Tag = HtmlTag.Text,
                        Parent = frame.TreeIndex,
                        Depth = depth,
                        Text = text,
                        OwnLength = length,
                        OwnCommas = commas,
                    });
                    tree._nodes[index].End = index + 1;
                }
                else if (text.Length > 0)
                {
                    // Whitespace between elements still separates words.
                    var index = tree.Add(new PageNode { Tag = HtmlTag.Text, Parent = frame.TreeIndex, Depth = depth, Text = " " });
                    tree._nodes[index].End = index + 1;
                }

                continue;
            }

            if (child is not IElement element)
            {
                continue;
            }

            var name = element.LocalName;
            var isBody = name == "body";
            var attributes = ElementAttributes.Read(element);
            visitor.VisitElement(element, attributes, insideBody > 0);
            if ((HtmlTags.IsSkipped(name) && !HtmlTags.IsEmbedded(name)) || IsHidden(attributes))
            {
                continue;
            }

            var tag = HtmlTags.Classify(name);
            if (HtmlTags.IsEmbedded(name))
            {
                var embedIndex = tree.Add(new PageNode { Tag = HtmlTag.Embed, Parent = frame.TreeIndex, Depth = depth, Element = element });
                tree._nodes[embedIndex].End = embedIndex + 1;
                continue;
            }

            var classHint = ClassifyAttribute(attributes.Class, hintCache);
            var idHint = ClassifyAttribute(attributes.Id, hintCache);
            var hint = classHint | idHint | RoleHint(attributes);
            var weight = ElementHints.Weight(classHint, idHint);
            if (tag == HtmlTag.Body)
            {
                // Classes on <body> describe the whole page (and often carry feature flags), not a part of it.
                hint = Hint.None;
                weight = 0;
            }

            if ((hint & Hint.Hidden) != 0 && (hint & Hint.Positive) == 0)
            {
                continue;
            }

            var node = new PageNode
            {
                Tag = tag,
                Parent = frame.TreeIndex,
                Depth = depth,
                Hint = hint,
                Weight = weight,
                Element = element,
            };

            var treeIndex = tree.Add(node);
            if (tag == HtmlTag.Br || tag == HtmlTag.Img || tag == HtmlTag.Hr || tag == HtmlTag.Input || tag == HtmlTag.Embed
                || element.ChildNodes.Length == 0)
            {
                tree._nodes[treeIndex].End = treeIndex + 1;
                continue;
            }

            if (isBody)
            {
                insideBody++;
            }

            if (stack.Count >= maxDepth)
            {
                // Too deep: the element stays empty and its content hangs on the ancestor at the limit, so the tree
                // (and every walk up it) stays shallow while the text survives.
                tree._nodes[treeIndex].End = treeIndex + 1;
                stack.Add(new Frame(element, frame.TreeIndex, 0, isBody));
            }
            else
            {
                stack.Add(new Frame(element, treeIndex, 0, isBody));
            }
        }

        tree.ResolveCustomElements();
        return tree;
    }

    /// <summary>Custom elements (<c>&lt;hl-source&gt;</c>) are inline unless they hold blocks: whether text inside
    /// them starts a new line depends on what they contain, not on their unknown name.</summary>
    private void ResolveCustomElements()
    {
        var hasBlockChild = new bool[Count];
        for (var i = Count - 1; i > 0; i--)
        {
            ref var node = ref _nodes[i];
            if (node.Tag == HtmlTag.Other && !hasBlockChild[i] && node.Element is { } element && element.LocalName.Contains('-', StringComparison.Ordinal))
            {
                node.Tag = HtmlTag.Inline;
            }

            if (HtmlTags.IsBlock(node.Tag) && node.Tag != HtmlTag.Text && node.Parent >= 0)
            {
                hasBlockChild[node.Parent] = true;
            }
        }
    }

    private static Hint ClassifyAttribute(string? value, Dictionary<string, Hint> cache)
    {
        if (string.IsNullOrEmpty(value))
        {
            return Hint.None;
        }

        if (!cache.TryGetValue(value, out var hint))
        {
            hint = ElementHints.Classify(value.ToLowerInvariant());
            cache[value] = hint;
        }

        return hint;
    }

    private static Hint RoleHint(in ElementAttributes attributes)
    {
        var hint = Hint.None;
        var role = attributes.Role;
        if (role is not null)
        {
            hint |= role switch
            {
                "navigation" or "menu" or "menubar" => Hint.Navigation,
                "contentinfo" => Hint.Footer,
                "complementary" => Hint.Sidebar,
                "banner" => Hint.Header,
                "dialog" or "alertdialog" => Hint.Cookie,
                "main" or "article" => Hint.ArticleBody,
                _ => Hint.None,
            };
        }

        var itemprop = attributes.Itemprop;
        if (itemprop is not null && itemprop.Contains("articleBody", StringComparison.OrdinalIgnoreCase))
        {
            hint |= Hint.ArticleBody;
        }

        return hint;
    }

    private static bool IsHidden(in ElementAttributes attributes)
    {
        if (attributes.Hidden)
        {
            return true;
        }

        var ariaHidden = attributes.AriaHidden;
        if (ariaHidden is not null && ariaHidden.Equals("true", StringComparison.OrdinalIgnoreCase))
        {
            var cls = attributes.Class;
            return cls is null || !cls.Contains("fallback-image", StringComparison.Ordinal);
        }

        var style = attributes.Style;
        if (style is not null && style.Length >= 12)
        {
            return HasDeclaration(style, "display", "none") || HasDeclaration(style, "visibility", "hidden");
        }

        return false;
    }

    private static bool HasDeclaration(string style, string property, string value)
    {
        var at = style.IndexOf(property, StringComparison.OrdinalIgnoreCase);
        while (at >= 0)
        {
            var i = at + property.Length;
            while (i < style.Length && char.IsWhiteSpace(style[i]))
            {
                i++;
            }

            if (i < style.Length && style[i] == ':')
            {
                i++;
                while (i < style.Length && char.IsWhiteSpace(style[i]))
                {
                    i++;
                }

                if (string.Compare(style, i, value, 0, value.Length, StringComparison.OrdinalIgnoreCase) == 0)
                {
                    return true;
                }
            }

            at = style.IndexOf(property, at + property.Length, StringComparison.OrdinalIgnoreCase);
        }

        return false;
    }

    /// <summary>Length with whitespace runs collapsed (leading/trailing runs count as one), and the number of commas.</summary>
    public static (int Length, int Commas) MeasureText(string text)
    {
        var length = 0;
        var commas = 0;
        var inSpace = false;
        var any = false;
        foreach (var c in text)
        {
            if (TextNormalizer.IsSpace(c))
            {
                inSpace = true;
                continue;
            }

            if (TextNormalizer.IsInvisible(c))
            {
                continue;
            }

            if (inSpace && any)
            {
                length++;
            }

            inSpace = false;
            any = true;
            length++;
            if (c == ',' || c == '，' || c == '、')
            {
                commas++;
            }
        }

        return (length, commas);
    }

    private record struct Frame(INode Node, int TreeIndex, int NextChild, bool IsBody = false);
}
