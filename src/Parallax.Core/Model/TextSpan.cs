namespace Parallax.Model;

/// <summary>
/// A half-open range <c>[Start, End)</c> of UTF-16 code units in an article's text.
/// <c>text.Substring(Start, End - Start)</c> is the span's text. Immutable.
/// </summary>
public readonly record struct TextSpan
{
    /// <summary>Creates a span; throws <see cref="ArgumentOutOfRangeException"/> when <paramref name="end"/> precedes <paramref name="start"/> or either is negative.</summary>
    public TextSpan(int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        Start = start;
        End = end;
    }

    /// <summary>First code unit of the span.</summary>
    public int Start { get; }

    /// <summary>One past the last code unit of the span.</summary>
    public int End { get; }

    /// <summary>Number of code units covered.</summary>
    public int Length => End - Start;

    /// <summary>True when the span covers nothing.</summary>
    public bool IsEmpty => End == Start;

    /// <summary>True when <paramref name="other"/> lies entirely inside this span.</summary>
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    /// <summary>True when the two spans share at least one code unit.</summary>
    public bool Overlaps(TextSpan other) => other.Start < End && Start < other.End;

    /// <summary>The text this span covers in <paramref name="text"/>.</summary>
    public string Of(string text) => text.Substring(Start, Length);

    /// <inheritdoc />
    public override string ToString() => $"[{Start}, {End})";
}
