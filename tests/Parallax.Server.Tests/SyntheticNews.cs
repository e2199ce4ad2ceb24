using System.Globalization;
using System.Text;

namespace Parallax.Server.Tests;

/// <summary>
/// Made-up news articles about a few unrelated topics, each sentence built from slots so that articles of one topic
/// share names and subject words but are never near-copies. Deterministic for a topic and a number.
/// </summary>
internal static class SyntheticNews
{
    private static readonly Topic[] Topics =
    [
        new("Harbor bridge collapse",
            ["Mayor Elena Vasquez", "engineer Tomas Brandt", "Governor Ruth Okafor", "inspector Liam Hartley"],
            ["Port Calder", "the Calder estuary", "the north pier"],
            ["the bridge collapse", "the steel girders", "the rescue divers", "the cargo barge", "the inspection reports"]),
        new("Vaccine trial results",
            ["Dr. Priya Raman", "regulator Hans Meier", "minister Aiko Tanaka", "virologist Omar Haddad"],
            ["Geneva", "the Lindqvist Institute", "the trial clinics"],
            ["the malaria vaccine", "the phase three trial", "the antibody levels", "the placebo group", "the dosing schedule"]),
        new("Orbital launch failure",
            ["flight director Nadia Petrova", "founder Marcus Albright", "commander Yusuf Demir", "analyst Grace Lindholm"],
            ["Kestrel Spaceport", "the Baikonur range", "the recovery zone"],
            ["the booster engines", "the satellite payload", "the telemetry data", "the launch window", "the upper stage"]),
        new("Chess championship upset",
            ["grandmaster Viktor Salo", "challenger Mei Ling Zhou", "arbiter Paulo Ferreira", "coach Ingrid Dahl"],
            ["Reykjavik", "the Hofsvallagata hall", "the press room"],
            ["the tiebreak games", "the Sicilian opening", "the rook endgame", "the prize fund", "the rating points"]),
    ];

    private static readonly string[] Days = ["on Monday", "on Tuesday", "late on Wednesday", "early on Thursday", "on Friday", "over the weekend"];

    private static readonly string[] Verbs =
        ["described", "questioned", "defended", "examined", "criticised", "praised", "reviewed", "explained", "disputed", "welcomed"];

    private static readonly string[] Templates =
    [
        "{name} {verb} {thing} in {place} {day}, according to a statement.",
        "Speaking in {place}, {name} said {thing} had been {verb} by at least {n} independent teams.",
        "{Name2} {verb} {thing2} {day} and warned that {thing} would take {n} weeks to assess.",
        "Records seen by reporters show {thing} was first flagged in {place} {n} months ago.",
        "\"We have {verb} {thing} carefully,\" {name} told journalists in {place}.",
        "Critics said {name} had {verb} {thing2} too slowly, a charge {name2} rejected {day}.",
        "A second review of {thing2} is due in {place} within {n} days, {name2} said.",
        "About {n} residents gathered outside {place} {day} as {thing} dominated the news.",
    ];

    public static int TopicCount => Topics.Length;

    /// <summary>The plain text (headline line, blank line, body) of article <paramref name="number"/> of topic <paramref name="topic"/>.</summary>
    public static string Article(int topic, int number, int sentences = 12)
    {
        var t = Topics[topic % Topics.Length];
        var random = new Random((topic * 100_003) + number);
        var text = new StringBuilder();
        text.Append(t.Headline).Append(": report ").Append(number.ToString(CultureInfo.InvariantCulture)).Append("\n\n");
        for (var i = 0; i < sentences; i++)
        {
            var template = Templates[random.Next(Templates.Length)];
            var sentence = template
                .Replace("{Name2}", Capitalise(Pick(t.Names, random)), StringComparison.Ordinal)
                .Replace("{name2}", Pick(t.Names, random), StringComparison.Ordinal)
                .Replace("{name}", Pick(t.Names, random), StringComparison.Ordinal)
                .Replace("{place}", Pick(t.Places, random), StringComparison.Ordinal)
                .Replace("{thing2}", Pick(t.Things, random), StringComparison.Ordinal)
                .Replace("{thing}", Pick(t.Things, random), StringComparison.Ordinal)
                .Replace("{verb}", Pick(Verbs, random), StringComparison.Ordinal)
                .Replace("{day}", Pick(Days, random), StringComparison.Ordinal)
                .Replace("{n}", random.Next(2, 400).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
            text.Append(Capitalise(sentence)).Append(i % 3 == 2 ? "\n\n" : " ");
        }

        return text.ToString().Trim();
    }

    private static string Pick(string[] items, Random random) => items[random.Next(items.Length)];

    private static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    private sealed record Topic(string Headline, string[] Names, string[] Places, string[] Things);
}
