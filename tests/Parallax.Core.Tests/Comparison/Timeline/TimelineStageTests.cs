using Parallax.Comparison.Timeline;
using Parallax.Dossier;
using Parallax.Language.Dates;
using Parallax.Model;
using Parallax.Pipeline;

namespace Parallax.Core.Tests.Comparison.Timeline;

public class TimelineStageTests
{
    private static StoryDossier Build(params Article[] articles)
    {
        var pipeline = new PipelineBuilder().UseTimeExpressions().Build();
        return new DossierBuilder(pipeline: pipeline, stages: [new TimelineStage()]).Build(articles);
    }

    [Fact]
    public void The_same_event_told_by_two_outlets_shares_an_event_id_and_the_timeline_is_ordered()
    {
        var dossier = Build(
            new Article("a.txt", "Putin laid flowers at the graves of Soviet pilots in Anchorage on Saturday. The talks began in 2018.", new ArticleMetadata { Published = new DateOnly(2025, 8, 17) }),
            new Article("b.txt", "On August 16, 2025, the Russian leader laid flowers at the graves of Soviet pilots buried in Alaska.", new ArticleMetadata { Published = new DateOnly(2025, 8, 18) }));

        var flowers = dossier.Timeline.Where(t => t.Event!.Contains("flowers", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, flowers.Count);
        Assert.All(flowers, t => Assert.Equal(new DateOnly(2025, 8, 16), t.Date));
        Assert.Equal(flowers[0].EventId, flowers[1].EventId);
        Assert.Equal(new[] { "a1", "a2" }, flowers[0].EventArticles.ToArray());
        Assert.Equal("2018", dossier.Timeline[0].Value);
        Assert.Equal(new DateOnly(2018, 12, 31), dossier.Timeline[0].DateEnd);
    }

    [Fact]
    public void Without_a_publication_date_relative_entries_are_kept_unresolved_and_last()
    {
        var dossier = Build(new Article("a.txt", "The envoy met officials on Monday. The treaty was signed in March 2022."));
        Assert.Equal(2, dossier.Timeline.Length);
        Assert.Equal("March 2022", dossier.Timeline[0].Expression);
        Assert.Null(dossier.Timeline[1].Date);
        Assert.Equal("Monday", dossier.Timeline[1].Expression);
        Assert.NotEqual(dossier.Timeline[0].EventId, dossier.Timeline[1].EventId);
    }
}
