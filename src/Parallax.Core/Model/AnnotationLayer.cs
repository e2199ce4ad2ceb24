using System.Collections;
using System.Collections.Immutable;

namespace Parallax.Model;

/// <summary>Something that points at characters of an article.</summary>
public interface IHasSpan
{
    /// <summary>The characters it covers.</summary>
    TextSpan Span { get; }
}

/// <summary>
/// An immutable list of annotations of one kind over one article's text, sorted by start then by end.
/// Thread-safe.
/// </summary>
/// <typeparam name="T">The annotation type.</typeparam>
public sealed class AnnotationLayer<T> : IReadOnlyList<T>
    where T : IHasSpan
{
    private readonly ImmutableArray<T> _items;

    /// <summary>An empty layer.</summary>
#pragma warning disable CA1000 // A typed empty instance is the natural spelling here.
    public static AnnotationLayer<T> Empty { get; } = new(ImmutableArray<T>.Empty);
#pragma warning restore CA1000

    /// <summary>Creates a layer from items in any order.</summary>
    public AnnotationLayer(IEnumerable<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var builder = items.ToImmutableArray().ToBuilder();
        builder.Sort(static (a, b) =>
        {
            var byStart = a.Span.Start.CompareTo(b.Span.Start);
            return byStart != 0 ? byStart : a.Span.End.CompareTo(b.Span.End);
        });
        _items = builder.ToImmutable();
    }

    private AnnotationLayer(ImmutableArray<T> sortedItems) => _items = sortedItems;

    /// <summary>
    /// Creates a layer from items expected to be sorted by start then by end already, without copying them.
    /// Checks the order in one linear pass and sorts a copy when it does not hold, so the result is always sorted.
    /// </summary>
#pragma warning disable CA1000 // A factory on the generic type reads best: AnnotationLayer<Token>.FromSorted(...).
    public static AnnotationLayer<T> FromSorted(ImmutableArray<T> items)
    {
        if (items.IsDefaultOrEmpty)
        {
            return Empty;
        }

        for (var i = 1; i < items.Length; i++)
        {
            var previous = items[i - 1].Span;
            var current = items[i].Span;
            if (current.Start < previous.Start || (current.Start == previous.Start && current.End < previous.End))
            {
                return new AnnotationLayer<T>((IEnumerable<T>)items);
            }
        }

        return new AnnotationLayer<T>(sortedItems: items);
    }
#pragma warning restore CA1000

    /// <inheritdoc />
    public T this[int index] => _items[index];

    /// <summary>The items as a read-only span, for tight loops inside the core.</summary>
    internal ReadOnlySpan<T> AsSpan() => _items.AsSpan();

    /// <inheritdoc />
    public int Count => _items.Length;

    /// <summary>The items whose spans overlap <paramref name="span"/>, in order.</summary>
    public IEnumerable<T> Overlapping(TextSpan span)
    {
        foreach (var item in _items)
        {
            if (item.Span.Start >= span.End)
            {
                yield break;
            }

            if (item.Span.Overlaps(span))
            {
                yield return item;
            }
        }
    }

    /// <inheritdoc />
    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
