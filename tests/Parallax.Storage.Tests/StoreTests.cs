using System.Collections.Immutable;
using System.Text;
using Parallax.Model;

namespace Parallax.Storage.Tests;

/// <summary>The same behaviour from both backends.</summary>
public sealed class StoreTests
{
    private static NewArticle Sample(string text, string? title = null, params string[] terms) => new(
        new Article("test:" + title, text, new ArticleMetadata { Title = title, Outlet = "Wire", Published = new DateOnly(2025, 8, 16) },
            [new RemovedText("Leave a Reply", "boilerplate")], [Diagnostic.Warning("repaired", "x")]),
        new RawInput(RawInputKind.Text, [.. Encoding.UTF8.GetBytes("RAW " + text)], "text/plain"),
        [.. terms]);

    [Theory]
    [SqliteBackend]
    [PostgreSqlBackend]
    public async Task Migrations_are_applied_once_and_reopening_keeps_data(string backend)
    {
        await using var test = await TestStore.CreateAsync(backend);
        Assert.Equal(test.Store.LatestSchemaVersion, test.Store.SchemaVersion);
        var added = await test.Store.AddArticleAsync(Sample("Leaders met in Anchorage on Friday.", "Summit"), StoryChoice.New("Summit"));

        await using var again = await ParallaxStore.OpenAsync(test.Location);
        Assert.Equal(again.LatestSchemaVersion, again.SchemaVersion);
        Assert.NotNull(await again.GetArticleAsync(added.ArticleId));
    }

    [Theory]
    [SqliteBackend]
    [PostgreSqlBackend]
    public async Task An_article_is_stored_once_by_content_hash(string backend)
    {
        await using var test = await TestStore.CreateAsync(backend);
        var first = await test.Store.AddArticleAsync(Sample("Leaders met in Anchorage on Friday.", "Summit"), StoryChoice.New("Summit"));
        var again = await test.Store.AddArticleAsync(Sample("Leaders met   in Anchorage\non Friday.  ", "Other title"), StoryChoice.New("Other"));

        Assert.True(first.Created);
        Assert.False(again.Created);
        Assert.Equal(first.ArticleId, again.ArticleId);
        Assert.Equal(first.StoryId, again.StoryId);
        Assert.Equal(1, await test.Store.CountArticlesAsync());
        Assert.Single(await test.Store.ListStoriesAsync());
    }

    [Theory]
    [SqliteBackend]
    [PostgreSqlBackend]
    public async Task The_article_comes_back_whole_with_its_raw_input(string backend)
    {
        await using var test = await TestStore.CreateAsync(backend);
        var added = await test.Store.AddArticleAsync(Sample("Leaders met in Anchorage on Friday.", "Summit", "anchorage", "summit"), StoryChoice.New("Summit"));

        var stored = await test.Store.GetArticleAsync(added.ArticleId);

        Assert.NotNull(stored);
        Assert.Equal("Leaders met in Anchorage on Friday.", stored.Article.Text);
        Assert.Equal("Summit", stored.Article.Metadata.Title);
        Assert.Equal("Wire", stored.Article.Metadata.Outlet);
        Assert.Equal(new DateOnly(2025, 8, 16), stored.Article.Metadata.Published);
        Assert.Equal("boilerplate", Assert.Single(stored.Article.Removed).Reason);
        Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(stored.Article.Diagnostics).Severity);
        Assert.Equal(RawInputKind.Text, stored.Raw.Kind);
        Assert.Equal("RAW Leaders met in Anchorage on Friday.", Encoding.UTF8.GetString(stored.Raw.Content.AsSpan()));
        Assert.Equal("text/plain", stored.Raw.MediaType);
        Assert.Equal(added.StoryId, stored.StoryId);
        Assert.Null(await test.Store.GetArticleAsync(added.ArticleId + 1000));
        var terms = Assert.Single(await test.Store.ListArticleTermsAsync());
        Assert.Equal(["anchorage", "summit"], terms.Terms.ToArray());
    }

    [Theory]
    [SqliteBackend]
    [PostgreSqlBackend]
    public async Task Stories_collect_articles_and_count_revisions(string backend)
    {
        await using var test = await TestStore.CreateAsync(backend);
        var a = await test.Store.AddArticleAsync(Sample("First report of the summit.", "One"), StoryChoice.New("Summit"));
        var b = await test.Store.AddArticleAsync(Sample("Second report of the summit.", "Two"), StoryChoice.Existing(a.StoryId));
        var c = await test.Store.AddArticleAsync(Sample("A flood in the valley.", "Flood"), StoryChoice.New("Flood"));

        Assert.Equal(a.StoryId, b.StoryId);
        Assert.NotEqual(a.StoryId, c.StoryId);
        Assert.Equal(2, b.StoryRevision);
        var story = await test.Store.GetStoryAsync(a.StoryId);
        Assert.NotNull(story);
        Assert.Equal("Summit", story.Label);
        Assert.Equal([a.ArticleId, b.ArticleId], story.ArticleIds.ToArray());
        Assert.Equal(2, (await test.Store.GetStoryArticlesAsync(a.StoryId)).Count);
        Assert.Equal(2, (await test.Store.ListStoriesAsync()).Count);
        Assert.Null(await test.Store.GetStoryAsync(999));
        await Assert.ThrowsAsync<ArgumentException>(() => test.Store.AddArticleAsync(Sample("Orphan text."), StoryChoice.Existing(999)));
        Assert.Equal(3, await test.Store.CountArticlesAsync());
    }

    [Theory]
    [SqliteBackend]
    [PostgreSqlBackend]
    public async Task Dossiers_keep_the_newest_revision_and_stale_stories_are_listed(string backend)
    {
        await using var test = await TestStore.CreateAsync(backend);
        var a = await test.Store.AddArticleAsync(Sample("First report of the summit.", "One"), StoryChoice.New("Summit"));
        Assert.Equal([a.StoryId], await test.Store.ListStaleStoriesAsync());
        var now = DateTimeOffset.FromUnixTimeMilliseconds(1_755_000_000_000);

        Assert.True(await test.Store.SaveDossierAsync(new StoredDossier(a.StoryId, 1, "{\"v\":1}", "<p>1</p>", now)));
        Assert.Empty(await test.Store.ListStaleStoriesAsync());
        await test.Store.AddArticleAsync(Sample("Second report of the summit.", "Two"), StoryChoice.Existing(a.StoryId));
        Assert.Equal([a.StoryId], await test.Store.ListStaleStoriesAsync());
        Assert.True(await test.Store.SaveDossierAsync(new StoredDossier(a.StoryId, 2, "{\"v\":2}", "<p>2</p>", now)));
        Assert.False(await test.Store.SaveDossierAsync(new StoredDossier(a.StoryId, 1, "{\"v\":1}", "<p>1</p>", now)));

        var dossier = await test.Store.GetDossierAsync(a.StoryId);
        Assert.NotNull(dossier);
        Assert.Equal(2, dossier.Revision);
        Assert.Equal("{\"v\":2}", dossier.Json);
        Assert.Equal("<p>2</p>", dossier.Html);
        Assert.Equal(now, dossier.Computed);
        Assert.Null(await test.Store.GetDossierAsync(a.StoryId + 1));
    }

    [Theory]
    [SqliteBackend]
    [PostgreSqlBackend]
    public async Task Search_finds_words_in_text_and_headline(string backend)
    {
        await using var test = await TestStore.CreateAsync(backend);
        var summit = await test.Store.AddArticleAsync(Sample("Trump and Putin met in Anchorage to discuss Ukraine.", "Alaska summit ends"), StoryChoice.New("Summit"));
        await test.Store.AddArticleAsync(Sample("Heavy rain flooded the valley overnight.", "Valley floods"), StoryChoice.New("Flood"));

        var hits = await test.Store.SearchAsync("anchorage ukraine");
        var hit = Assert.Single(hits);
        Assert.Equal(summit.ArticleId, hit.ArticleId);
        Assert.Equal(summit.StoryId, hit.StoryId);
        Assert.Equal("Alaska summit ends", hit.Title);
        Assert.Contains("Anchorage", hit.Snippet, StringComparison.Ordinal);
        Assert.Single(await test.Store.SearchAsync("alaska"));
        Assert.Empty(await test.Store.SearchAsync("earthquake"));
        Assert.Empty(await test.Store.SearchAsync("  \"*:()  "));
        Assert.Empty(await test.Store.SearchAsync("NEAR( OR AND \" -"));
    }

    [Theory]
    [PostgreSqlBackend]
    public async Task PostgreSql_search_finds_misspelt_names_by_trigrams(string backend)
    {
        await using var test = await TestStore.CreateAsync(backend);
        var article = new NewArticle(
            new Article("x", "The talks ended without a deal.", new ArticleMetadata { Title = "Talks end", Author = "Rahel Mousavi" }),
            new RawInput(RawInputKind.Text, [], null),
            []);
        var added = await test.Store.AddArticleAsync(article, StoryChoice.New("Talks"));

        var hit = Assert.Single(await test.Store.SearchAsync("Mousavy"));
        Assert.Equal(added.ArticleId, hit.ArticleId);
    }

    [Theory]
    [SqliteBackend]
    [PostgreSqlBackend]
    public async Task Api_keys_are_stored_hashed_and_can_be_revoked(string backend)
    {
        await using var test = await TestStore.CreateAsync(backend);
        var (key, secret) = await test.Store.CreateKeyAsync("newsroom");

        Assert.StartsWith("plx_" + key.Id + "_", secret, StringComparison.Ordinal);
        Assert.Equal(key.Id, (await test.Store.FindValidKeyAsync(secret))?.Id);
        Assert.Null(await test.Store.FindValidKeyAsync(secret + "x"));
        Assert.Null(await test.Store.FindValidKeyAsync("nonsense"));
        Assert.True(await test.Store.RevokeKeyAsync(key.Id));
        Assert.False(await test.Store.RevokeKeyAsync(key.Id));
        Assert.Null(await test.Store.FindValidKeyAsync(secret));
        var listed = Assert.Single(await test.Store.ListKeysAsync());
        Assert.NotNull(listed.Revoked);
        Assert.Equal("newsroom", listed.Name);
    }

    [Theory]
    [SqliteBackend]
    [PostgreSqlBackend]
    public async Task Concurrent_adds_of_the_same_articles_store_each_once(string backend)
    {
        await using var test = await TestStore.CreateAsync(backend);
        var texts = Enumerable.Range(0, 10).Select(i => $"Report number {i} about the same summit, with details {i * 7}.").ToArray();
        var seed = await test.Store.AddArticleAsync(Sample("Seed article.", "Seed"), StoryChoice.New("Summit"));

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(worker => Task.Run(async () =>
        {
            var ids = new List<ArticleAdded>();
            foreach (var text in texts.Skip(worker % 3).Concat(texts.Take(worker % 3)))
            {
                ids.Add(await test.Store.AddArticleAsync(Sample(text, "T"), StoryChoice.Existing(seed.StoryId)));
            }

            return ids;
        })));

        var all = results.SelectMany(r => r).ToList();
        Assert.Equal(texts.Length, all.Count(r => r.Created));
        Assert.Equal(texts.Length + 1, await test.Store.CountArticlesAsync());
        Assert.Equal(texts.Length + 1, (await test.Store.GetStoryAsync(seed.StoryId))!.Revision);
        Assert.Equal(texts.Length, all.Select(r => r.ArticleId).Distinct().Count());
    }

    [Fact]
    public void Db_option_chooses_the_backend()
    {
        Assert.True(StoreLocation.Parse("Host=localhost;Database=parallax;Username=me").IsPostgreSql);
        Assert.True(StoreLocation.Parse("postgresql://me:pw@db.example:5433/news").IsPostgreSql);
        Assert.Contains("Port=5433", StoreLocation.Parse("postgresql://me:pw@db.example:5433/news").Value, StringComparison.Ordinal);
        Assert.False(StoreLocation.Parse("news.db").IsPostgreSql);
        Assert.EndsWith("news.db", StoreLocation.Parse("news.db").Value, StringComparison.Ordinal);
        Assert.EndsWith(Path.Combine("parallax", "parallax.db"), StoreLocation.Parse(null).Value, StringComparison.Ordinal);
        Assert.DoesNotContain("pw", StoreLocation.Parse("Host=h;Password=pw;Database=d").ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Content_hash_ignores_white_space_layout_only()
    {
        Assert.Equal(ContentHash.Of("a b\nc"), ContentHash.Of("  a  b c \n"));
        Assert.NotEqual(ContentHash.Of("a b c"), ContentHash.Of("a b d"));
        Assert.Equal(ContentHash.Of("caf\u00e9"), ContentHash.Of("cafe\u0301"));
    }

    [Theory]
    [SqliteBackend]
    [PostgreSqlBackend]
    public async Task Exclusive_adds_show_the_articles_stored_since_and_store_each_once(string backend)
    {
        await using var test = await TestStore.CreateAsync(backend);
        var first = await test.Store.AddArticleAsync(Sample("First report of the summit.", "One", "summit"), StoryChoice.New("Summit"));
        IReadOnlyList<ArticleTerms>? seen = null;
        var second = await test.Store.AddArticleExclusiveAsync(Sample("Second report of the summit.", "Two", "summit", "anchorage"), 0, since =>
        {
            seen = since;
            return StoryChoice.Existing(since[^1].StoryId);
        });

        Assert.NotNull(seen);
        var only = Assert.Single(seen);
        Assert.Equal(first.ArticleId, only.ArticleId);
        Assert.Equal(["summit"], only.Terms.ToArray());
        Assert.True(second.Created);
        Assert.Equal(first.StoryId, second.StoryId);
        Assert.Equal(2, second.StoryRevision);

        // Caught up to the second: nothing new; a repeat is found by its hash without choosing.
        var third = await test.Store.AddArticleExclusiveAsync(Sample("A flood in the valley.", "Flood"), second.ArticleId, since =>
        {
            Assert.Empty(since);
            return StoryChoice.New("Flood");
        });
        Assert.NotEqual(first.StoryId, third.StoryId);
        var again = await test.Store.AddArticleExclusiveAsync(Sample("Second  report of the summit.", "Two"), 0, _ => throw new InvalidOperationException("must not choose"));
        Assert.False(again.Created);
        Assert.Equal(second.ArticleId, again.ArticleId);
        Assert.Equal(3, await test.Store.CountArticlesAsync());
        Assert.Null(await test.Store.GetDossierRevisionAsync(first.StoryId));
        await test.Store.SaveDossierAsync(new StoredDossier(first.StoryId, 2, "{}", "<p></p>", DateTimeOffset.UnixEpoch));
        Assert.Equal(2, await test.Store.GetDossierRevisionAsync(first.StoryId));
    }
}
