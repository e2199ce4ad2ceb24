using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Parallax.Comparison.Stories;
using Parallax.Reports.Stories;

namespace Parallax.Workers.Monitoring;

/// <summary>
/// The monitor's durable state as plain files in one directory: <c>feeds.json</c> (each feed's validators, schedule,
/// failures and seen items, and the article pages still to retry), <c>articles.jsonl</c> (one line per assigned
/// article: its <see cref="ArticleDigest"/> and story, appended and flushed as soon as it is assigned) and
/// <c>stories.json</c> (the stories, in the <c>parallax stories --format json</c> contract). JSON files are replaced
/// atomically (written beside, then renamed), so a crash leaves the old or the new state, never half of one.
/// Restarting replays <c>articles.jsonl</c>, which rebuilds the same stories (assignment is deterministic).
/// Not thread-safe: one monitor per directory.
/// </summary>
public sealed class StateDirectory
{
    private const string FeedsFile = "feeds.json";
    private const string ArticlesFile = "articles.jsonl";
    private const string StoriesFile = "stories.json";

    /// <summary>Uses (and creates when missing) the directory <paramref name="path"/>.</summary>
    public StateDirectory(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        Path = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(Path);
    }

    /// <summary>The directory.</summary>
    public string Path { get; }

    /// <summary>Loads the feeds and pending articles saved last, or empty lists.</summary>
    public (List<FeedState> Feeds, List<PendingArticle> Pending) LoadFeeds()
    {
        var feeds = new List<FeedState>();
        var pending = new List<PendingArticle>();
        var file = System.IO.Path.Combine(Path, FeedsFile);
        if (!File.Exists(file))
        {
            return (feeds, pending);
        }

        try
        {
            Load(file, feeds, pending);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            // Edited by hand or damaged: start the schedule afresh; articles.jsonl still says what was read.
            feeds.Clear();
            pending.Clear();
        }

        return (feeds, pending);
    }

    private static void Load(string file, List<FeedState> feeds, List<PendingArticle> pending)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(file));
        foreach (var element in json.RootElement.GetProperty("feeds").EnumerateArray())
        {
            var feed = new FeedState(element.GetProperty("url").GetString()!)
            {
                ETag = element.GetProperty("etag").GetString(),
                LastModified = Time(element, "lastModified"),
                NextPoll = Time(element, "nextPoll") ?? DateTimeOffset.MinValue,
                Failures = element.GetProperty("failures").GetInt32(),
                LastError = element.GetProperty("lastError").GetString(),
            };
            foreach (var key in element.GetProperty("seen").EnumerateArray())
            {
                feed.Seen.Add(key.GetString()!);
            }

            feeds.Add(feed);
        }

        foreach (var element in json.RootElement.GetProperty("pending").EnumerateArray())
        {
            pending.Add(new PendingArticle(element.GetProperty("feed").GetString()!, element.GetProperty("link").GetString()!)
            {
                Title = element.GetProperty("title").GetString(),
                Published = element.GetProperty("published").GetString() is { } date ? DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
                Attempts = element.GetProperty("attempts").GetInt32(),
                NextAttempt = Time(element, "nextAttempt") ?? DateTimeOffset.MinValue,
                LastError = element.GetProperty("lastError").GetString(),
                GivenUp = element.GetProperty("givenUp").GetBoolean(),
            });
        }
    }

    /// <summary>Saves the feeds and pending articles (atomically replacing <c>feeds.json</c>).</summary>
    public void SaveFeeds(IEnumerable<FeedState> feeds, IEnumerable<PendingArticle> pending)
    {
        ArgumentNullException.ThrowIfNull(feeds);
        ArgumentNullException.ThrowIfNull(pending);
        Replace(FeedsFile, writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartArray("feeds");
            foreach (var feed in feeds)
            {
                writer.WriteStartObject();
                writer.WriteString("url", feed.Url);
                writer.WriteString("etag", feed.ETag);
                WriteTime(writer, "lastModified", feed.LastModified);
                WriteTime(writer, "nextPoll", feed.NextPoll);
                writer.WriteNumber("failures", feed.Failures);
                writer.WriteString("lastError", feed.LastError);
                writer.WriteStartArray("seen");
                foreach (var key in feed.Seen)
                {
                    writer.WriteStringValue(key);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("pending");
            foreach (var article in pending)
            {
                writer.WriteStartObject();
                writer.WriteString("feed", article.Feed);
                writer.WriteString("link", article.Link);
                writer.WriteString("title", article.Title);
                writer.WriteString("published", article.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                writer.WriteNumber("attempts", article.Attempts);
                WriteTime(writer, "nextAttempt", article.NextAttempt);
                writer.WriteString("lastError", article.LastError);
                writer.WriteBoolean("givenUp", article.GivenUp);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }

    /// <summary>The articles assigned so far, in order, with the feed each came from. Skips (and counts) unreadable lines.</summary>
    public (List<(ArticleDigest Digest, string Feed)> Articles, int Unreadable) LoadArticles()
    {
        var articles = new List<(ArticleDigest, string)>();
        var unreadable = 0;
        var file = System.IO.Path.Combine(Path, ArticlesFile);
        if (!File.Exists(file))
        {
            return (articles, 0);
        }

        foreach (var line in File.ReadLines(file, Encoding.UTF8))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                var terms = ImmutableArray.CreateBuilder<StoryTerm>();
                foreach (var term in root.GetProperty("terms").EnumerateArray())
                {
                    terms.Add(new StoryTerm(
                        term[0].GetString()!, (StoryTermKind)term[1].GetInt32(), term[2].GetSingle(), term[3].GetString()!));
                }

                var published = root.GetProperty("published").GetString();
                articles.Add((new ArticleDigest(
                    root.GetProperty("source").GetString()!,
                    root.GetProperty("title").GetString(),
                    published is null ? null : DateOnly.ParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                    terms.ToImmutable()), root.GetProperty("feed").GetString()!));
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
            {
                unreadable++; // a line cut short by a crash: the article is read again from its feed later
            }
        }

        return (articles, unreadable);
    }

    /// <summary>Appends one assigned article to <c>articles.jsonl</c> and flushes it to disk.</summary>
    public void AppendArticle(ArticleDigest digest, string feed, string storyId)
    {
        ArgumentNullException.ThrowIfNull(digest);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("source", digest.Source);
            writer.WriteString("title", digest.Title);
            writer.WriteString("published", digest.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            writer.WriteString("feed", feed);
            writer.WriteString("story", storyId);
            writer.WriteStartArray("terms");
            foreach (var term in digest.Terms)
            {
                writer.WriteStartArray();
                writer.WriteStringValue(term.Key);
                writer.WriteNumberValue((int)term.Kind);
                writer.WriteNumberValue(term.Count);
                writer.WriteStringValue(term.Display);
                writer.WriteEndArray();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        using var file = new FileStream(System.IO.Path.Combine(Path, ArticlesFile), FileMode.Append, FileAccess.Write, FileShare.Read);
        file.Write(buffer.GetBuffer(), 0, (int)buffer.Length);
        file.Flush(flushToDisk: true);
    }

    /// <summary>Writes the stories (atomically replacing <c>stories.json</c>).</summary>
    public void SaveStories(IReadOnlyList<Story> stories, IReadOnlyList<string> sources)
    {
        var temp = System.IO.Path.Combine(Path, StoriesFile + ".tmp");
        using (var stream = File.Create(temp))
        {
            StoriesJsonWriter.Write(stories, sources, stream);
        }

        File.Move(temp, System.IO.Path.Combine(Path, StoriesFile), overwrite: true);
    }

    private void Replace(string name, Action<Utf8JsonWriter> write)
    {
        var temp = System.IO.Path.Combine(Path, name + ".tmp");
        using (var stream = File.Create(temp))
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            write(writer);
        }

        File.Move(temp, System.IO.Path.Combine(Path, name), overwrite: true);
    }

    private static DateTimeOffset? Time(JsonElement element, string name) =>
        element.GetProperty(name).GetString() is { } text ? DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind) : null;

    private static void WriteTime(Utf8JsonWriter writer, string name, DateTimeOffset? time) =>
        writer.WriteString(name, time is { } t && t != DateTimeOffset.MinValue ? t.ToString("O", CultureInfo.InvariantCulture) : null);
}
