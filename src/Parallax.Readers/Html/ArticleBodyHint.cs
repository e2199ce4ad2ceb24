using System.Globalization;

namespace Parallax.Readers.Html;

/// <summary>
/// Uses a JSON-LD <c>articleBody</c> as a hint for where the article is: the text runs of the page whose word
/// trigrams mostly occur in the articleBody are matched, and the deepest element holding most of the matched text is
/// the container. The text itself always comes from the page, so a truncated or stale articleBody cannot add words.
/// </summary>
internal static class ArticleBodyHint
{
    private const int MinBodyLength = 300;
    private const int MinRunLength = 30;

    /// <summary>The container's node index, or −1 when there is no usable hint.</summary>
    public static int FindContainer(PageTree tree, string? articleBody, CancellationToken cancellationToken)
    {
        if (articleBody is null || articleBody.Length < MinBodyLength || tree.Count < 3)
        {
            return -1;
        }

        var trigrams = new HashSet<long>();
        AddTrigrams(articleBody, trigrams);
        if (trigrams.Count < 20)
        {
            return -1;
        }

        var nodes = tree.Nodes;
        var matched = new int[tree.Count];
        var words = new List<int>(64);
        for (var i = tree.Count - 1; i >= 0; i--)
        {
            if ((i & 4095) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            ref var node = ref nodes[i];
            if (node.Tag == HtmlTag.Text && node.OwnLength >= MinRunLength && Matches(node.Text!, trigrams, words))
            {
                matched[i] += node.OwnLength;
            }

            if (node.Parent >= 0)
            {
                matched[node.Parent] += matched[i];
            }
        }

        var total = matched[0];
        if (total < Math.Min(articleBody.Length / 2, 2000))
        {
            return -1;
        }

        // Descend while a single child holds most of the matched text.
        var current = 0;
        while (true)
        {
            var next = -1;
            var end = nodes[current].End;
            for (var child = current + 1; child < end; child = nodes[child].End)
            {
                if (matched[child] >= 0.8 * total)
                {
                    next = child;
                    break;
                }
            }

            if (next < 0 || nodes[next].Tag == HtmlTag.Text || !HtmlTags.IsBlock(nodes[next].Tag) || nodes[next].Tag == HtmlTag.P)
            {
                break;
            }

            current = next;
        }

        return nodes[current].Tag is HtmlTag.Other && current == 0 ? -1 : current;
    }

    private static bool Matches(string text, HashSet<long> trigrams, List<int> words)
    {
        words.Clear();
        HashWords(text, words);
        if (words.Count < 3)
        {
            return false;
        }

        var hits = 0;
        for (var i = 0; i + 2 < words.Count; i++)
        {
            if (trigrams.Contains(Combine(words[i], words[i + 1], words[i + 2])))
            {
                hits++;
            }
        }

        return hits >= 0.6 * (words.Count - 2);
    }

    private static void AddTrigrams(string text, HashSet<long> trigrams)
    {
        var words = new List<int>(text.Length / 5);
        HashWords(text, words);
        for (var i = 0; i + 2 < words.Count; i++)
        {
            trigrams.Add(Combine(words[i], words[i + 1], words[i + 2]));
        }
    }

    private static long Combine(int a, int b, int c) => ((long)a * 1_000_003 + b) * 1_000_033 + c;

    /// <summary>Hashes of the lowercased letter-and-digit runs of <paramref name="text"/> (entities already decoded).</summary>
    private static void HashWords(string text, List<int> words)
    {
        var hash = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                hash = unchecked((hash * 31) + char.ToLower(c, CultureInfo.InvariantCulture));
                inWord = true;
            }
            else if (inWord)
            {
                words.Add(hash);
                hash = 0;
                inWord = false;
            }
        }

        if (inWord)
        {
            words.Add(hash);
        }
    }
}
