using Parallax.Model;

namespace Parallax.Core.Tests.Model;

public class TextSpanTests
{
    [Fact]
    public void Span_is_half_open()
    {
        var text = "Putin met Trump";
        var span = new TextSpan(10, 15);
        Assert.Equal("Trump", span.Of(text));
        Assert.Equal(5, span.Length);
        Assert.False(span.Overlaps(new TextSpan(15, 16)));
        Assert.True(span.Overlaps(new TextSpan(14, 16)));
    }

    [Fact]
    public void End_before_start_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TextSpan(5, 4));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TextSpan(-1, 4));
    }
}
