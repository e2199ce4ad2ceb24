using System.Numerics;

namespace Parallax.Comparison.Quotes;

/// <summary>
/// The length of the longest common subsequence of one word sequence (the pattern, words as ids) and others, by the
/// bit-parallel method of Allison and Dix as refined by Hyyrö: one machine word holds 64 positions of the pattern, so a
/// comparison costs (other's length) × (pattern's length / 64) word operations instead of a full table. Exactly the
/// length the dynamic-programming table gives. Reusable for several patterns one after another; not thread-safe.
/// </summary>
internal sealed class CommonSubsequence
{
    private readonly Dictionary<int, int> _slotOf = [];
    private ulong[] _masks = new ulong[64];
    private ulong[] _row = new ulong[4];
    private int _length;
    private int _blocks;

    /// <summary>Makes <paramref name="pattern"/> the sequence the next calls to <see cref="LengthWith"/> compare with.</summary>
    public void SetPattern(ReadOnlySpan<int> pattern)
    {
        _slotOf.Clear();
        _length = pattern.Length;
        _blocks = (pattern.Length + 63) / 64;
        var distinct = 0;
        foreach (var word in pattern)
        {
            if (_slotOf.TryAdd(word, distinct))
            {
                distinct++;
            }
        }

        var size = distinct * _blocks;
        if (_masks.Length < size)
        {
            _masks = new ulong[Math.Max(size, _masks.Length * 2)];
        }

        Array.Clear(_masks, 0, size);
        for (var i = 0; i < pattern.Length; i++)
        {
            _masks[(_slotOf[pattern[i]] * _blocks) + (i >> 6)] |= 1UL << (i & 63);
        }

        if (_row.Length < _blocks)
        {
            _row = new ulong[_blocks];
        }
    }

    /// <summary>The length of the longest common subsequence of the pattern and <paramref name="other"/>.</summary>
    public int LengthWith(ReadOnlySpan<int> other)
    {
        if (_length == 0 || other.Length == 0)
        {
            return 0;
        }

        // Bit i of the row is 0 where the common subsequence grows at pattern position i; unused high bits stay 1.
        var row = _row.AsSpan(0, _blocks);
        row.Fill(ulong.MaxValue);
        foreach (var word in other)
        {
            if (!_slotOf.TryGetValue(word, out var slot))
            {
                continue; // no match anywhere: the row is unchanged
            }

            var masks = _masks.AsSpan(slot * _blocks, _blocks);
            var carry = 0UL;
            for (var k = 0; k < row.Length; k++)
            {
                var v = row[k];
                var u = v & masks[k];
                var sum = v + u;
                var carried = sum + carry;
                carry = (sum < v || carried < sum) ? 1UL : 0UL;
                row[k] = carried | (v & ~masks[k]);
            }
        }

        var ones = 0;
        for (var k = 0; k < row.Length - 1; k++)
        {
            ones += BitOperations.PopCount(row[k]);
        }

        var used = _length - ((_blocks - 1) * 64);
        var last = used == 64 ? row[^1] : row[^1] & ((1UL << used) - 1);
        ones += BitOperations.PopCount(last);
        return _length - ones;
    }
}
