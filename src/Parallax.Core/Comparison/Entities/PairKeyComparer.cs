namespace Parallax.Comparison.Entities;

/// <summary>
/// Equality of two 32-bit numbers packed into one <see cref="long"/> (a pair of candidate or profile indices), with a
/// hash that mixes both halves: the default hash of a <see cref="long"/> XORs them, so pairs of small indices collide
/// by the thousand. Stateless and thread-safe.
/// </summary>
internal sealed class PairKeyComparer : IEqualityComparer<long>
{
    /// <summary>The comparer.</summary>
    public static PairKeyComparer Instance { get; } = new();

    /// <inheritdoc />
    public bool Equals(long x, long y) => x == y;

    /// <inheritdoc />
    public int GetHashCode(long obj) => (int)((ulong)(obj * -7046029254386353131L) >> 32);
}
