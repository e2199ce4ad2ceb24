using Parallax.Dossier;
using Parallax.Language.Entities;
using Parallax.Model;
using Parallax.Readers;

namespace Parallax.Cli.Tests.Samples;

/// <summary>The dossier of samples/alaska-summit: one identity per person across outlets, and the quotes grouped by utterance.</summary>
public class AlaskaSummitDossierTests
{
    private static readonly Lazy<StoryDossier> Dossier = new(Build);

    private static StoryDossier Build()
    {
        var articles = new List<Article>();
        var reader = new ArticleReader();
        foreach (var file in Directory.GetFiles(RepoPaths.Samples, "*.txt").Order(StringComparer.Ordinal))
        {
            var result = reader.ReadAllAsync([file]).ToBlockingEnumerable().Single();
            articles.AddRange(result.Articles);
        }

        return DossierDefaults.CreateBuilder().Build(articles);
    }

    private static DossierEntity PersonNamed(string spelling) =>
        Dossier.Value.Entities.Single(e => e.Type == EntityType.Person && (e.Name == spelling || e.Aliases.Contains(spelling)));

    private static string Text(ArticleSpan span) => Dossier.Value.Article(span.Article)!.Article.Text[span.Span.Start..span.Span.End];

    [Theory]
    [InlineData("Steve Witkoff", "Steve Whitcomb")]
    [InlineData("Steve Witkoff", "Whitcomb")]
    [InlineData("Sergey Lavrov", "Sergei Lavrov")]
    [InlineData("Sergey Lavrov", "Lavrov")]
    [InlineData("Volodymyr Zelenskyy", "Volodymyr Zelensky")]
    [InlineData("Volodymyr Zelenskyy", "Zelensky")]
    [InlineData("Volodymyr Zelenskyy", "Zelenskyy")]
    [InlineData("Donald Trump", "Trump")]
    [InlineData("Vladimir Putin", "Putin")]
    [InlineData("Rustem Umarov", "Umarov")]
    [InlineData("Yuri Ushakov", "Ushakov")]
    public void Every_spelling_joins_its_person_with_evidence(string person, string spelling)
    {
        var entity = PersonNamed(person);
        Assert.Same(entity, PersonNamed(spelling));
        if (entity.Name != spelling)
        {
            var merge = Assert.Single(entity.Merges, m => m.Alias == spelling);
            Assert.False(string.IsNullOrWhiteSpace(merge.Evidence));
        }
    }

    [Fact]
    public void The_machine_translated_name_is_merged_on_role_and_context()
    {
        var witkoff = PersonNamed("Steve Witkoff");
        Assert.Equal("Steve Witkoff", witkoff.Name); // two outlets of three spell it so
        var evidence = Assert.Single(witkoff.Merges, m => m.Alias == "Steve Whitcomb").Evidence;
        Assert.Contains("same role", evidence, StringComparison.Ordinal);
        Assert.Contains("shared context", evidence, StringComparison.Ordinal);
        Assert.True(witkoff.Mentions.Select(m => m.Article).Distinct().Count() >= 3);
    }

    [Fact]
    public void Transliterated_names_span_the_outlets()
    {
        Assert.Equal(4, PersonNamed("Zelensky").Mentions.Select(m => m.Article).Distinct().Count());
        Assert.Equal(5, PersonNamed("Putin").Mentions.Select(m => m.Article).Distinct().Count());
        Assert.Contains("transliteration", Assert.Single(PersonNamed("Sergey Lavrov").Merges, m => m.Alias.StartsWith("Serge", StringComparison.Ordinal)).Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void No_two_different_people_are_merged()
    {
        string[] people =
        [
            "Donald Trump", "Vladimir Putin", "Steve Witkoff", "Jared Kushner", "Sergey Lavrov", "Marco Rubio", "Yuri Ushakov",
            "Kirill Dmitriev", "Dmitry Peskov", "Volodymyr Zelenskyy", "Rustem Umarov", "Kit Kellegi", "Roman Abramovich",
            "Maria Zakharova", "Su Xiaohui", "Cui Zheng", "Alexandra Prokopenko", "Andrei Kozyrev", "Janis Kluge", "Pavel Zarubin",
        ];
        var entities = people.Select(PersonNamed).ToList();
        Assert.Equal(people.Length, entities.Distinct().Count());
    }

    [Fact]
    public void Mentions_point_at_the_names_and_ids_follow_first_mention()
    {
        var dossier = Dossier.Value;
        Assert.Equal(dossier.Entities.Select((e, i) => "e" + (i + 1)), dossier.Entities.Select(e => e.Id));
        foreach (var entity in dossier.Entities)
        {
            Assert.All(entity.Mentions, m => Assert.True(
                Text(m) == entity.Name || entity.Aliases.Contains(Text(m)) || Text(m).StartsWith("the ", StringComparison.OrdinalIgnoreCase),
                $"{entity.Name}: '{Text(m)}'"));
            Assert.Equal(entity.Aliases.Length, entity.Merges.Length);
        }
    }

    [Fact]
    public void The_same_utterance_is_one_group_across_outlets()
    {
        var dossier = Dossier.Value;
        var trump = PersonNamed("Donald Trump").Id;
        var deal = dossier.QuoteGroups.Single(g => g.Quotes.Any(q => Quote(q).Text.StartsWith("There’s no deal", StringComparison.Ordinal)));
        Assert.Equal(trump, deal.Speaker);
        Assert.False(deal.SpeakerDiffers);
        Assert.True(deal.Quotes.Select(q => Quote(q).Article).Distinct().Count() >= 2);
        Assert.Contains(deal.Variants, v => v.Fidelity == QuoteFidelity.Minor);
        Assert.All(deal.Quotes, q => Assert.Equal(deal.Id, Quote(q).Group));

        var moscow = dossier.QuoteGroups.Single(g => g.Quotes.Any(q => Quote(q).Text.StartsWith("Next time in Moscow", StringComparison.Ordinal)));
        Assert.Contains(moscow.Quotes, q => Quote(q).Text.Contains("See you in Moscow next time", StringComparison.Ordinal));
        Assert.Equal(QuoteFidelity.Altered, moscow.Fidelity);
        Assert.Equal(PersonNamed("Putin").Id, moscow.Speaker);
    }

    private static DossierQuote Quote(string id) => Dossier.Value.Quotes.Single(q => q.Id == id);
}
