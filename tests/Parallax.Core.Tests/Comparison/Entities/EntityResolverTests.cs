using Parallax.Comparison.Entities;
using Parallax.Language.Entities;

namespace Parallax.Core.Tests.Comparison.Entities;

/// <summary>The behaviours of cross-article resolution, on invented names (no sample names special-cased).</summary>
public class EntityResolverTests
{
    private static EntityCandidate Person(string article, string name, params string[] roles) =>
        new(article, EntityType.Person, name) { Roles = [.. roles], Spellings = [name] };

    private static EntityCandidate Place(string article, string name) => new(article, EntityType.Place, name) { Spellings = [name] };

    private static EntityCandidate Org(string article, string name) => new(article, EntityType.Organization, name) { Spellings = [name] };

    /// <summary>Filler entities that articles about one story share (the context).</summary>
    private static IEnumerable<EntityCandidate> Context(string article, params string[] names) =>
        names.Select(n => n.Contains(' ', StringComparison.Ordinal) ? Person(article, n) : Place(article, n));

    private static EntityResolution Resolve(params IEnumerable<EntityCandidate>[] parts) =>
        EntityResolver.Default.Resolve([.. parts.SelectMany(p => p)]);

    private static ResolvedEntity EntityOf(EntityResolution r, List<EntityCandidate> all, string article, string name)
    {
        var index = all.FindIndex(c => c.Article == article && c.Name == name);
        return r.Entities.Single(e => e.Members.Contains(index));
    }

    [Fact]
    public void Partial_names_and_transliterations_join_their_person()
    {
        List<EntityCandidate> all =
        [
            Person("a1", "Oleksandr Hrytsenkov", "Foreign Minister"),
            Person("a2", "Aleksandr Hritsenkov", "Foreign Minister"),
            Person("a3", "Hrytsenkov"),
            Person("a4", "Oleksandr Hrytsenkoff"),
        ];
        var r = EntityResolver.Default.Resolve(all);
        var entity = Assert.Single(r.Entities);
        Assert.Equal("Oleksandr Hrytsenkov", entity.Name);
        Assert.Contains(entity.Merges, m => m.Alias == "Hrytsenkov" && m.Evidence.Contains("partial name", StringComparison.Ordinal));
        Assert.Contains(entity.Merges, m => m.Alias == "Oleksandr Hrytsenkoff" && m.Evidence.Contains("transliteration", StringComparison.Ordinal));
    }

    [Fact]
    public void A_machine_translated_surname_needs_a_shared_role_and_context()
    {
        var shared = new[] { "Marlow Vance", "Brenna Oakes", "Tolvik" };
        List<EntityCandidate> all =
        [
            Person("a1", "Dale Pemberton", "retired general", "special envoy"), .. Context("a1", shared),
            Person("a2", "Dale Pembington", "retired general"), .. Context("a2", shared),
        ];
        var r = EntityResolver.Default.Resolve(all);
        var entity = EntityOf(r, all, "a2", "Dale Pembington");
        Assert.Equal(entity, EntityOf(r, all, "a1", "Dale Pemberton"));
        var merge = Assert.Single(entity.Merges);
        Assert.Contains("same role", merge.Evidence, StringComparison.Ordinal);
        Assert.Contains("shared context", merge.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_misspelling_without_role_or_context_stays_apart()
    {
        List<EntityCandidate> all = [Person("a1", "Dale Pemberton", "retired general"), Person("a2", "Dale Pembington", "football coach")];
        var r = EntityResolver.Default.Resolve(all);
        Assert.Equal(2, r.Entities.Length);
    }

    [Fact]
    public void A_surname_alone_misspelled_by_translation_joins_on_role_and_context()
    {
        var shared = new[] { "Marlow Vance", "Brenna Oakes", "Tolvik" };
        List<EntityCandidate> all =
        [
            Person("a1", "Kit Kellandi", "retired Army general"), .. Context("a1", shared),
            Person("a2", "Keith Kellandy", "retired general"), .. Context("a2", shared),
        ];
        var r = EntityResolver.Default.Resolve(all);
        Assert.Equal(EntityOf(r, all, "a1", "Kit Kellandi"), EntityOf(r, all, "a2", "Keith Kellandy"));
    }

    [Fact]
    public void Same_given_name_different_surname_is_two_people()
    {
        List<EntityCandidate> all = [Person("a1", "Ronald Brask", "president"), Person("a2", "Ronald Brusk", "prime minister"), Person("a3", "Ronald Brask")];
        var r = EntityResolver.Default.Resolve(all);
        Assert.NotEqual(EntityOf(r, all, "a1", "Ronald Brask"), EntityOf(r, all, "a2", "Ronald Brusk"));
        Assert.Equal(EntityOf(r, all, "a1", "Ronald Brask"), EntityOf(r, all, "a3", "Ronald Brask"));
    }

    [Fact]
    public void Relatives_sharing_a_surname_stay_apart_and_an_ambiguous_surname_is_only_a_possible_match()
    {
        List<EntityCandidate> all = [Person("a1", "Jonah Velmont"), Person("a2", "Harold Velmont"), Person("a3", "Velmont")];
        var r = EntityResolver.Default.Resolve(all);
        Assert.Equal(3, r.Entities.Length);
        Assert.NotEmpty(r.PossibleMatches);
        Assert.All(r.PossibleMatches, p => Assert.Contains("more than one", p.Evidence, StringComparison.Ordinal));
    }

    [Fact]
    public void One_letter_apart_with_different_roles_is_a_possible_match_not_a_merge()
    {
        List<EntityCandidate> all = [Person("a1", "Gorvanov", "foreign minister"), Person("a2", "Gervanov", "hockey player")];
        var r = EntityResolver.Default.Resolve(all);
        Assert.Equal(2, r.Entities.Length);
        var match = Assert.Single(r.PossibleMatches);
        Assert.Contains("roles differ", match.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void One_letter_apart_with_the_same_role_merges()
    {
        List<EntityCandidate> all = [Person("a1", "Gorvanov", "Foreign Minister"), Person("a2", "Gervanov", "foreign minister")];
        Assert.Single(EntityResolver.Default.Resolve(all).Entities);
    }

    [Fact]
    public void Honorifics_and_titles_are_not_part_of_the_name()
    {
        List<EntityCandidate> all = [Person("a1", "Gen. Mara Quillon"), Person("a2", "Mara Quillon"), Person("a3", "Ms. Quillon")];
        Assert.Single(EntityResolver.Default.Resolve(all).Entities);
    }

    [Fact]
    public void Canonical_name_is_the_spelling_most_articles_use()
    {
        List<EntityCandidate> all = [Person("a1", "Ivo Zarenskyy"), Person("a2", "Ivo Zarensky"), Person("a3", "Ivo Zarenskyy"), Person("a4", "Zarenskiy")];
        var entity = Assert.Single(EntityResolver.Default.Resolve(all).Entities);
        Assert.Equal("Ivo Zarenskyy", entity.Name);
        Assert.Equal(["Ivo Zarensky", "Zarenskiy"], entity.Aliases.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Types_must_agree_and_acronyms_join_their_names()
    {
        List<EntityCandidate> all =
        [
            Org("a1", "Northern Fishery Council"), Org("a2", "NFC"), Person("a3", "Jordan Pell"), Place("a4", "Jordan"),
            Place("a5", "Eastern Valdoria"), Place("a6", "Valdoria"),
        ];
        var r = EntityResolver.Default.Resolve(all);
        Assert.Equal(EntityOf(r, all, "a1", "Northern Fishery Council"), EntityOf(r, all, "a2", "NFC"));
        Assert.NotEqual(EntityOf(r, all, "a3", "Jordan Pell"), EntityOf(r, all, "a4", "Jordan"));
        Assert.NotEqual(EntityOf(r, all, "a5", "Eastern Valdoria"), EntityOf(r, all, "a6", "Valdoria"));
    }

    [Fact]
    public void Two_people_of_one_article_are_never_merged()
    {
        List<EntityCandidate> all = [Person("a1", "Petr Olund"), Person("a1", "Pavel Olund"), Person("a2", "Olund")];
        var r = EntityResolver.Default.Resolve(all);
        Assert.NotEqual(EntityOf(r, all, "a1", "Petr Olund"), EntityOf(r, all, "a1", "Pavel Olund"));
    }

    [Fact]
    public void Many_candidates_resolve_without_comparing_all_pairs()
    {
        var all = new List<EntityCandidate>();
        for (var i = 0; i < 4000; i++)
        {
            all.Add(Person("a" + (i % 50), $"Given{i % 7} Name{i}"));
        }

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var r = EntityResolver.Default.Resolve(all);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(120), clock.Elapsed.ToString());
        Assert.True(r.Entities.Length > 100);
    }

    [Fact]
    public void Odd_input_does_not_throw()
    {
        List<EntityCandidate> all = [Person("a1", ""), Person("a2", "'s"), Org("a3", "—"), Place("a4", new string('x', 5000)), Person("a5", "Mr.")];
        Assert.Equal(5, EntityResolver.Default.Resolve(all).Entities.Length);
    }
}
