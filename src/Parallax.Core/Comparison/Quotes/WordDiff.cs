using System.Collections.Immutable;
using Parallax.Dossier;

namespace Parallax.Comparison.Quotes;

/// <summary>
/// A word-level diff of two quotes (longest common subsequence of their comparison forms), given back as runs of the
/// words as written. Stateless and thread-safe; quotes are capped at <see cref="QuoteWords.MaxWords"/> words.
/// </summary>
internal static class WordDiff
{
    /// <summary>The length of the longest common subsequence of two word sequences.</summary>
    public static int CommonLength(List<string> a, List<string> b)
    {
        var previous = new int[b.Count + 1];
        var current = new int[b.Count + 1];
        for (var i = 1; i <= a.Count; i++)
        {
            for (var j = 1; j <= b.Count; j++)
            {
                current[j] = a[i - 1] == b[j - 1] ? previous[j - 1] + 1 : Math.Max(previous[j], current[j - 1]);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Count];
    }

    /// <summary>The diff from <paramref name="reference"/> to <paramref name="other"/>: same, deleted (only in the reference) and inserted (only in the other) runs.</summary>
    public static ImmutableArray<DiffPiece> Diff(List<QuoteWord> reference, List<QuoteWord> other)
    {
        var (a, aWord) = Flat(reference);
        var (b, bWord) = Flat(other);
        var table = new int[a.Count + 1, b.Count + 1];
        for (var i = a.Count - 1; i >= 0; i--)
        {
            for (var j = b.Count - 1; j >= 0; j--)
            {
                table[i, j] = a[i] == b[j] ? table[i + 1, j + 1] + 1 : Math.Max(table[i + 1, j], table[i, j + 1]);
            }
        }

        var steps = new List<(DiffOperation Op, int Word)>();
        int x = 0, y = 0;
        while (x < a.Count || y < b.Count)
        {
            if (x < a.Count && y < b.Count && a[x] == b[y])
            {
                steps.Add((DiffOperation.Same, aWord[x]));
                x++;
                y++;
            }
            else if (y < b.Count && (x == a.Count || table[x, y + 1] >= table[x + 1, y]))
            {
                steps.Add((DiffOperation.Inserted, bWord[y]));
                y++;
            }
            else
            {
                steps.Add((DiffOperation.Deleted, aWord[x]));
                x++;
            }
        }

        var pieces = ImmutableArray.CreateBuilder<DiffPiece>();
        var k = 0;
        while (k < steps.Count)
        {
            var op = steps[k].Op;
            var words = new List<string>();
            var lastWord = -1;
            while (k < steps.Count && steps[k].Op == op)
            {
                var index = steps[k].Word;
                if (index != lastWord)
                {
                    words.Add((op == DiffOperation.Inserted ? other : reference)[index].Written);
                    lastWord = index;
                }

                k++;
            }

            pieces.Add(new DiffPiece(op, string.Join(' ', words)));
        }

        return pieces.ToImmutable();
    }

    private static (List<string> Forms, List<int> Word) Flat(List<QuoteWord> words)
    {
        var forms = new List<string>();
        var index = new List<int>();
        for (var i = 0; i < words.Count; i++)
        {
            foreach (var f in words[i].Compared)
            {
                forms.Add(f);
                index.Add(i);
            }
        }

        return (forms, index);
    }
}
