using System.Text;

namespace Parallax.Readers.Html;

/// <summary>
/// Turns the selected part of a <see cref="PageTree"/> into text blocks (one per paragraph, heading, list item, line
/// break) and collects what was dropped. Not thread-safe; one instance per page.
/// </summary>
internal sealed class BlockWriter
{
    private readonly PageTree _tree;
    private readonly RemovedCollector _removed;
    private readonly string? _titleKey;
    private readonly StringBuilder _current = new(256);
    private readonly List<string> _blocks = [];
    private readonly CancellationToken _cancellationToken;

    public BlockWriter(PageTree tree, RemovedCollector removed, string? title, CancellationToken cancellationToken)
    {
        _tree = tree;
        _removed = removed;
        _titleKey = title is null ? null : Key(title);
        _cancellationToken = cancellationToken;
    }

    public List<string> Blocks => _blocks;

    /// <summary>Number of characters written so far.</summary>
    public int Length { get; private set; }

    public void Write(ContentSelection selection)
    {
        var nodes = _tree.Nodes;
        var open = new Stack<(int End, HtmlTag Tag)>();
        foreach (var root in selection.Roots)
        {
            var end = nodes[root].End;
            var rootTag = nodes[root].Tag;
            for (var i = root; i < end;)
            {
                if ((i & 4095) == 0)
                {
                    _cancellationToken.ThrowIfCancellationRequested();
                }

                while (open.Count > 0 && open.Peek().End <= i)
                {
                    Flush(open.Pop().Tag);
                }

                ref var node = ref nodes[i];
                if (i != root && selection.Removed[i] is { } reason)
                {
                    _removed.Add(i, reason);
                    i = node.End;
                    continue;
                }

                switch (node.Tag)
                {
                    case HtmlTag.Text:
                        TextNormalizer.AppendCollapsed(_current, node.Text);
                        break;
                    case HtmlTag.Br or HtmlTag.Hr:
                        Flush(open.Count > 0 ? open.Peek().Tag : rootTag);
                        break;
                    case HtmlTag.Td or HtmlTag.Th:
                        if (_current.Length > 0 && _current[^1] != ' ')
                        {
                            _current.Append(' ');
                        }

                        break;
                    default:
                        if (HtmlTags.IsBlock(node.Tag) && i != root)
                        {
                            Flush(open.Count > 0 ? open.Peek().Tag : rootTag);
                            open.Push((node.End, node.Tag));
                        }

                        break;
                }

                i++;
            }

            while (open.Count > 0)
            {
                Flush(open.Pop().Tag);
            }

            Flush(rootTag);
        }
    }

    private void Flush(HtmlTag tag)
    {
        if (_current.Length == 0)
        {
            return;
        }

        var text = _current.ToString().Trim();
        _current.Clear();
        if (text.Length == 0)
        {
            return;
        }

        if (HtmlTags.IsHeading(tag) && _titleKey is not null && IsTitle(Key(text), tag))
        {
            _removed.Add(text, "metadata");
            return;
        }

        if (BoilerplatePhrases.IsBoilerplate(text))
        {
            _removed.Add(text, "boilerplate");
            return;
        }

        _blocks.Add(text);
        Length += text.Length + 2;
    }

    /// <summary>The headline repeated in the text: the same words, or (for an h1) one a prefix of the other, as when the
    /// title carries a kicker or the heading drops a subtitle.</summary>
    private bool IsTitle(string key, HtmlTag tag)
    {
        if (key == _titleKey)
        {
            return true;
        }

        return tag == HtmlTag.H1 && key.Length >= 15 && _titleKey!.Length >= 15
            && (key.StartsWith(_titleKey, StringComparison.Ordinal) || _titleKey.StartsWith(key, StringComparison.Ordinal));
    }

    /// <summary>Letters and digits only, lowercased: "Hello, World!" and "hello world" compare equal.</summary>
    private static string Key(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }
}

/// <summary>The bounded list of dropped text blocks with reasons.</summary>
internal sealed class RemovedCollector
{
    private readonly PageTree _tree;
    private readonly int _max;
    private readonly int _maxLength;
    private readonly List<Parallax.Model.RemovedText> _items = [];

    public RemovedCollector(PageTree tree, int max, int maxLength)
    {
        _tree = tree;
        _max = max;
        _maxLength = maxLength;
    }

    public List<Parallax.Model.RemovedText> Items => _items;

    public void Add(int node, string reason)
    {
        if (_items.Count >= _max)
        {
            return;
        }

        var text = _tree.TextOf(node, _maxLength + 1);
        Add(text, reason);
    }

    public void Add(string text, string reason)
    {
        if (_items.Count >= _max || text.Length < 3)
        {
            return;
        }

        if (text.Length > _maxLength)
        {
            text = string.Concat(text.AsSpan(0, _maxLength), "…");
        }

        _items.Add(new Parallax.Model.RemovedText(text, reason));
    }
}
