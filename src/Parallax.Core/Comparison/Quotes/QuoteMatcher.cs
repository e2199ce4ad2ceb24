namespace Parallax.Comparison.Quotes;

/// <summary>
/// Finds which quotes report the same utterance (see <see cref="QuoteGroupingStage"/> for the rule) without comparing
/// every pair. Quotes with the same comparison words are one text, compared once; two texts are compared only when an
/// exact filter lets them through: they must share two content words, so (content words ordered rarest first, the same
/// order for all) they share one of the rarest (n − 1) content words of each — the prefix filter; most of their words
/// in order needs the shorter to have 60% of the longer's words; and the longest common subsequence is computed
/// bit-parallel. The outcome is the same as comparing every two quotes that share a content word.
/// </summary>
/// <remarks>Built once per set of quotes; not thread-safe (reuses buffers). Work grows with the pairs of texts that share a rare content word, not with the square of the quotes.</remarks>
internal sealed class QuoteMatcher
{
    /// <summary>Words in order: the longest common subsequence is at least this share of the longer quote.</summary>
    public const double SameOrderRatio = 0.6;

    /// <summary>Or this share of the shorter quote's content words are in the longer one.</summary>
    public const double ContentContainment = 0.8;

    /// <summary>Quotes given to different known speakers: the longest common subsequence is at least this share of the longer.</summary>
    public const double OtherSpeakerRatio = 0.8;

    /// <summary>Quotes given to different known speakers: both have at least this many words.</summary>
    public const int OtherSpeakerWords = 4;

    /// <summary>Shorter quotes, or quotes sharing fewer content words, are the same only when equal and by the same known speaker.</summary>
    public const int MinWords = 3;

    /// <summary>Content words two different quotes must share.</summary>
    public const int MinSharedContent = 2;

    private readonly Text[] _texts;
    private readonly int[] _textOf;
    private readonly CommonSubsequence _subsequence = new();

    /// <summary>Prepares the quotes given by their comparison words (<see cref="QuoteWords.Flatten"/>).</summary>
    public QuoteMatcher(IReadOnlyList<IReadOnlyList<string>> quotes)
    {
        ArgumentNullException.ThrowIfNull(quotes);
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var isContent = new List<bool>();
        var textIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var texts = new List<(int[] Words, int[] Content)>();
        _textOf = new int[quotes.Count];
        for (var q = 0; q < quotes.Count; q++)
        {
            var flat = quotes[q];
            var key = string.Join(' ', flat);
            if (textIds.TryGetValue(key, out var existing))
            {
                _textOf[q] = existing;
                continue;
            }

            var words = new int[flat.Count];
            var content = new HashSet<int>();
            for (var i = 0; i < words.Length; i++)
            {
                if (!ids.TryGetValue(flat[i], out var id))
                {
                    ids[flat[i]] = id = ids.Count;
                    isContent.Add(QuoteWords.IsContent(flat[i]));
                }

                words[i] = id;
                if (isContent[id])
                {
                    content.Add(id);
                }
            }

            textIds[key] = _textOf[q] = texts.Count;
            texts.Add((words, [.. content]));
        }

        // Content words ranked rarest first (fewest texts), ties by first appearance: one total order for every text.
        var frequency = new int[ids.Count];
        foreach (var (_, content) in texts)
        {
            foreach (var w in content)
            {
                frequency[w]++;
            }
        }

        var order = new int[ids.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (x, y) => frequency[x] != frequency[y] ? frequency[x].CompareTo(frequency[y]) : x.CompareTo(y));
        var rank = new int[ids.Count];
        for (var r = 0; r < order.Length; r++)
        {
            rank[order[r]] = r;
        }

        _texts = new Text[texts.Count];
        for (var t = 0; t < texts.Count; t++)
        {
            var (words, content) = texts[t];
            for (var i = 0; i < content.Length; i++)
            {
                content[i] = rank[content[i]];
            }

            Array.Sort(content);
            _texts[t] = new Text(words, content);
        }
    }

    /// <summary>The number of distinct texts.</summary>
    public int TextCount => _texts.Length;

    /// <summary>The text of quote <paramref name="quote"/>.</summary>
    public int TextOf(int quote) => _textOf[quote];

    /// <summary>When two quotes with the same words (text <paramref name="text"/>) report the same utterance.</summary>
    public SpeakerCondition WithItself(int text)
    {
        var t = _texts[text];
        if (t.Content.Length == 0)
        {
            return SpeakerCondition.Never; // no content word: never compared
        }

        if (t.Content.Length < MinSharedContent || t.Words.Length < MinWords)
        {
            return SpeakerCondition.SameKnownSpeaker;
        }

        return t.Words.Length >= OtherSpeakerWords ? SpeakerCondition.Always : SpeakerCondition.UnlessSpeakersDiffer;
    }

    /// <summary>Every two different texts that report the same utterance (for some speakers), each pair once, the earlier text first.</summary>
    /// <exception cref="OperationCanceledException">When <paramref name="cancellationToken"/> is cancelled.</exception>
    public List<(int First, int Second, SpeakerCondition Condition)> MatchingTexts(CancellationToken cancellationToken)
    {
        // Prefix filter: texts sharing two content words share one of the rarest (n - 1) of each; index those prefixes.
        var postings = new Dictionary<int, List<int>>();
        var seenBy = new int[_texts.Length];
        Array.Fill(seenBy, -1);
        var matches = new List<(int, int, SpeakerCondition)>();
        var steps = 0;
        for (var t = 0; t < _texts.Length; t++)
        {
            var text = _texts[t];
            if (text.Content.Length < MinSharedContent || text.Words.Length < MinWords)
            {
                continue;
            }

            var patternSet = false;
            var prefix = text.Content.AsSpan(0, text.Content.Length - MinSharedContent + 1);
            foreach (var word in prefix)
            {
                if (!postings.TryGetValue(word, out var list))
                {
                    postings[word] = list = [];
                }

                foreach (var other in list)
                {
                    if (seenBy[other] == t)
                    {
                        continue;
                    }

                    seenBy[other] = t;
                    if ((++steps & 1023) == 0)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                    }

                    var condition = Compare(_texts[other], text, ref patternSet);
                    if (condition != SpeakerCondition.Never)
                    {
                        matches.Add((other, t, condition));
                    }
                }

                list.Add(t);
            }
        }

        return matches;
    }

    /// <summary>
    /// The quotes grouped by utterance: for each quote, the smallest index of a quote it is grouped with (directly or
    /// through others); <paramref name="speakers"/> are the quotes' known speakers (null when unknown).
    /// </summary>
    /// <exception cref="OperationCanceledException">When <paramref name="cancellationToken"/> is cancelled.</exception>
    public int[] Group(IReadOnlyList<string?> speakers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(speakers);
        var sets = new DisjointSets(_textOf.Length);
        var byText = new TextQuotes[_texts.Length];
        for (var q = 0; q < _textOf.Length; q++)
        {
            (byText[_textOf[q]] ??= new TextQuotes()).Add(q, speakers[q]);
        }

        for (var t = 0; t < byText.Length; t++)
        {
            Join(sets, byText[t], byText[t], WithItself(t));
        }

        foreach (var (first, second, condition) in MatchingTexts(cancellationToken))
        {
            Join(sets, byText[first], byText[second], condition);
        }

        var smallest = new int[_textOf.Length];
        Array.Fill(smallest, -1);
        var result = new int[_textOf.Length];
        for (var q = 0; q < result.Length; q++)
        {
            var root = sets.Find(q);
            if (smallest[root] < 0)
            {
                smallest[root] = q;
            }

            result[q] = smallest[root];
        }

        return result;
    }

    /// <summary>Joins the quotes of <paramref name="a"/> and <paramref name="b"/> (the same text or two) that <paramref name="condition"/> makes one utterance.</summary>
    private static void Join(DisjointSets sets, TextQuotes a, TextQuotes b, SpeakerCondition condition)
    {
        switch (condition)
        {
            case SpeakerCondition.Always:
                sets.Union(a.JoinAll(sets), b.JoinAll(sets));
                break;
            case SpeakerCondition.SameKnownSpeaker:
                foreach (var (speaker, quotes) in a.Known)
                {
                    if (b.Known.TryGetValue(speaker, out var others) && (a != b || quotes.Members.Count > 1))
                    {
                        sets.Union(quotes.Join(sets), others.Join(sets));
                    }
                }

                break;
            case SpeakerCondition.UnlessSpeakersDiffer when a == b:
                if (a.Unknown is not null && a.Count > 1)
                {
                    a.JoinAll(sets); // a quote of unknown speaker matches every other
                    break;
                }

                foreach (var quotes in a.Known.Values)
                {
                    quotes.Join(sets);
                }

                break;
            case SpeakerCondition.UnlessSpeakersDiffer:
                var (small, large) = a.Known.Count <= b.Known.Count ? (a, b) : (b, a);
                foreach (var (speaker, quotes) in small.Known)
                {
                    if (large.Known.TryGetValue(speaker, out var others))
                    {
                        sets.Union(quotes.Join(sets), others.Join(sets));
                    }
                }

                if (a.Unknown is not null)
                {
                    sets.Union(a.Unknown.Join(sets), b.JoinAll(sets));
                }

                if (b.Unknown is not null)
                {
                    sets.Union(b.Unknown.Join(sets), a.JoinAll(sets));
                }

                break;
            default:
                break;
        }
    }

    /// <summary>The condition under which two different texts report the same utterance (the pattern of the subsequence is <paramref name="b"/>'s once set).</summary>
    private SpeakerCondition Compare(Text a, Text b, ref bool patternSet)
    {
        var shorter = Math.Min(a.Words.Length, b.Words.Length);
        var longer = Math.Max(a.Words.Length, b.Words.Length);
        if (shorter < MinWords)
        {
            return SpeakerCondition.Never;
        }

        var shared = Shared(a.Content, b.Content);
        if (shared < MinSharedContent)
        {
            return SpeakerCondition.Never;
        }

        // The common subsequence is at most the shorter quote: these bounds decide without it when they can.
        var contained = (double)shared / Math.Min(a.Content.Length, b.Content.Length) >= ContentContainment;
        var mayBeInOrder = (double)shorter / longer >= SameOrderRatio;
        var mayBeOtherSpeaker = shorter >= OtherSpeakerWords && (double)shorter / longer >= OtherSpeakerRatio;
        if (!mayBeOtherSpeaker)
        {
            if (contained)
            {
                return SpeakerCondition.UnlessSpeakersDiffer;
            }

            if (!mayBeInOrder)
            {
                return SpeakerCondition.Never;
            }
        }

        if (!patternSet)
        {
            _subsequence.SetPattern(b.Words);
            patternSet = true;
        }

        var ratio = (double)_subsequence.LengthWith(a.Words) / longer;
        if (mayBeOtherSpeaker && ratio >= OtherSpeakerRatio)
        {
            return SpeakerCondition.Always;
        }

        return ratio >= SameOrderRatio || contained ? SpeakerCondition.UnlessSpeakersDiffer : SpeakerCondition.Never;
    }

    /// <summary>The number of values two ascending arrays share.</summary>
    private static int Shared(int[] a, int[] b)
    {
        int i = 0, j = 0, shared = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                shared++;
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return shared;
    }

    /// <summary>One distinct text: its word ids and its content words as ranks (rarest first), ascending.</summary>
    private sealed record Text(int[] Words, int[] Content);

    /// <summary>Quotes that have been joined into one set, or are still to be.</summary>
    private sealed class QuoteSet
    {
        private bool _joined;

        public List<int> Members { get; } = [];

        /// <summary>Joins the members (once) and gives one of them.</summary>
        public int Join(DisjointSets sets)
        {
            if (!_joined)
            {
                for (var i = 1; i < Members.Count; i++)
                {
                    sets.Union(Members[0], Members[i]);
                }

                _joined = true;
            }

            return Members[0];
        }
    }

    /// <summary>The quotes of one text, by speaker.</summary>
    private sealed class TextQuotes
    {
        private readonly QuoteSet _all = new();

        public Dictionary<string, QuoteSet> Known { get; } = new(StringComparer.Ordinal);

        public QuoteSet? Unknown { get; private set; }

        public int Count => _all.Members.Count;

        public void Add(int quote, string? speaker)
        {
            _all.Members.Add(quote);
            QuoteSet set;
            if (speaker is null)
            {
                set = Unknown ??= new QuoteSet();
            }
            else if (!Known.TryGetValue(speaker, out set!))
            {
                Known[speaker] = set = new QuoteSet();
            }

            set.Members.Add(quote);
        }

        public int JoinAll(DisjointSets sets) => _all.Join(sets);
    }

    /// <summary>Union-find over quote indexes.</summary>
    private sealed class DisjointSets
    {
        private readonly int[] _parent;

        public DisjointSets(int count)
        {
            _parent = new int[count];
            for (var i = 0; i < count; i++)
            {
                _parent[i] = i;
            }
        }

        public int Find(int i)
        {
            while (_parent[i] != i)
            {
                _parent[i] = _parent[_parent[i]];
                i = _parent[i];
            }

            return i;
        }

        public void Union(int a, int b) => _parent[Find(a)] = Find(b);
    }
}
