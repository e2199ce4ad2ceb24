using System.Globalization;
using System.Text;
using Parallax.Comparison.Claims;
using Parallax.Comparison.Stances;
using Parallax.Dossier;
using Parallax.Language.WordRelations;
using Parallax.Model;

namespace Parallax.Core.Tests.Comparison.Claims;

/// <summary>
/// The candidate search of the claims stage against the exhaustive comparison it replaces: every pair that reaches the
/// threshold is a candidate, and the stage's output is the same either way, on generated stories (related words,
/// names, quantities, negations, rare filler words) and on the sample story.
/// </summary>
public class ClaimCandidatesTests
{
    private static readonly string[] Names = ["Trump", "Putin", "Xi", "Zelensky", "Anchorage", "Geneva", "Moscow", "Kyiv"];

    private static readonly string[] Verbs =
    [
        "reached", "signed", "agreed", "met", "held", "rejected", "denied", "announced", "discussed", "proposed", "resigned",
        "attacked", "withdrew", "opened", "approved", "secured", "failed to secure", "produced", "hosted", "praised",
    ];

    private static readonly string[] Nouns =
    [
        "agreement", "accord", "deal", "consensus", "pact", "treaty", "settlement", "talks", "negotiations", "meeting",
        "summit", "conference", "ceasefire", "truce", "war", "conflict", "sanctions", "penalties", "economy", "trade",
        "border", "troops", "soldiers", "army", "forces", "leader", "minister", "peace", "hospital", "concessions",
    ];

    private static readonly string[] Adjectives = ["substantive", "historic", "new", "fragile", "final", "partial", "no", "a"];

    private static readonly string[] Quantities =
    [
        "for three hours", "for nearly three hours", "in five years", "in nearly two decades", "over 6,000 kilometers",
        "by 40 percent", "by about 45 percent", "for two days",
    ];

    public static TheoryData<int, double> Stories => new()
    {
        { 1, 0.16 }, { 2, 0.16 }, { 3, 0.05 }, { 4, 0.1 }, { 5, 0.34 }, { 6, 0.5 }, { 7, 0.0 },
    };

    [Theory]
    [MemberData(nameof(Stories))]
    public void Every_pair_that_reaches_the_threshold_is_a_candidate(int seed, double threshold)
    {
        var clauses = Clauses(Story(seed, articles: 30));
        var comparer = new ClaimComparer(WordRelations.Default, ClaimsStage.StoryWeights(clauses));
        var candidates = new ClaimCandidates(clauses, comparer, WordRelations.Default, threshold);
        var probe = new ClaimCandidates.Probe(clauses.Count);
        var found = new List<int>();
        int reaching = 0, offered = 0, pairs = 0;
        for (var a = 0; a < clauses.Count; a++)
        {
            candidates.Find(a, probe, found);
            Assert.Equal(found.Order().Distinct(), found);
            offered += found.Count;
            for (var b = a + 1; b < clauses.Count; b++)
            {
                if (clauses[a].Article == clauses[b].Article)
                {
                    Assert.DoesNotContain(b, found);
                    continue;
                }

                pairs++;
                if (comparer.Similarity(clauses[a], clauses[b], null) >= threshold)
                {
                    reaching++;
                    Assert.True(found.BinarySearch(b) >= 0, $"pair {a}/{b} reaches {threshold} but is no candidate: \"{clauses[a].Wording}\" / \"{clauses[b].Wording}\"");
                }
            }
        }

        Assert.True(reaching > 0, "the generated story has pairs that reach the threshold");
        if (threshold >= 0.16)
        {
            Assert.True(offered < pairs / 2, $"{offered} candidates of {pairs} pairs: the search prunes");
        }
    }

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(13)]
    public void Candidate_search_gives_the_exhaustive_comparison_s_edges_and_claims(int seed)
    {
        var story = Story(seed, articles: 40);
        var clauses = Clauses(story);
        var comparer = new ClaimComparer(WordRelations.Default, ClaimsStage.StoryWeights(clauses));
        var edges = new ClaimsStage().Compare(clauses, comparer, CancellationToken.None);
        var allEdges = new ClaimsStage { Exhaustive = true }.Compare(clauses, comparer, CancellationToken.None);
        Assert.NotEmpty(allEdges);
        Assert.Contains(allEdges, e => e.Similarity < 0.34 && e.Conflict != Conflict.None);
        Assert.Equal(allEdges, edges);

        var articles = story.Select((t, i) => new Article(string.Create(CultureInfo.InvariantCulture, $"g{i}.txt"), t)).ToList();
        var fast = new DossierBuilder(stages: [new ClaimsStage()]).Build(articles);
        var exhaustive = new DossierBuilder(stages: [new ClaimsStage { Exhaustive = true }]).Build(articles);
        Assert.NotEmpty(exhaustive.Claims);
        Assert.Equal(Render(exhaustive), Render(fast));
    }

    [Fact]
    public void A_large_story_of_similar_clauses_keeps_only_its_edges()
    {
        var story = Story(21, articles: 600);
        var clauses = Clauses(story);
        var comparer = new ClaimComparer(WordRelations.Default, ClaimsStage.StoryWeights(clauses), new WordKeys(clauses, WordRelations.Default));
        var edges = new ClaimsStage().Compare(clauses, comparer, CancellationToken.None);
        long pairs = (long)clauses.Count * (clauses.Count - 1) / 2;
        Assert.NotEmpty(edges);
        Assert.True(edges.Count < pairs / 20, $"{edges.Count} edges of {pairs} pairs");
        Assert.All(edges, e => Assert.True(e.Similarity >= 0.34 || e.Conflict != Conflict.None));
    }

    [Fact]
    public void Candidate_search_gives_the_exhaustive_claims_on_the_sample_story()
    {
        if (SampleStory.Articles() is not { } articles)
        {
            return;
        }

        var stages = DossierDefaults.CreateStoryStages().TakeWhile(s => s.Name != "claims").ToList();
        var before = new DossierBuilder(pipeline: DossierDefaults.CreatePipeline(), stages: stages).Build(articles);
        var fast = new ClaimsStage().Process(before, CancellationToken.None);
        var exhaustive = new ClaimsStage { Exhaustive = true }.Process(before, CancellationToken.None);
        Assert.NotEmpty(exhaustive.Claims);
        Assert.NotEmpty(exhaustive.Disagreements);
        Assert.Equal(Render(exhaustive), Render(fast));
    }

    private static List<ClaimClause> Clauses(List<string> story)
    {
        var clauses = new List<ClaimClause>();
        for (var i = 0; i < story.Count; i++)
        {
            clauses.AddRange(ClaimExtractor.Extract(i, StanceText.Parse(story[i]), WordRelations.Default, CancellationToken.None));
        }

        return clauses;
    }

    /// <summary>Articles of short sentences from a small vocabulary of related words, names and quantities, and rare made-up words.</summary>
    private static List<string> Story(int seed, int articles)
    {
        var random = new Random(seed);
        var story = new List<string>();
        for (var a = 0; a < articles; a++)
        {
            var text = new StringBuilder();
            var sentences = 3 + random.Next(4);
            for (var s = 0; s < sentences; s++)
            {
                text.Append(Pick(random, Names)).Append(" and ").Append(Pick(random, Names)).Append(' ')
                    .Append(Pick(random, Verbs)).Append(' ').Append(Pick(random, Adjectives)).Append(' ')
                    .Append(Pick(random, Nouns)).Append(" on ").Append(Pick(random, Nouns));
                if (random.NextDouble() < 0.5)
                {
                    text.Append(' ').Append(Pick(random, Quantities));
                }

                if (random.NextDouble() < 0.6)
                {
                    text.Append(" near ").Append(Filler(random));
                }

                if (random.NextDouble() < 0.3)
                {
                    text.Append(", but ").Append(Pick(random, Names)).Append(' ').Append(Pick(random, Verbs)).Append(" the ").Append(Pick(random, Nouns));
                }

                text.Append(". ");
            }

            story.Add(text.ToString());
        }

        return story;
    }

    private static string Pick(Random random, string[] words) => words[random.Next(words.Length)];

    private static string Filler(Random random)
    {
        const string consonants = "bdfgklmnprstvz";
        const string vowels = "aeiou";
        var word = new StringBuilder();
        for (var k = 0; k < 3; k++)
        {
            word.Append(consonants[random.Next(consonants.Length)]).Append(vowels[random.Next(vowels.Length)]);
        }

        return word.Append("th").ToString();
    }

    private static List<string> Render(StoryDossier dossier) =>
    [
        .. dossier.Claims.Select(c => string.Join(" | ", [c.Id, c.Text, .. c.Positions.Select(p => $"{p.Article} {p.Stance} {p.Span} {p.Confidence.ToString("R", CultureInfo.InvariantCulture)} {p.AssertedBy}")])),
        "disagreements: " + string.Join(",", dossier.Disagreements),
    ];
}
