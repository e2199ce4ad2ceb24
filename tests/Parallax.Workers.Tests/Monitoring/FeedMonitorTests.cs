using System.Text.Json;
using Parallax.Readers;
using Parallax.Workers.Monitoring;

namespace Parallax.Workers.Tests.Monitoring;

public sealed class FeedMonitorTests : IDisposable
{
    private const string Quake1 = "A magnitude 7.1 earthquake struck eastern Turkey near the city of Van on Sunday, killing at least 200 people. Rescuers in Van and Ercis searched collapsed buildings through the night.";
    private const string Quake2 = "The death toll from the earthquake near Van in eastern Turkey rose to 366 as rescuers pulled survivors from the rubble in Ercis.";
    private const string Match = "Real Madrid beat Barcelona 3-1 at the Bernabeu on Saturday; Cristiano Ronaldo scored twice for Madrid in the league match.";

    private readonly string _dir = Path.Combine(Path.GetTempPath(), "parallax-monitor-" + Guid.NewGuid().ToString("N"));
    private readonly ManualTimeProvider _clock = new(new DateTimeOffset(2025, 8, 15, 12, 0, 0, TimeSpan.Zero));
    private readonly List<string> _items = ["/a/quake1.html"];
    private readonly HashSet<string> _brokenPages = [];
    private int _feedStatus = 200;

    public void Dispose()
    {
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }
    }

    private TestReply Handle(TestRequest request)
    {
        if (request.Path == "/feed.xml")
        {
            if (_feedStatus != 200)
            {
                return new TestReply(_feedStatus, "text/plain", "down", [("Retry-After", "1")]);
            }

            var etag = $"\"v{_items.Count}\"";
            if (request.Headers.TryGetValue("If-None-Match", out var sent) && sent == etag)
            {
                return new TestReply(304, null, string.Empty, [("ETag", etag)]);
            }

            var items = string.Concat(_items.Select(p => $"<item><title>{p}</title><link>{p}</link></item>"));
            return TestReply.Ok("application/rss+xml", $"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Test</title>{items}</channel></rss>", ("ETag", etag));
        }

        if (_brokenPages.Contains(request.Path))
        {
            return new TestReply(500, "text/plain", "error", []);
        }

        var text = request.Path switch
        {
            "/a/quake1.html" => Quake1,
            "/a/quake2.html" => Quake2,
            _ => Match,
        };
        return TestReply.Ok("text/html; charset=utf-8", $"<html><head><title>{request.Path}</title></head><body><article><h1>{request.Path}</h1><p>{text}</p><p>{text}</p></article></body></html>");
    }

    private FeedMonitor Monitor(TestFeedServer server, List<MonitorEvent>? events = null) => new(
        [server.Url("/feed.xml")],
        new StateDirectory(_dir),
        MonitorOptions.Default with { HostDelay = TimeSpan.Zero, PollInterval = TimeSpan.FromMinutes(5), InitialBackoff = TimeSpan.FromMinutes(1) },
        ReaderOptions.Default with { AllowPrivateAddresses = true, FetchTimeout = TimeSpan.FromSeconds(10) },
        _clock,
        events is null ? null : events.Add);

    [Fact]
    public async Task New_items_are_assigned_and_an_unchanged_feed_is_not_read_again()
    {
        await using var server = new TestFeedServer(Handle);
        var monitor = Monitor(server);

        var first = await monitor.PollOnceAsync();
        Assert.Equal((1, 0, 1), (first.FeedsPolled, first.FeedsFailed, first.ArticlesAssigned));

        var early = await monitor.PollOnceAsync();
        Assert.Equal(0, early.FeedsPolled); // not due yet

        _clock.Advance(TimeSpan.FromMinutes(5));
        var unchanged = await monitor.PollOnceAsync();
        Assert.Equal((1, 0), (unchanged.FeedsPolled, unchanged.ArticlesAssigned));
        Assert.Equal("\"v1\"", server.Requests.Last(r => r.Path == "/feed.xml").Headers["If-None-Match"]);

        _items.Add("/a/quake2.html");
        _items.Add("/b/match.html");
        _clock.Advance(TimeSpan.FromMinutes(5));
        var more = await monitor.PollOnceAsync();
        Assert.Equal(2, more.ArticlesAssigned);
        Assert.Equal(3, server.Requests.Count(r => r.Path.EndsWith(".html", StringComparison.Ordinal)));

        var stories = monitor.Stories();
        Assert.Equal(2, stories.Length);
        Assert.Contains(stories, s => s.Articles.Length == 2);

        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(_dir, "stories.json")));
        Assert.Equal(3, json.RootElement.GetProperty("stories").EnumerateArray().Sum(s => s.GetProperty("articles").GetArrayLength()));
    }

    [Fact]
    public async Task A_failing_feed_is_reported_backed_off_and_retried()
    {
        await using var server = new TestFeedServer(Handle);
        var events = new List<MonitorEvent>();
        var monitor = Monitor(server, events);
        _feedStatus = 503;

        var failed = await monitor.PollOnceAsync();
        Assert.Equal(1, failed.FeedsFailed);
        Assert.Contains(events, e => e.Kind == MonitorEventKind.FeedFailed && e.Message.Contains("503", StringComparison.Ordinal));
        Assert.Equal(_clock.GetUtcNow() + TimeSpan.FromMinutes(1), monitor.Feeds[0].NextPoll);

        _clock.Advance(TimeSpan.FromMinutes(1));
        await monitor.PollOnceAsync();
        Assert.Equal(2, monitor.Feeds[0].Failures);
        Assert.Equal(_clock.GetUtcNow() + TimeSpan.FromMinutes(2), monitor.Feeds[0].NextPoll); // doubled

        _feedStatus = 200;
        _clock.Advance(TimeSpan.FromMinutes(2));
        var recovered = await monitor.PollOnceAsync();
        Assert.Equal((0, 1), (recovered.FeedsFailed, recovered.ArticlesAssigned));
        Assert.Equal(0, monitor.Feeds[0].Failures);
    }

    [Fact]
    public async Task A_failing_page_is_kept_and_retried_until_it_is_read()
    {
        await using var server = new TestFeedServer(Handle);
        var events = new List<MonitorEvent>();
        var monitor = Monitor(server, events);
        _brokenPages.Add("/a/quake1.html");

        var round = await monitor.PollOnceAsync();
        Assert.Equal((0, 1), (round.ArticlesAssigned, round.ArticlesPending));
        Assert.Contains(events, e => e.Kind == MonitorEventKind.ArticleFailed);

        _brokenPages.Clear();
        _clock.Advance(TimeSpan.FromMinutes(1));
        var retried = await monitor.PollOnceAsync();
        Assert.Equal((1, 0), (retried.ArticlesAssigned, retried.ArticlesPending));
    }

    [Fact]
    public async Task State_survives_a_restart_with_the_same_stories()
    {
        await using var server = new TestFeedServer(Handle);
        _items.Add("/a/quake2.html");
        var before = Monitor(server);
        await before.PollOnceAsync();
        var stories = before.Stories();

        var after = Monitor(server);
        Assert.Equal(stories.Select(s => (s.Id, s.Label, s.Articles.Length)), after.Stories().Select(s => (s.Id, s.Label, s.Articles.Length)));
        Assert.Equal("\"v2\"", after.Feeds[0].ETag);

        _clock.Advance(TimeSpan.FromMinutes(5));
        var round = await after.PollOnceAsync();
        Assert.Equal(0, round.ArticlesAssigned); // nothing read twice
    }

    [Fact]
    public async Task Requests_to_one_host_are_spaced_by_the_host_delay()
    {
        await using var server = new TestFeedServer(Handle);
        _items.Add("/a/quake2.html");
        var monitor = new FeedMonitor(
            [server.Url("/feed.xml")],
            new StateDirectory(_dir),
            MonitorOptions.Default with { HostDelay = TimeSpan.FromMilliseconds(150) },
            ReaderOptions.Default with { AllowPrivateAddresses = true },
            TimeProvider.System);
        await monitor.PollOnceAsync();

        var times = server.Requests.Select(r => r.At).Order().ToList();
        Assert.Equal(3, times.Count);
        for (var i = 1; i < times.Count; i++)
        {
            Assert.True(times[i] - times[i - 1] >= TimeSpan.FromMilliseconds(120), $"{times[i] - times[i - 1]}");
        }
    }

    [Fact]
    public void Feed_lists_read_lines_and_opml_and_report_bad_entries()
    {
        var (lines, lineProblems) = FeedList.Parse("# news\nhttps://example.org/rss\n\nftp://nope\nhttps://example.org/rss\n");
        Assert.Equal(["https://example.org/rss"], lines.ToArray());
        Assert.Single(lineProblems);

        var (opml, _) = FeedList.Parse("<?xml version=\"1.0\"?><opml version=\"2.0\"><body><outline text=\"News\"><outline text=\"A\" xmlUrl=\"https://a.example/feed\"/></outline><outline text=\"B\" xmlUrl=\"http://b.example/atom\"/></body></opml>");
        Assert.Equal(["https://a.example/feed", "http://b.example/atom"], opml.ToArray());

        var (none, problems) = FeedList.Parse("<!DOCTYPE x [<!ENTITY e \"boom\">]><opml/>");
        Assert.Empty(none);
        Assert.Single(problems);
    }
}
