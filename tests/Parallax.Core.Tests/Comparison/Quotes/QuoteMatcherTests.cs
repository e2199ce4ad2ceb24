using Parallax.Comparison.Quotes;

namespace Parallax.Core.Tests.Comparison.Quotes;

public class QuoteMatcherTests
{
    private static readonly string[] Vocabulary =
        ["the", "a", "is", "we", "not", "deal", "moscow", "time", "talks", "border", "peace", "next", "see", "war", "trade", "never"];

    private static readonly string?[] Speakers = [null, "e1", "e2", "e3"];

    /// <summary>Random quotes over a small vocabulary: repeated, edited and fresh wordings, some very short, by a few speakers or none.</summary>
    private static (List<List<string>> Flats, List<string?> Speakers) RandomQuotes(int seed, int count)
    {
        var random = new Random(seed);
        var flats = new List<List<string>>();
        var speakers = new List<string?>();
        for (var q = 0; q < count; q++)
        {
            List<string> flat;
            var pick = random.NextDouble();
            if (flats.Count > 0 && pick < 0.3)
            {
                flat = [.. flats[random.Next(flats.Count)]];
            }
            else if (flats.Count > 0 && pick < 0.6)
            {
                flat = [.. flats[random.Next(flats.Count)]];
                for (var edits = 1 + random.Next(3); edits > 0; edits--)
                {
                    var at = random.Next(flat.Count + 1);
                    switch (random.Next(3))
                    {
                        case 0 when at < flat.Count:
                            flat.RemoveAt(at);
                            break;
                        case 1 when at < flat.Count:
                            flat[at] = Vocabulary[random.Next(Vocabulary.Length)];
                            break;
                        default:
                            flat.Insert(at, Vocabulary[random.Next(Vocabulary.Length)]);
                            break;
                    }
                }
            }
            else
            {
                var length = random.Next(10) < 3 ? random.Next(4) : 3 + random.Next(random.Next(10) == 0 ? 150 : 14);
                flat = [.. Enumerable.Range(0, length).Select(_ => Vocabulary[random.Next(Vocabulary.Length)])];
            }

            flats.Add(flat);
            speakers.Add(Speakers[random.Next(Speakers.Length)]);
        }

        return (flats, speakers);
    }

    [Theory]
    [InlineData(1, 40)]
    [InlineData(2, 80)]
    [InlineData(3, 120)]
    public void Groups_are_those_of_comparing_every_pair(int seed, int count)
    {
        for (var run = 0; run < 30; run++)
        {
            var (flats, speakers) = RandomQuotes((seed * 1000) + run, count);
            var expected = ExhaustiveQuoteGrouping.Group(flats, speakers);
            var actual = new QuoteMatcher(flats).Group(speakers, CancellationToken.None);
            Assert.Equal(expected, actual);
        }
    }

    [Theory]
    [InlineData(4)]
    [InlineData(5)]
    public void Matching_texts_are_those_of_comparing_every_pair(int seed)
    {
        var conditions = new HashSet<SpeakerCondition>();
        for (var run = 0; run < 20; run++)
        {
            var (flats, _) = RandomQuotes((seed * 1000) + run, 100);
            var matcher = new QuoteMatcher(flats);
            var first = new Dictionary<int, int>();
            for (var q = 0; q < flats.Count; q++)
            {
                first.TryAdd(matcher.TextOf(q), q);
            }

            var expected = new HashSet<(int, int, SpeakerCondition)>();
            var texts = first.OrderBy(static t => t.Key).ToList();
            for (var i = 0; i < texts.Count; i++)
            {
                for (var j = i + 1; j < texts.Count; j++)
                {
                    var (a, b) = (flats[texts[i].Value], flats[texts[j].Value]);
                    var (ca, cb) = (QuoteWords.Content(a), QuoteWords.Content(b));
                    if (!ca.Overlaps(cb))
                    {
                        continue;
                    }

                    var condition = ExhaustiveQuoteGrouping.SameUtterance(a, ca, "e1", b, cb, "e2") ? SpeakerCondition.Always
                        : ExhaustiveQuoteGrouping.SameUtterance(a, ca, null, b, cb, null) ? SpeakerCondition.UnlessSpeakersDiffer
                        : SpeakerCondition.Never;
                    if (condition != SpeakerCondition.Never)
                    {
                        expected.Add((texts[i].Key, texts[j].Key, condition));
                    }
                }
            }

            var actual = matcher.MatchingTexts(CancellationToken.None);
            Assert.Equal(actual.Count, actual.Distinct().Count());
            Assert.Equal(expected.OrderBy(static p => p), actual.OrderBy(static p => p));
            conditions.UnionWith(expected.Select(static p => p.Item3));
        }

        Assert.Equal([SpeakerCondition.UnlessSpeakersDiffer, SpeakerCondition.Always], conditions.Order());
    }

    [Fact]
    public void The_same_words_match_by_length_content_and_speaker()
    {
        List<List<string>> flats =
        [
            ["constructive"], ["constructive"], ["constructive"],        // one content word: the same known speaker only
            ["it", "is", "what", "it", "is"], ["it", "is", "what", "it", "is"], // no content word: never compared
            ["peace", "talks", "now"], ["peace", "talks", "now"], ["peace", "talks", "now"], // three words: unless speakers differ
            ["see", "you", "next", "time", "moscow"], ["see", "you", "next", "time", "moscow"], // longer: always
        ];
        string?[] speakers = ["e1", "e2", "e1", "e1", "e1", "e1", "e2", null, "e1", "e2"];
        var groups = new QuoteMatcher(flats).Group(speakers, CancellationToken.None);
        Assert.Equal([0, 1, 0, 3, 4, 5, 5, 5, 8, 8], groups);
        Assert.Equal(groups, ExhaustiveQuoteGrouping.Group(flats, speakers));
    }

    [Fact]
    public void Cancellation_is_observed()
    {
        var (flats, speakers) = RandomQuotes(9, 3000);
        using var source = new CancellationTokenSource();
        source.Cancel();
        Assert.Throws<OperationCanceledException>(() => new QuoteMatcher(flats).Group(speakers, source.Token));
    }
}
