using System.Collections.Immutable;
using Parallax.Dossier;
using Parallax.Language.Entities;
using Parallax.Language.Quotes;
using Parallax.Model;

namespace Parallax.Reports.Tests.Fixtures;

/// <summary>
/// A realistic, hand-built dossier of four invented articles on one summit, with every section filled: entities
/// (with a merged misspelling and a possible match), quotes and quote groups (verbatim, minor, altered), claims with
/// agreement, contradiction and single-outlet points, a timeline with a period and an undated entry, and framing.
/// Every span is found in the article text, so highlights land on real characters.
/// </summary>
internal static class SummitDossier
{
    public const string Wire = """
        Trump and Putin meet in Anchorage, leave without Ukraine deal
        President Donald Trump and Russian President Vladimir Putin met in Anchorage on Friday for nearly three hours.
        The summit produced no agreement on a ceasefire in Ukraine, officials from both sides said.
        "There's no deal until there's a deal," Trump told reporters after the talks.
        Putin called the talks "constructive and useful" and said the "root causes" of the conflict had to be addressed.
        Special envoy Steve Witkoff, who visited Moscow last week, joined the meeting alongside Secretary of State Marco Rubio.
        Sergey Lavrov arrived in a sweater printed with the letters USSR, photographs showed.
        """;

    public const string Herald = """
        A red carpet for a war criminal
        Vladimir Putin was welcomed on a red carpet at Joint Base Elmendorf-Richardson on Friday, a propaganda gift to the Kremlin.
        The summit produced no agreement on Ukraine, and Russia made no concession of any kind.
        Trump insisted: "There is no deal until there is a deal."
        Putin's regime has turned the war into a meat grinder while the Kremlin talks about peace.
        Witkoff, the special envoy, had promised progress after his trip to Moscow last week.
        """;

    public const string Voice = """
        Historic Alaska meeting lays foundation for peace
        The meeting between President Putin and President Trump in Anchorage on August 15 laid the foundations for an agreement on Ukraine.
        "There is no deal until there's an agreement," Trump said, according to the Russian side.
        Putin said the talks were "very constructive and useful" for both countries.
        Russia showed flexibility and made important concessions to advance the peace process.
        Foreign Minister Sergei Lavrov said the Western media had distorted the atmosphere of the talks.
        Steve Whitcomb, Trump's special envoy, will travel to Moscow again soon.
        """;

    public const string Aggregator = """
        What we know about the Trump-Putin summit
        Donald Trump and Vladimir Putin met in Anchorage, Alaska, on August 15.
        European leaders were not invited to the talks, which focused on the war in Ukraine.
        Some analysts say the summit produced no agreement, while Moscow insists the meeting laid foundations for peace.
        Next month, Trump is expected to host Ukrainian President Volodymyr Zelensky in Washington.
        """;

    public static StoryDossier Create()
    {
        var articles = ImmutableArray.Create(
            Article("a1", "samples/wire.txt", Wire, "Wire Daily", "Jane Reporter", new DateOnly(2025, 8, 16), "https://wire.example/summit"),
            Article("a2", "samples/herald.html", Herald, "Northern Herald", "Opinion desk", new DateOnly(2025, 8, 16), "https://herald.example/red-carpet"),
            Article("a3", "samples/voice.txt", Voice, "Eastern Voice", null, new DateOnly(2025, 8, 17), null),
            Article("a4", "samples/aggregator.txt", Aggregator, "Aggregator Now", null, new DateOnly(2025, 8, 15), "https://news.example/what-we-know"));
        var texts = articles.ToDictionary(a => a.Id, a => a.Article.Text, StringComparer.Ordinal);

        var entities = ImmutableArray.Create(
            Entity(texts, "e1", "Donald Trump", EntityType.Person, ["Trump", "President Trump"], "Donald Trump", "Trump"),
            Entity(texts, "e2", "Vladimir Putin", EntityType.Person, ["Putin", "President Putin"], "Vladimir Putin", "Putin"),
            Entity(texts, "e3", "Steve Witkoff", EntityType.Person, ["Witkoff", "Steve Whitcomb"], "Steve Witkoff", "Witkoff", "Steve Whitcomb") with
            {
                Merges = [new EntityMerge("Steve Whitcomb", "same role: Trump's special envoy; edit distance 3 from Witkoff"), new EntityMerge("Witkoff", "surname of Steve Witkoff")],
            },
            Entity(texts, "e4", "the Kremlin", EntityType.Organization, ["Kremlin", "Moscow"], "Kremlin"),
            Entity(texts, "e5", "Sergey Lavrov", EntityType.Person, [], "Sergey Lavrov"),
            Entity(texts, "e6", "Sergei Lavrov", EntityType.Person, [], "Sergei Lavrov"),
            Entity(texts, "e7", "Anchorage", EntityType.Place, [], "Anchorage"),
            Entity(texts, "e8", "Marco Rubio", EntityType.Person, [], "Marco Rubio"),
            Entity(texts, "e9", "Volodymyr Zelensky", EntityType.Person, [], "Volodymyr Zelensky"),
            Entity(texts, "e10", "Joint Base Elmendorf-Richardson", EntityType.Place, [], "Joint Base Elmendorf-Richardson"));

        var quotes = ImmutableArray.Create(
            Quote(texts, "q1", "a1", "There's no deal until there's a deal", QuoteKind.Direct, "e1", "Trump", "g1"),
            Quote(texts, "q2", "a1", "constructive and useful", QuoteKind.Partial, "e2", "Putin", "g2"),
            Quote(texts, "q3", "a1", "root causes", QuoteKind.Partial, "e2", "Putin", null),
            Quote(texts, "q4", "a2", "There is no deal until there is a deal.", QuoteKind.Direct, "e1", "Trump", "g1"),
            Quote(texts, "q5", "a3", "There is no deal until there's an agreement,", QuoteKind.Direct, "e1", "Trump", "g1"),
            Quote(texts, "q6", "a3", "very constructive and useful", QuoteKind.Partial, "e2", "Putin", "g2"),
            Quote(texts, "q7", "a3", "the Western media had distorted the atmosphere of the talks", QuoteKind.Reported, "e6", "Foreign Minister Sergei Lavrov", null));

        var groups = ImmutableArray.Create(
            new QuoteGroup("g1", "e1", ["q1", "q4", "q5"], QuoteFidelity.Altered)
            {
                Variants =
                [
                    new QuoteVariant("q4", QuoteFidelity.Minor, [Same("There"), Del("'s"), Ins("is"), Same("no deal until there"), Del("'s"), Ins("is"), Same("a deal")]),
                    new QuoteVariant("q5", QuoteFidelity.Altered, [Same("There"), Del("'s"), Ins("is"), Same("no deal until there's"), Del("a deal"), Ins("an agreement")]),
                ],
            },
            new QuoteGroup("g2", "e2", ["q2", "q6"], QuoteFidelity.Altered)
            {
                Variants = [new QuoteVariant("q6", QuoteFidelity.Altered, [Ins("very"), Same("constructive and useful")])],
            });

        var claims = ImmutableArray.Create(
            Claim(texts, "c1", "Trump and Putin met in Anchorage",
                ("a1", Stance.Supports, "President Donald Trump and Russian President Vladimir Putin met in Anchorage on Friday for nearly three hours."),
                ("a2", Stance.Supports, "Vladimir Putin was welcomed on a red carpet at Joint Base Elmendorf-Richardson on Friday, a propaganda gift to the Kremlin."),
                ("a3", Stance.Supports, "The meeting between President Putin and President Trump in Anchorage on August 15 laid the foundations for an agreement on Ukraine."),
                ("a4", Stance.Supports, "Donald Trump and Vladimir Putin met in Anchorage, Alaska, on August 15.")),
            Claim(texts, "c2", "The summit produced no agreement on Ukraine",
                ("a1", Stance.Supports, "The summit produced no agreement on a ceasefire in Ukraine, officials from both sides said."),
                ("a2", Stance.Supports, "The summit produced no agreement on Ukraine, and Russia made no concession of any kind."),
                ("a3", Stance.Contradicts, "The meeting between President Putin and President Trump in Anchorage on August 15 laid the foundations for an agreement on Ukraine."),
                ("a4", Stance.Discusses, "Some analysts say the summit produced no agreement, while Moscow insists the meeting laid foundations for peace.")),
            Claim(texts, "c3", "Russia made concessions on Ukraine",
                ("a2", Stance.Contradicts, "The summit produced no agreement on Ukraine, and Russia made no concession of any kind."),
                ("a3", Stance.Supports, "Russia showed flexibility and made important concessions to advance the peace process.")),
            Claim(texts, "c4", "Putin was welcomed on a red carpet",
                ("a2", Stance.Supports, "Vladimir Putin was welcomed on a red carpet at Joint Base Elmendorf-Richardson on Friday, a propaganda gift to the Kremlin.")),
            Claim(texts, "c5", "European leaders were not invited",
                ("a4", Stance.Supports, "European leaders were not invited to the talks, which focused on the war in Ukraine.")),
            Claim(texts, "c6", "Witkoff visited Moscow shortly before the summit",
                ("a1", Stance.Supports, "Special envoy Steve Witkoff, who visited Moscow last week, joined the meeting alongside Secretary of State Marco Rubio."),
                ("a2", Stance.Supports, "Witkoff, the special envoy, had promised progress after his trip to Moscow last week.")));

        var timeline = ImmutableArray.Create(
            Dated(texts, "a1", "last week", new DateOnly(2025, 8, 4), "who visited Moscow last week", "t2") with { DateEnd = new DateOnly(2025, 8, 10) },
            Dated(texts, "a2", "last week", new DateOnly(2025, 8, 4), "had promised progress after his trip to Moscow last week", "t2") with { DateEnd = new DateOnly(2025, 8, 10) },
            Dated(texts, "a1", "on Friday", new DateOnly(2025, 8, 15), "met in Anchorage on Friday for nearly three hours", "t1"),
            Dated(texts, "a2", "on Friday", new DateOnly(2025, 8, 15), "was welcomed on a red carpet at Joint Base Elmendorf-Richardson on Friday", "t1"),
            Dated(texts, "a3", "on August 15", new DateOnly(2025, 8, 15), "The meeting between President Putin and President Trump in Anchorage on August 15", "t1"),
            Dated(texts, "a4", "on August 15", new DateOnly(2025, 8, 15), "met in Anchorage, Alaska, on August 15", "t1"),
            Dated(texts, "a4", "Next month", new DateOnly(2025, 9, 1), "Trump is expected to host Ukrainian President Volodymyr Zelensky in Washington", "t3") with { DateEnd = new DateOnly(2025, 9, 30) },
            Dated(texts, "a3", "soon", null, "will travel to Moscow again soon", null));

        var outlets = ImmutableArray.Create(
            new OutletFraming("a1", Tones(("e1", 0.05), ("e2", -0.05), ("e3", 0.1)), []),
            new OutletFraming("a2", Tones(("e1", -0.35), ("e2", -0.9), ("e4", -0.8), ("e3", -0.2)), ["war criminal", "propaganda gift", "meat grinder", "regime"]),
            new OutletFraming("a3", Tones(("e1", 0.4), ("e2", 0.75), ("e4", 0.5)), ["historic", "distorted"]),
            new OutletFraming("a4", Tones(("e1", 0.0), ("e2", -0.1)), []));

        return new StoryDossier(articles, [new DuplicateNote("samples/wire-copy.txt", "a1", Parallax.Comparison.Duplicates.DuplicateKind.Near, 0.93)])
        {
            Entities = entities,
            PossibleMatches = [new PossibleMatch("e5", "e6", "names one letter apart (Sergey/Sergei); the same role ‘Foreign Minister’ is stated in one article only")],
            Quotes = quotes,
            QuoteGroups = groups,
            Claims = claims,
            Disagreements = ["c2", "c3"],
            Timeline = timeline,
            Outlets = outlets,
        };
    }

    /// <summary>The span of the first occurrence of <paramref name="words"/> in <paramref name="text"/>; throws when absent (a fixture bug).</summary>
    public static TextSpan Find(string text, string words)
    {
        var start = text.IndexOf(words, StringComparison.Ordinal);
        if (start < 0)
        {
            throw new InvalidOperationException($"Fixture text lacks '{words}'.");
        }

        return new TextSpan(start, start + words.Length);
    }

    private static DossierArticle Article(string id, string source, string raw, string outlet, string? author, DateOnly published, string? url)
    {
        var lines = raw.Split('\n');
        var text = string.Join('\n', lines.Skip(1));
        var meta = new ArticleMetadata { Title = lines[0], Outlet = outlet, Author = author, Published = published, Language = "en", Url = url };
        return new DossierArticle(id, new Article(source, text, meta));
    }

    private static DossierEntity Entity(Dictionary<string, string> texts, string id, string name, EntityType type, string[] aliases, params string[] spellings)
    {
        var mentions = ImmutableArray.CreateBuilder<ArticleSpan>();
        foreach (var (article, text) in texts.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var taken = new List<TextSpan>();
            foreach (var spelling in spellings.OrderByDescending(s => s.Length))
            {
                for (var at = text.IndexOf(spelling, StringComparison.Ordinal); at >= 0; at = text.IndexOf(spelling, at + spelling.Length, StringComparison.Ordinal))
                {
                    var span = new TextSpan(at, at + spelling.Length);
                    var endsWord = span.End == text.Length || !char.IsLetter(text[span.End]);
                    if (endsWord && !taken.Exists(t => t.Overlaps(span)))
                    {
                        taken.Add(span);
                    }
                }
            }

            taken.Sort((x, y) => x.Start.CompareTo(y.Start));
            mentions.AddRange(taken.Select(s => new ArticleSpan(article, s)));
        }

        return new DossierEntity(id, name, type, [.. aliases], mentions.ToImmutable(), []);
    }

    private static DossierQuote Quote(Dictionary<string, string> texts, string id, string article, string words, QuoteKind kind, string speaker, string speakerText, string? group)
    {
        var text = texts[article];
        var span = Find(text, words);
        var speakerAt = text.LastIndexOf(speakerText, span.Start, StringComparison.Ordinal);
        if (speakerAt < 0)
        {
            speakerAt = text.IndexOf(speakerText, span.End, StringComparison.Ordinal);
        }

        return new DossierQuote(id, article, span, words, kind, speaker, speakerText, group)
        {
            SpeakerSpan = speakerAt < 0 ? null : new TextSpan(speakerAt, speakerAt + speakerText.Length),
        };
    }

    private static DossierClaim Claim(Dictionary<string, string> texts, string id, string wording, params (string Article, Stance Stance, string Sentence)[] positions) =>
        new(id, wording, [.. positions.Select(p => new ClaimPosition(p.Article, p.Stance, Find(texts[p.Article], p.Sentence)))]);

    private static TimelineEntry Dated(Dictionary<string, string> texts, string article, string expression, DateOnly? date, string clause, string? eventId)
    {
        var text = texts[article];
        var eventSpan = Find(text, clause);
        var at = text.IndexOf(expression, eventSpan.Start, StringComparison.Ordinal);
        var span = at >= 0 ? new TextSpan(at, at + expression.Length) : Find(text, expression);
        return new TimelineEntry(article, span, expression, date, clause) { EventSpan = eventSpan, EventId = eventId };
    }

    private static ImmutableDictionary<string, double> Tones(params (string Entity, double Tone)[] tones) =>
        tones.ToImmutableDictionary(t => t.Entity, t => t.Tone, StringComparer.Ordinal);

    private static DiffPiece Same(string text) => new(DiffOperation.Same, text);

    private static DiffPiece Ins(string text) => new(DiffOperation.Inserted, text);

    private static DiffPiece Del(string text) => new(DiffOperation.Deleted, text);
}
