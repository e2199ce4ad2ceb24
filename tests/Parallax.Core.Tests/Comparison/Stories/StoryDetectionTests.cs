using Parallax.Comparison.Stories;
using Parallax.Model;

namespace Parallax.Core.Tests.Comparison.Stories;

public class StoryDetectionTests
{
    private static readonly Parallax.Pipeline.Pipeline Pipeline = ArticleDigester.CreatePipeline();

    private static readonly string[] TurkeyQuake =
    [
        "A magnitude 7.1 earthquake struck eastern Turkey near the city of Van on Sunday, killing at least 200 people. " +
        "Rescuers in Van and Ercis searched collapsed buildings through the night, Turkish officials said.",
        "The death toll from the earthquake near Van in eastern Turkey rose to 366 as rescuers pulled survivors from the " +
        "rubble in Ercis. Prime Minister Recep Tayyip Erdogan visited Van on Monday.",
        "Aftershocks rattled Van and Ercis in eastern Turkey as aid arrived for families left homeless by the earthquake. " +
        "Erdogan said Turkey would accept help from abroad.",
    ];

    private static readonly string[] ChileQuake =
    [
        "A magnitude 8.8 earthquake struck central Chile near Concepcion on Saturday, setting off a tsunami. " +
        "President Michelle Bachelet declared a state of catastrophe in Maule and Biobio.",
        "Chile counted more than 700 dead after the earthquake and tsunami; in Concepcion looters emptied shops and " +
        "Bachelet sent troops to Maule and Biobio.",
        "Rescue teams in Concepcion and Talcahuano searched for survivors of Chile's earthquake as Bachelet toured the " +
        "tsunami-hit coast of Maule.",
    ];

    private static ArticleDigest Digest(string source, string text, DateOnly? published = null) =>
        ArticleDigester.Digest(new Article(source, text, new ArticleMetadata { Published = published }), Pipeline);

    private static List<ArticleDigest> Interleaved()
    {
        var digests = new List<ArticleDigest>();
        for (var i = 0; i < TurkeyQuake.Length; i++)
        {
            digests.Add(Digest($"turkey{i}", TurkeyQuake[i]));
            digests.Add(Digest($"chile{i}", ChileQuake[i]));
        }

        return digests;
    }

    [Fact]
    public void Two_earthquakes_are_two_stories()
    {
        var digests = Interleaved();
        var stories = new StoryClusterer().Cluster(digests);

        Assert.Equal(2, stories.Length);
        foreach (var story in stories)
        {
            var places = story.Articles.Select(a => digests[a].Source[..5]).Distinct();
            Assert.Single(places);
        }

        Assert.Equal(digests.Count, stories.Sum(s => s.Articles.Length));
    }

    [Fact]
    public void Online_assigner_agrees_with_the_batch_on_clear_cases()
    {
        var assigner = new StoryAssigner();
        var assignments = Interleaved().Select(assigner.Assign).ToList();

        Assert.True(assignments[0].IsNewStory);
        Assert.True(assignments[1].IsNewStory);
        Assert.Equal(assignments[0].StoryId, assignments[2].StoryId);
        Assert.Equal(assignments[1].StoryId, assignments[3].StoryId);
        Assert.NotEqual(assignments[0].StoryId, assignments[1].StoryId);
        Assert.Equal(2, assigner.Stories().Length);
    }

    [Fact]
    public void Results_do_not_change_between_runs()
    {
        var first = new StoryClusterer().Cluster(Interleaved());
        var second = new StoryClusterer().Cluster(Interleaved());
        Assert.Equal(first.Select(s => (s.Id, s.Label, string.Join(",", s.Articles))), second.Select(s => (s.Id, s.Label, string.Join(",", s.Articles))));
    }

    [Fact]
    public void Articles_far_apart_in_time_never_join_but_undated_ones_still_can()
    {
        var assigner = new StoryAssigner(StoryOptions.Default with { WindowDays = 7 });
        var start = new DateOnly(2011, 10, 23);
        var first = assigner.Assign(Digest("a", TurkeyQuake[0], start));
        var yearLater = assigner.Assign(Digest("b", TurkeyQuake[1], start.AddDays(365)));
        var undated = assigner.Assign(Digest("c", TurkeyQuake[2]));

        Assert.True(yearLater.IsNewStory);
        Assert.False(undated.IsNewStory);
        Assert.True(first.IsNewStory);
    }

    [Fact]
    public void Placed_articles_stay_where_they_were_placed_and_later_articles_join_those_stories()
    {
        var assigner = new StoryAssigner();
        var turkey = assigner.Place(Digest("turkey0", TurkeyQuake[0]), null);
        var chile = assigner.Place(Digest("chile0", ChileQuake[0]), null);

        // A Chilean article replayed into the Turkish story (as a store may hold it) stays there.
        var placed = assigner.Place(Digest("chile1", ChileQuake[1]), turkey.StoryId);
        Assert.Equal(turkey.StoryId, placed.StoryId);
        Assert.False(placed.IsNewStory);
        Assert.Equal(turkey.StoryId, assigner.StoryOf(placed.Article));

        Assert.Equal(chile.StoryId, assigner.Assign(Digest("chile2", ChileQuake[2])).StoryId);
        Assert.Throws<ArgumentException>(() => assigner.Place(Digest("x", TurkeyQuake[1]), "s9"));
    }

    [Fact]
    public void Label_names_the_story_and_digest_keeps_no_text()
    {
        var digest = Digest("turkey0", TurkeyQuake[0]);
        Assert.Contains(digest.Terms, t => t.Kind == StoryTermKind.Entity && t.Key.Contains("turkey", StringComparison.Ordinal));
        Assert.Contains(digest.Terms, t => t is { Kind: StoryTermKind.Word, Key: "w:earthquake" });
        Assert.DoesNotContain(digest.Terms, t => t.Key is "w:the" or "w:said");

        var story = new StoryClusterer().Cluster([digest, Digest("turkey1", TurkeyQuake[1])]).Single();
        Assert.Contains("Turkey", story.Label, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_and_odd_articles_each_get_a_story()
    {
        var digests = new[] { Digest("empty", string.Empty), Digest("symbols", "!!! ??? 123 ... ***"), Digest("one", TurkeyQuake[0]) };
        var stories = new StoryClusterer().Cluster(digests);
        Assert.Equal(3, stories.Sum(s => s.Articles.Length));
        Assert.Equal([0, 1, 2], stories.SelectMany(s => s.Articles).Order());
    }

    [Fact]
    public void Work_per_article_stays_bounded_with_many_stories()
    {
        // 3,000 distinct synthetic stories: each article compared only with stories sharing its rare terms.
        var assigner = new StoryAssigner();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 0; i < 3000; i++)
        {
            var terms = System.Collections.Immutable.ImmutableArray.Create(
                new StoryTerm($"w:topic{i}", StoryTermKind.Word, 3, $"topic{i}"),
                new StoryTerm($"e:person{i}", StoryTermKind.Entity, 2, $"Person {i}"),
                new StoryTerm("w:government", StoryTermKind.Word, 1, "government"));
            var assignment = assigner.Assign(new ArticleDigest($"a{i}", null, null, terms));
            Assert.True(assignment.IsNewStory);
        }

        Assert.Equal(3000, assigner.Stories().Length);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(120), watch.Elapsed.ToString());
    }
}
