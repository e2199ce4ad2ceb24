namespace Parallax.Readers.Html;

/// <summary>Switches for one attempt of <see cref="ContentFinder"/>; later attempts relax them (as Readability does).</summary>
[Flags]
internal enum FinderFlags
{
    None = 0,
    StripUnlikely = 1,
    WeightClasses = 2,
    CleanConditionally = 4,
    DropCaptions = 8,
    All = StripUnlikely | WeightClasses | CleanConditionally | DropCaptions,
}

/// <summary>
/// Finds the article container of a <see cref="PageTree"/> with Readability-style content scoring (paragraph scores
/// added to ancestors, class weights, link density), then merges related siblings and marks the boilerplate inside it.
/// Every pass is a loop over the node array: the aggregate pass runs backwards so children are done before parents.
/// Not thread-safe; one instance per page.
/// </summary>
internal sealed class ContentFinder
{
    private const int ScoreLevels = 5;
    private const int ProseGain = 400;

    private readonly PageNode[] _nodes;
    private readonly int _count;
    private readonly CancellationToken _cancellationToken;

    // Per-node aggregates over the kept subtree.
    private readonly int[] _textLength;
    private readonly int[] _linkLength;
    private readonly int[] _commas;
    private readonly int[] _paragraphs;
    private readonly int[] _images;
    private readonly int[] _listItems;
    private readonly int[] _inputs;
    private readonly int[] _embeds;
    private readonly int[] _headingLength;
    private readonly int[] _elementChildren;
    private readonly int[] _blockChildren;
    private readonly int[] _directInline;
    private readonly int[] _quotes;
    private readonly int[] _prose;
    private readonly double[] _score;
    private readonly bool[] _scored;
    private readonly bool[] _excluded;
    private int[]? _rawProse;

    public ContentFinder(PageTree tree, CancellationToken cancellationToken)
    {
        _nodes = tree.Nodes;
        _count = tree.Count;
        _cancellationToken = cancellationToken;
        _textLength = new int[_count];
        _linkLength = new int[_count];
        _commas = new int[_count];
        _paragraphs = new int[_count];
        _images = new int[_count];
        _listItems = new int[_count];
        _inputs = new int[_count];
        _embeds = new int[_count];
        _headingLength = new int[_count];
        _elementChildren = new int[_count];
        _blockChildren = new int[_count];
        _directInline = new int[_count];
        _quotes = new int[_count];
        _prose = new int[_count];
        _score = new double[_count];
        _scored = new bool[_count];
        _excluded = new bool[_count];
    }

    public int TextLength(int node) => _textLength[node];

    public double LinkDensity(int node) => _textLength[node] == 0 ? 0 : (double)_linkLength[node] / _textLength[node];

    /// <summary>Runs one attempt: returns the content roots in document order and the reason each dropped node inside them
    /// was dropped (null = kept).</summary>
    public ContentSelection Find(FinderFlags flags, int preferredRoot)
    {
        MarkExcluded(flags);
        Aggregate(_excluded, null);
        ScoreParagraphs(flags);
        var top = preferredRoot >= 0 ? preferredRoot : ChooseTopCandidate();

        var roots = CollectRoots(top);
        var removed = new string?[_count];
        MarkBoilerplate(roots, removed, flags);
        return new ContentSelection(top, roots, removed);
    }

    private void MarkExcluded(FinderFlags flags)
    {
        var stripUnlikely = (flags & FinderFlags.StripUnlikely) != 0;
        if (stripUnlikely && _rawProse is null)
        {
            // Prose per subtree before anything is excluded: a container holding most of the page's paragraphs is not
            // chrome, whatever its class says ("above-footer", "page-banner").
            Array.Clear(_excluded);
            Aggregate(_excluded, null);
            _rawProse = (int[])_prose.Clone();
        }

        Array.Clear(_excluded);
        for (var i = 1; i < _count; i++)
        {
            ref var node = ref _nodes[i];
            if (_excluded[node.Parent])
            {
                _excluded[i] = true;
                continue;
            }

            if (node.Tag == HtmlTag.Text)
            {
                continue;
            }

            _excluded[i] = node.Tag is HtmlTag.Nav or HtmlTag.Footer or HtmlTag.Aside
                || (node.Hint & (Hint.Cookie | Hint.Comments)) != 0 && (node.Hint & (Hint.ArticleBody | Hint.MaybeContent)) == 0
                || (stripUnlikely && (node.Hint & Hint.Unlikely) != 0 && (node.Hint & (Hint.MaybeContent | Hint.ArticleBody)) == 0
                    && node.Tag is not (HtmlTag.Body or HtmlTag.A or HtmlTag.Article or HtmlTag.Main) && !InsideTableOrCode(i)
                    && !HoldsMostProse(i));
        }
    }

    private bool HoldsMostProse(int index) =>
        _rawProse is not null && _rawProse[index] > 500 && _rawProse[index] >= 0.5 * _rawProse[0];

    private bool InsideTableOrCode(int index)
    {
        for (var p = _nodes[index].Parent; p > 0; p = _nodes[p].Parent)
        {
            if (_nodes[p].Tag is HtmlTag.Table or HtmlTag.Pre)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Bottom-up sums over kept nodes. When <paramref name="removed"/> is given, nodes marked there are left out too.</summary>
    private void Aggregate(bool[] excluded, string?[]? removed)
    {
        Array.Clear(_textLength);
        Array.Clear(_linkLength);
        Array.Clear(_commas);
        Array.Clear(_paragraphs);
        Array.Clear(_images);
        Array.Clear(_listItems);
        Array.Clear(_inputs);
        Array.Clear(_embeds);
        Array.Clear(_headingLength);
        Array.Clear(_elementChildren);
        Array.Clear(_blockChildren);
        Array.Clear(_directInline);
        Array.Clear(_quotes);
        Array.Clear(_prose);
        for (var i = _count - 1; i >= 0; i--)
        {
            if ((i & 4095) == 0)
            {
                _cancellationToken.ThrowIfCancellationRequested();
            }

            if (excluded[i] || (removed is not null && removed[i] is not null))
            {
                continue;
            }

            AddSelf(i);
            var parent = _nodes[i].Parent;
            if (parent >= 0)
            {
                AddToParent(i, parent);
            }
        }
    }

    private void AddSelf(int i)
    {
        ref var node = ref _nodes[i];
        switch (node.Tag)
        {
            case HtmlTag.Text:
                _textLength[i] = node.OwnLength;
                _commas[i] = node.OwnCommas;
                break;
            case HtmlTag.A:
                _linkLength[i] = _textLength[i];
                break;
            case HtmlTag.P:
                _paragraphs[i]++;
                if (_textLength[i] >= 80 && _linkLength[i] < 0.3 * _textLength[i])
                {
                    _prose[i] += _textLength[i];
                }

                break;
            case HtmlTag.Img:
                _images[i]++;
                break;
            case HtmlTag.Li:
                _listItems[i]++;
                break;
            case HtmlTag.Input:
                _inputs[i]++;
                break;
            case HtmlTag.Embed:
                _embeds[i]++;
                break;
            case HtmlTag.Blockquote:
                _quotes[i]++;
                break;
            case >= HtmlTag.H1 and <= HtmlTag.H6:
                _headingLength[i] = _textLength[i];
                break;
        }
    }

    private void AddToParent(int i, int parent)
    {
        _textLength[parent] += _textLength[i];
        _linkLength[parent] += _linkLength[i];
        _commas[parent] += _commas[i];
        _paragraphs[parent] += _paragraphs[i];
        _listItems[parent] += _listItems[i];
        _inputs[parent] += _inputs[i];
        if (_nodes[i].Tag != HtmlTag.NoScript)
        {
            // Images in a noscript are copies of lazy-loaded ones; counting them twice makes figures look like galleries.
            _images[parent] += _images[i];
            _embeds[parent] += _embeds[i];
        }

        _headingLength[parent] += _headingLength[i];
        _quotes[parent] += _quotes[i];
        _prose[parent] += _prose[i];
        var tag = _nodes[i].Tag;
        if (tag != HtmlTag.Text)
        {
            _elementChildren[parent]++;
        }

        if (HtmlTags.IsBlock(tag) && tag != HtmlTag.Br)
        {
            _blockChildren[parent]++;
        }
        else
        {
            _directInline[parent] += _textLength[i];
        }
    }

    private void ScoreParagraphs(FinderFlags flags)
    {
        Array.Clear(_score);
        Array.Clear(_scored);
        var weightClasses = (flags & FinderFlags.WeightClasses) != 0;
        for (var i = 1; i < _count; i++)
        {
            if (_excluded[i])
            {
                i = _nodes[i].End - 1;
                continue;
            }

            ref var node = ref _nodes[i];
            int length;
            int firstAncestor;
            int commas;
            switch (node.Tag)
            {
                case HtmlTag.P or HtmlTag.Pre or HtmlTag.Td or HtmlTag.H2 or HtmlTag.H3 or HtmlTag.H4 or HtmlTag.H5 or HtmlTag.H6:
                    length = _textLength[i];
                    commas = _commas[i];
                    firstAncestor = node.Parent;
                    break;
                case HtmlTag.Div or HtmlTag.Section or HtmlTag.Other or HtmlTag.Article or HtmlTag.Main or HtmlTag.Blockquote
                    or HtmlTag.Li or HtmlTag.Dd when _directInline[i] >= 25:
                    // Loose text in a container: without block children it is a paragraph itself; with them, its text
                    // runs act as paragraphs of the container.
                    length = _directInline[i];
                    commas = _blockChildren[i] == 0 ? _commas[i] : CountDirectCommas(i);
                    firstAncestor = _blockChildren[i] == 0 ? node.Parent : i;
                    break;
                default:
                    continue;
            }

            if (length < 25 || firstAncestor <= 0)
            {
                continue;
            }

            var contentScore = 1.0 + commas + Math.Min(length / 100, 3);
            var ancestor = firstAncestor;
            for (var level = 0; level < ScoreLevels && ancestor > 0; level++)
            {
                if (!_scored[ancestor])
                {
                    _scored[ancestor] = true;
                    _score[ancestor] = InitialScore(ancestor, weightClasses);
                }

                var divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                _score[ancestor] += contentScore / divider;
                ancestor = _nodes[ancestor].Parent;
            }
        }

        for (var i = 0; i < _count; i++)
        {
            if (_scored[i])
            {
                _score[i] *= 1 - LinkDensity(i);
                if ((_nodes[i].Hint & (Hint.Chrome & ~Hint.Header)) != 0 && (_nodes[i].Hint & Hint.ArticleBody) == 0)
                {
                    // Named like chrome ("advertiser-disclosure", "related-posts"): a candidate only when nothing else is.
                    _score[i] *= 0.5;
                }
            }
        }
    }

    private int CountDirectCommas(int container)
    {
        var commas = 0;
        var end = _nodes[container].End;
        for (var i = container + 1; i < end; i++)
        {
            if (_nodes[i].Parent == container && _nodes[i].Tag == HtmlTag.Text)
            {
                commas += _nodes[i].OwnCommas;
            }
            else if (HtmlTags.IsBlock(_nodes[i].Tag))
            {
                i = _nodes[i].End - 1;
            }
        }

        return commas;
    }

    private double InitialScore(int index, bool weightClasses)
    {
        ref var node = ref _nodes[index];
        var score = node.Tag switch
        {
            HtmlTag.Div => 5.0,
            HtmlTag.Pre or HtmlTag.Td or HtmlTag.Blockquote => 3.0,
            HtmlTag.Address or HtmlTag.Ol or HtmlTag.Ul or HtmlTag.Dl or HtmlTag.Dd or HtmlTag.Dt or HtmlTag.Li or HtmlTag.Form => -3.0,
            HtmlTag.H1 or HtmlTag.H2 or HtmlTag.H3 or HtmlTag.H4 or HtmlTag.H5 or HtmlTag.H6 or HtmlTag.Th => -5.0,
            _ => 0.0,
        };
        if (weightClasses)
        {
            score += node.Weight;
            if ((node.Hint & Hint.ArticleBody) != 0)
            {
                score += 25;
            }
        }

        return score;
    }

    private int ChooseTopCandidate()
    {
        var body = FindBody();
        Span<int> top = stackalloc int[5];
        top.Fill(-1);
        for (var i = 1; i < _count; i++)
        {
            if (!_scored[i])
            {
                continue;
            }

            for (var k = 0; k < top.Length; k++)
            {
                if (top[k] < 0 || _score[i] > _score[top[k]])
                {
                    for (var m = top.Length - 1; m > k; m--)
                    {
                        top[m] = top[m - 1];
                    }

                    top[k] = i;
                    break;
                }
            }
        }

        var best = top[0];
        if (best < 0 || _nodes[best].Tag == HtmlTag.Body)
        {
            return body;
        }

        // Several near-equal candidates under one ancestor: the ancestor holds the article (Readability's rule).
        var alternatives = 0;
        for (var k = 1; k < top.Length; k++)
        {
            if (top[k] >= 0 && _score[top[k]] / _score[best] >= 0.75)
            {
                alternatives++;
            }
        }

        if (alternatives >= 3)
        {
            for (var p = _nodes[best].Parent; p > 0 && p != body; p = _nodes[p].Parent)
            {
                var containing = 0;
                for (var k = 1; k < top.Length; k++)
                {
                    if (top[k] >= 0 && _score[top[k]] / _score[best] >= 0.75 && IsAncestor(p, top[k]))
                    {
                        containing++;
                    }
                }

                if (containing >= 3)
                {
                    best = p;
                    break;
                }
            }
        }

        if (!_scored[best])
        {
            _scored[best] = true;
            _score[best] = InitialScore(best, weightClasses: true);
        }

        // Climb while the parent scores better.
        var lastScore = _score[best];
        var threshold = lastScore / 3;
        for (var p = _nodes[best].Parent; p > 0 && p != body; p = _nodes[p].Parent)
        {
            if (!_scored[p])
            {
                continue;
            }

            if (_score[p] < threshold)
            {
                break;
            }

            if (_score[p] > lastScore)
            {
                best = p;
                break;
            }

            lastScore = _score[p];
        }

        // An only child is as good as its parent.
        for (var p = _nodes[best].Parent; p > 0 && p != body && _elementChildren[p] == 1; p = _nodes[p].Parent)
        {
            best = p;
        }

        // Articles split over several containers: climb while an ancestor holds clearly more prose (paragraphs of
        // real length with few links) at a low link density.
        var level = 0;
        for (var p = _nodes[best].Parent; p > 0 && p != body && level < 3; p = _nodes[p].Parent, level++)
        {
            if (_prose[p] >= _prose[best] + Math.Max(ProseGain, _prose[best] * 0.25) && LinkDensity(p) < 0.3)
            {
                best = p;
            }
        }

        return best;
    }

    private int FindBody()
    {
        for (var i = 0; i < _count; i++)
        {
            if (_nodes[i].Tag == HtmlTag.Body)
            {
                return i;
            }
        }

        return 0;
    }

    private bool IsAncestor(int ancestor, int node) => node > ancestor && node < _nodes[ancestor].End;

    private List<int> CollectRoots(int top)
    {
        var roots = new List<int>();
        var parent = _nodes[top].Parent;
        if (parent < 0 || _nodes[top].Tag == HtmlTag.Body || !_scored[top])
        {
            roots.Add(top);
            return roots;
        }

        var topScore = _score[top];
        var threshold = Math.Max(10, topScore * 0.2);
        var topClass = _nodes[top].Element?.ClassName;
        var end = _nodes[parent].End;
        for (var i = parent + 1; i < end; i = _nodes[i].End)
        {
            if (i == top)
            {
                roots.Add(i);
                continue;
            }

            ref var sibling = ref _nodes[i];
            if (_excluded[i] || sibling.Tag == HtmlTag.Text)
            {
                continue;
            }

            var bonus = !string.IsNullOrEmpty(topClass) && sibling.Element?.ClassName == topClass ? topScore * 0.2 : 0;
            if (_scored[i] && _score[i] + bonus >= threshold)
            {
                roots.Add(i);
            }
            else if (sibling.Tag == HtmlTag.P)
            {
                var length = _textLength[i];
                var density = LinkDensity(i);
                if ((length > 80 && density < 0.25) || (length is > 0 and <= 80 && density == 0 && EndsSentence(i)))
                {
                    roots.Add(i);
                }
            }
        }

        return roots;
    }

    private bool EndsSentence(int node)
    {
        var end = _nodes[node].End;
        for (var i = end - 1; i > node; i--)
        {
            var text = _nodes[i].Text;
            if (text is null || _nodes[i].OwnLength == 0)
            {
                continue;
            }

            var trimmed = text.AsSpan().TrimEnd();
            return trimmed.Length > 0 && trimmed[^1] is '.' or '!' or '?' or '"' or '”';
        }

        return false;
    }

    /// <summary>Marks the chrome inside the content roots. Runs backwards so that, as in Readability, inner junk is gone
    /// before its container is judged.</summary>
    private void MarkBoilerplate(List<int> roots, string?[] removed, FinderFlags flags)
    {
        var conditional = (flags & FinderFlags.CleanConditionally) != 0;
        var dropCaptions = (flags & FinderFlags.DropCaptions) != 0;
        foreach (var root in roots)
        {
            var end = _nodes[root].End;

            // Reset aggregates inside the root, then recompute them bottom-up while deciding.
            for (var i = root; i < end; i++)
            {
                _textLength[i] = _linkLength[i] = _commas[i] = _paragraphs[i] = _images[i] = 0;
                _listItems[i] = _inputs[i] = _embeds[i] = _headingLength[i] = _elementChildren[i] = _blockChildren[i] = _directInline[i] = _quotes[i] = _prose[i] = 0;
            }

            for (var i = end - 1; i >= root; i--)
            {
                if ((i & 4095) == 0)
                {
                    _cancellationToken.ThrowIfCancellationRequested();
                }

                if (_excluded[i] && i != root)
                {
                    removed[i] = ReasonFor(i);
                    continue;
                }

                AddSelf(i);
                if (i != root)
                {
                    var reason = JudgeInside(i, conditional, dropCaptions);
                    if (reason is not null)
                    {
                        removed[i] = reason;
                        continue;
                    }

                    AddToParent(i, _nodes[i].Parent);
                }
            }
        }
    }

    private string? JudgeInside(int i, bool conditional, bool dropCaptions)
    {
        ref var node = ref _nodes[i];
        if (node.Tag == HtmlTag.Text)
        {
            return null;
        }

        var hint = node.Hint;
        var length = _textLength[i];
        var density = LinkDensity(i);

        if ((hint & Hint.Comments) != 0 && (hint & Hint.ArticleBody) == 0)
        {
            return "comments";
        }

        if ((hint & (Hint.Chrome & ~Hint.Share & ~Hint.Header)) != 0 && (hint & Hint.ArticleBody) == 0 && !LooksLikeProse(i)
            && ((hint & (Hint.Positive | Hint.MaybeContent)) == 0 || density > 0.3 || _paragraphs[i] == 0 || length < 200))
        {
            return ReasonFor(i);
        }

        if ((hint & (Hint.Share | Hint.Header)) != 0 && length < 500 && (hint & Hint.ArticleBody) == 0 && _quotes[i] == 0)
        {
            return ReasonFor(i);
        }

        if (node.Tag is HtmlTag.Nav or HtmlTag.Footer or HtmlTag.Aside || node.Tag == HtmlTag.Header && length < 500)
        {
            return ReasonFor(i);
        }

        if (dropCaptions && (node.Tag == HtmlTag.Figcaption || ((hint & Hint.Caption) != 0 && length < 500 && _paragraphs[i] <= 1)))
        {
            return "caption";
        }

        if ((hint & Hint.Byline) != 0 && length < 200 && (hint & Hint.ArticleBody) == 0 && _nodes[node.Parent].Tag != HtmlTag.P)
        {
            return "metadata";
        }

        if (node.Tag == HtmlTag.NoScript && length < 200)
        {
            // "Please enable JavaScript" and tracking pixels; a noscript copy of the article is longer.
            return "boilerplate";
        }

        if (node.Tag == HtmlTag.Inline && _images[i] > 0 && length > 40 && density > 0.8)
        {
            // A pop-up card inside running text (portrait plus links to more stories), shown on hover.
            return "related-links";
        }

        if (node.Tag is HtmlTag.P or HtmlTag.Li && length > 0 && length < 200 && density > 0.8)
        {
            return "related-links";
        }

        if (node.Tag is HtmlTag.H1 or HtmlTag.H2 && node.Weight < 0)
        {
            return "boilerplate";
        }

        if (node.Tag == HtmlTag.Form && _inputs[i] > 0 && (_inputs[i] > _paragraphs[i] / 3 || length < 500))
        {
            return "boilerplate";
        }

        if (!conditional)
        {
            return null;
        }

        return node.Tag switch
        {
            HtmlTag.Div or HtmlTag.Section or HtmlTag.Other or HtmlTag.Ul or HtmlTag.Ol or HtmlTag.Table or HtmlTag.Fieldset
                or HtmlTag.Form => CleanConditionally(i),
            _ => null,
        };
    }

    /// <summary>Several paragraphs of text with few links: whatever the class says, this is not chrome.</summary>
    private bool LooksLikeProse(int i) => _paragraphs[i] >= 3 && _textLength[i] > 1000 && LinkDensity(i) < 0.25;

    /// <summary>Readability's conditional cleaning of containers with few commas.</summary>
    private string? CleanConditionally(int i)
    {
        ref var node = ref _nodes[i];
        if (node.Tag == HtmlTag.Table && IsDataTable(i))
        {
            return null;
        }

        if (InsideTableOrCode(i) && node.Tag != HtmlTag.Table)
        {
            return null;
        }

        var weight = node.Weight;
        var length = _textLength[i];
        if (_quotes[i] > 0 && length >= 80 && LinkDensity(i) < 0.5)
        {
            // Quoted material (embedded posts, pull-outs of statements) belongs to the article it is quoted in.
            return null;
        }

        if (length == 0)
        {
            return _images[i] > 0 || _embeds[i] > 0 ? null : "boilerplate";
        }

        // Only the class weight may make a container negative: the tag's base score (−3 for lists) is for choosing
        // candidates, not for dropping content.
        if (weight + (_scored[i] ? Math.Max(0, _score[i]) : 0) < 0)
        {
            return ReasonFor(i);
        }

        if (_commas[i] >= 10)
        {
            return null;
        }

        var isList = node.Tag is HtmlTag.Ul or HtmlTag.Ol;
        var paragraphs = _paragraphs[i];
        var images = _images[i];
        var listItems = _listItems[i] - 100;
        var inputs = _inputs[i];
        var headingDensity = (double)_headingLength[i] / length;
        var density = LinkDensity(i);
        var embeds = _embeds[i];
        var insideFigure = HasAncestor(i, HtmlTag.Figure);

        var remove =
            (images > 1 && (double)paragraphs / images < 0.5 && !insideFigure)
            || (!isList && listItems > paragraphs)
            || inputs > paragraphs / 3
            || (!isList && headingDensity < 0.9 && length < 25 && (images == 0 || images > 2) && !insideFigure)
            || (!isList && weight < 25 && density > 0.2)
            || (weight >= 25 && density > 0.5)
            || (embeds == 1 && length < 75) || embeds > 1
            || (isList && density > 0.5);

        return remove ? (density > 0.5 ? "related-links" : ReasonFor(i)) : null;
    }

    private bool HasAncestor(int i, HtmlTag tag)
    {
        for (var p = _nodes[i].Parent; p > 0; p = _nodes[p].Parent)
        {
            if (_nodes[p].Tag == tag)
            {
                return true;
            }
        }

        return false;
    }

    private bool IsDataTable(int table)
    {
        var element = _nodes[table].Element;
        if (element is not null)
        {
            var role = element.GetAttribute("role");
            if (role is "presentation")
            {
                return false;
            }

            if (role is "table" or "grid" || element.HasAttribute("summary"))
            {
                return true;
            }
        }

        var end = _nodes[table].End;
        var rows = 0;
        for (var i = table + 1; i < end; i++)
        {
            var tag = _nodes[i].Tag;
            if (tag is HtmlTag.Th or HtmlTag.Caption)
            {
                return true;
            }

            if (tag == HtmlTag.Table)
            {
                return false;
            }

            if (tag == HtmlTag.Tr)
            {
                rows++;
            }
        }

        return rows >= 10;
    }

    /// <summary>The removal reason a node's tag, role, class or id suggests.</summary>
    public string ReasonFor(int i)
    {
        ref var node = ref _nodes[i];
        var hint = node.Hint;
        if ((hint & Hint.Comments) != 0)
        {
            return "comments";
        }

        if (node.Tag == HtmlTag.Nav || (hint & Hint.Navigation) != 0)
        {
            return "navigation";
        }

        if (node.Tag == HtmlTag.Footer || (hint & Hint.Footer) != 0)
        {
            return "footer";
        }

        if ((hint & Hint.Related) != 0)
        {
            return "related-links";
        }

        if (node.Tag == HtmlTag.Header || (hint & Hint.Header) != 0)
        {
            return "header";
        }

        if ((hint & Hint.Advert) != 0)
        {
            return "advertisement";
        }

        if ((hint & Hint.Cookie) != 0)
        {
            return "cookie-banner";
        }

        if ((hint & Hint.Share) != 0)
        {
            return "share";
        }

        if (node.Tag == HtmlTag.Aside || (hint & Hint.Sidebar) != 0)
        {
            return "sidebar";
        }

        return "boilerplate";
    }
}

/// <summary>The result of one <see cref="ContentFinder.Find"/> attempt.</summary>
/// <param name="Top">The best-scoring container.</param>
/// <param name="Roots">The top container and the siblings merged with it, in document order.</param>
/// <param name="Removed">For each node inside the roots, why it was dropped (null when kept).</param>
internal sealed record ContentSelection(int Top, List<int> Roots, string?[] Removed);
