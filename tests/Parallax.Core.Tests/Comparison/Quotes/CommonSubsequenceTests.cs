using Parallax.Comparison.Quotes;

namespace Parallax.Core.Tests.Comparison.Quotes;

public class CommonSubsequenceTests
{
    [Theory]
    [InlineData(1, 5, 20)]
    [InlineData(2, 3, 70)]
    [InlineData(3, 12, 200)]
    [InlineData(4, 40, 400)]
    public void The_length_is_that_of_the_full_table(int seed, int alphabet, int maxLength)
    {
        var random = new Random(seed);
        var subsequence = new CommonSubsequence();
        for (var run = 0; run < 200; run++)
        {
            var a = Enumerable.Range(0, random.Next(maxLength + 1)).Select(_ => random.Next(alphabet)).ToArray();
            var b = Enumerable.Range(0, random.Next(maxLength + 1)).Select(_ => random.Next(alphabet)).ToArray();
            var expected = WordDiff.CommonLength([.. a.Select(Word)], [.. b.Select(Word)]);
            subsequence.SetPattern(a);
            Assert.Equal(expected, subsequence.LengthWith(b));
        }
    }

    [Theory]
    [InlineData(63)]
    [InlineData(64)]
    [InlineData(65)]
    [InlineData(128)]
    public void Block_edges_count_exactly(int length)
    {
        var a = Enumerable.Range(0, length).ToArray();
        var subsequence = new CommonSubsequence();
        subsequence.SetPattern(a);
        Assert.Equal(length, subsequence.LengthWith(a));
        Assert.Equal(length - 1, subsequence.LengthWith(a.AsSpan(1)));
        Assert.Equal(1, subsequence.LengthWith([.. a.Reverse()]));
        Assert.Equal(0, subsequence.LengthWith([-1, -2]));
    }

    private static string Word(int id) => "w" + id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
