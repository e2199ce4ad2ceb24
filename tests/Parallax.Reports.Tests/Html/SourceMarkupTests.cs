using System.Text;
using Parallax.Model;
using Parallax.Reports.Html;

namespace Parallax.Reports.Tests.Html;

public class SourceMarkupTests
{
    [Fact]
    public void Overlapping_marks_split_into_runs_listing_every_key()
    {
        var html = new StringBuilder();
        SourceMarkup.Append(html, "Putin met Trump.", [new SourceMark(new TextSpan(0, 15), "c1:s"), new SourceMark(new TextSpan(0, 5), "e1"), new SourceMark(new TextSpan(10, 15), "e2")]);
        Assert.Equal(
            "<p><span class=\"m\" data-refs=\"c1:s e1\">Putin</span><span class=\"m\" data-refs=\"c1:s\"> met </span><span class=\"m\" data-refs=\"c1:s e2\">Trump</span>.</p>\n",
            html.ToString());
    }

    [Fact]
    public void Newlines_end_paragraphs_even_inside_a_mark()
    {
        var html = new StringBuilder();
        SourceMarkup.Append(html, "One <b>.\n\nTwo.", [new SourceMark(new TextSpan(4, 13), "q1")]);
        Assert.Equal(
            "<p>One <span class=\"m\" data-refs=\"q1\">&lt;b&gt;.</span></p>\n<p><span class=\"m\" data-refs=\"q1\">Two</span>.</p>\n",
            html.ToString());
    }
}
