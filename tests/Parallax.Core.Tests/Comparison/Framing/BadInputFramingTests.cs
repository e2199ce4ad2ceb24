using Parallax.Dossier;
using Parallax.Model;

namespace Parallax.Core.Tests.Comparison.Framing;

public class BadInputFramingTests
{
    [Fact]
    public void Odd_articles_do_not_stop_framing_or_the_timeline()
    {
        var articles = new[]
        {
            new Article("empty.txt", ""),
            new Article("quote.txt", "\u201cAn unclosed quote about Putin said that regime"),
            new Article("dates.txt", "2025-13-45 and February 30, 2025 and 9999 and last and next and the upcoming"),
            new Article("long.txt", new string('x', 20000) + " Trump said \"'" + new string('\'', 500)),
            new Article("marks.txt", "\"\"\"''' \u2018\u2019\u201c\u201d said said according to , , ,"),
        };
        var dossier = DossierDefaults.CreateBuilder().Build(articles);
        Assert.Equal(dossier.Articles.Length, dossier.Outlets.Length);
        Assert.All(dossier.Outlets, o => Assert.All(o.ToneByEntity.Values, v => Assert.InRange(v, -1, 1)));
        Assert.All(dossier.Timeline, t => Assert.True(t.Span.End <= dossier.Article(t.Article)!.Article.Text.Length));
    }
}
