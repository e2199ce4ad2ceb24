using System.Text;
using Parallax.Comparison.Entities;
using Parallax.Language.Entities;

namespace Parallax.Core.Tests.Comparison.Entities;

/// <summary>The grouped comparison (candidates of one name profile together) gives exactly the pair-by-pair reference's resolution.</summary>
public class EntityResolverGroupingTests
{
    private static readonly string[] People =
    [
        "Dale Pemberton", "Dale Pembington", "Pemberton", "D. Pemberton", "Marta Pemberton", "Oleksandr Hrytsenkov",
        "Aleksandr Hritsenkov", "Hrytsenkov", "Brenna Oakes", "Oakes", "Brenna Oaks", "Marlow Vance", "Vance", "Marlo Vanse",
    ];

    private static readonly string[] Others =
    [
        "Tolvik", "Republic of Tolvik", "Northern Alliance Council", "NAC", "Alliance Council", "Tolvik Tolvik",
        "Vesna Harbour", "Vesna", "Bank of Vesna", "Vesna Bank",
    ];

    private static readonly string[] Roles = ["retired general", "special envoy", "foreign minister", "businessman", "spokesman"];

    /// <summary>A story of many articles drawing on few names, so that blocks hold many candidates of one profile.</summary>
    private static List<EntityCandidate> Story(int articles, int seed)
    {
        var random = new Random(seed);
        var all = new List<EntityCandidate>();
        for (var a = 0; a < articles; a++)
        {
            var article = "a" + a.ToString(System.Globalization.CultureInfo.InvariantCulture);
            foreach (var name in People.Where(_ => random.NextDouble() < 0.4).Distinct())
            {
                var roles = random.NextDouble() < 0.5 ? new[] { Roles[random.Next(Roles.Length)] } : [];
                all.Add(new EntityCandidate(article, EntityType.Person, name) { Roles = [.. roles], Spellings = [name], MentionCount = 1 + random.Next(3) });
            }

            foreach (var name in Others.Where(_ => random.NextDouble() < 0.4))
            {
                var type = name.Contains("Bank", StringComparison.Ordinal) || name.Contains("Council", StringComparison.Ordinal) || name == "NAC"
                    ? EntityType.Organization
                    : random.NextDouble() < 0.8 ? EntityType.Place : EntityType.Other;
                all.Add(new EntityCandidate(article, type, name) { Spellings = [name] });
            }
        }

        return all;
    }

    private static string Describe(EntityResolution r)
    {
        var sb = new StringBuilder();
        foreach (var e in r.Entities)
        {
            sb.Append(e.Name).Append(" | ").Append(e.Type).Append(" | ").AppendJoin(',', e.Members).Append(" | ").AppendJoin(',', e.Aliases).AppendLine();
            foreach (var m in e.Merges)
            {
                sb.Append("  ").Append(m.Alias).Append(": ").Append(m.Evidence).AppendLine();
            }
        }

        foreach (var m in r.PossibleMatches)
        {
            sb.Append(m.First).Append(" ~ ").Append(m.Second).Append(": ").Append(m.Evidence).AppendLine();
        }

        return sb.ToString();
    }

    [Theory]
    [InlineData(400, 1)]
    [InlineData(400, 2)]
    [InlineData(12, 3)]
    [InlineData(5, 4)]
    public void Grouped_comparison_equals_the_pair_by_pair_reference(int maxBlockSize, int seed)
    {
        var story = Story(60, seed);
        var grouped = new EntityResolver(maxBlockSize).Resolve(story);
        var reference = new EntityResolver(maxBlockSize) { Ungrouped = true }.Resolve(story);
        Assert.Equal(Describe(reference), Describe(grouped));
        Assert.Contains(grouped.Entities, e => e.Members.Length > 3);
        Assert.NotEmpty(grouped.PossibleMatches);
    }

    [Fact]
    public void Pair_keys_spread_over_hashes()
    {
        var hashes = new HashSet<int>();
        for (long x = 0; x < 100; x++)
        {
            for (long y = 0; y < 100; y++)
            {
                hashes.Add(PairKeyComparer.Instance.GetHashCode((x << 32) | y));
            }
        }

        Assert.True(hashes.Count > 9_900, $"{hashes.Count} distinct hashes of 10000 pairs");
    }
}
