using Parallax.Readers.Text;

namespace Parallax.Readers.Tests.Text;

public class DateLinesTests
{
    [Theory]
    [InlineData("August 16, 2025", "2025-08-16")]
    [InlineData("Published: 2025-08-16", "2025-08-16")]
    [InlineData("Updated Aug. 16, 2025 10:30 AM", "2025-08-16")]
    [InlineData("Saturday 16 August 2025, 10:30 GMT+3", "2025-08-16")]
    [InlineData("16th of August, 2025", "2025-08-16")]
    [InlineData("16.08.2025 10:30", "2025-08-16")]
    [InlineData("16-08-2025", "2025-08-16")]
    [InlineData("08/16/2025", "2025-08-16")]
    [InlineData("2025-08-16T10:30:00Z", "2025-08-16")]
    [InlineData("Posted on Aug 16 2025 at 9:15 a.m. ET", "2025-08-16")]
    public void Reads_date_lines(string line, string expected)
    {
        Assert.True(DateLines.IsDateLine(line, out var date, out _), line);
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), date);
    }

    [Theory]
    [InlineData("03/04/2025")]
    [InlineData("The talks began on August 15, 2025 in Anchorage.")]
    [InlineData("February 30, 2025")]
    [InlineData("Since 2025")]
    public void Refuses_what_is_not_a_date_line(string line) => Assert.False(DateLines.IsDateLine(line, out _, out _));

    [Theory]
    [InlineData("3 hours ago", true)]
    [InlineData("Updated 15 minutes ago", true)]
    [InlineData("The war began three years ago.", false)]
    public void Recognises_relative_time_stamps(string line, bool expected) =>
        Assert.Equal(expected, DateLines.IsRelativeTimeLine(line));

    [Fact]
    public void Tells_an_update_from_a_publication()
    {
        Assert.True(DateLines.IsDateLine("Last updated: 17 Aug 2025", out _, out var isUpdate));
        Assert.True(isUpdate);
        Assert.True(DateLines.IsDateLine("Published 16 Aug 2025", out _, out isUpdate));
        Assert.False(isUpdate);
    }
}
