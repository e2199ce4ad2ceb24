namespace Parallax.Comparison.Stories;

/// <summary>
/// One posting list of the story index: the stories that most recently took in an article with the term, oldest
/// first, bounded. Holds at most twice <see cref="Capacity"/> entries — when full, the older half is dropped (amortized
/// O(1) per add) — so memory and the work of reading it stay bounded however many stories share a common term, and
/// the <see cref="Capacity"/> most recent entries are always kept. Not thread-safe.
/// </summary>
internal sealed class RecentStories
{
    private int[] _stories;
    private int _count;

    public RecentStories(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Capacity = capacity;
        _stories = new int[Math.Min(4, capacity * 2)];
    }

    /// <summary>How many of the most recent entries are always kept.</summary>
    public int Capacity { get; }

    /// <summary>Entries held now (at most twice <see cref="Capacity"/>).</summary>
    public int Count => _count;

    /// <summary>Records that <paramref name="story"/> took in an article with the term (once when it is already the latest).</summary>
    public void Add(int story)
    {
        if (_count > 0 && _stories[_count - 1] == story)
        {
            return;
        }

        if (_count == _stories.Length)
        {
            if (_count >= Capacity * 2)
            {
                Array.Copy(_stories, _count - Capacity, _stories, 0, Capacity);
                _count = Capacity;
            }
            else
            {
                Array.Resize(ref _stories, Math.Min(_stories.Length * 2, Capacity * 2));
            }
        }

        _stories[_count++] = story;
    }

    /// <summary>The most recent entries, at most <paramref name="max"/>, oldest first (read from the end for newest first).</summary>
    public ReadOnlySpan<int> Recent(int max) =>
        _stories.AsSpan(Math.Max(0, _count - Math.Max(0, max)), Math.Min(_count, Math.Max(0, max)));
}
