using System.Collections.Immutable;
using System.Data.Common;
using Parallax.Model;
using Parallax.Storage.Keys;
using Parallax.Storage.PostgreSql;
using Parallax.Storage.Schema;
using Parallax.Storage.Sqlite;

namespace Parallax.Storage;

/// <summary>
/// The shared store of a Parallax server: articles (once each, by content hash, with their raw input), stories and
/// which articles belong to them, the last computed dossier of each story, and hashed API keys. SQLite or PostgreSQL
/// with one schema; <see cref="OpenAsync"/> applies pending migrations. Thread-safe: every call uses its own
/// connection, and adding an article with its story membership is one transaction, so a crash leaves either both or
/// neither. Database errors surface as <see cref="DbException"/>.
/// </summary>
public sealed class ParallaxStore : IAsyncDisposable
{
    private const string ArticleColumnList =
        "a.id, m.story_id, a.content_hash, a.source, a.title, a.outlet, a.author, a.published, a.language, a.url, a.text, " +
        "a.removed_json, a.diagnostics_json, a.raw_kind, a.raw_media_type, a.raw_content, a.added";

    private const int MaxCachedKeys = 1024;

    /// <summary>How long a key found valid is believed without asking the database again (a revocation made by another process takes effect within it; one made through this store at once).</summary>
    public static readonly TimeSpan KeyCacheTime = TimeSpan.FromSeconds(5);

    private readonly SqlDialect _dialect;
    private readonly TimeProvider _time;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (ApiKeyRecord Key, long Checked)> _validKeys = new(StringComparer.Ordinal);

    private ParallaxStore(SqlDialect dialect, TimeProvider time, StoreLocation location)
    {
        _dialect = dialect;
        _time = time;
        Location = location;
    }

    /// <summary>Where the store is.</summary>
    public StoreLocation Location { get; }

    /// <summary>The schema version after migrations.</summary>
    public int SchemaVersion { get; private set; }

    /// <summary>The newest schema version this build knows.</summary>
    public int LatestSchemaVersion => _dialect.Migrations[^1].Version;

    /// <summary>Opens (creating when needed) the store at <paramref name="location"/> and applies pending migrations.</summary>
    /// <param name="location">A SQLite file or a PostgreSQL connection string.</param>
    /// <param name="time">The clock for timestamps; the system clock when null.</param>
    /// <param name="cancellationToken">Cancels opening.</param>
    /// <exception cref="InvalidOperationException">When the store has a newer schema than this build knows.</exception>
    public static async Task<ParallaxStore> OpenAsync(StoreLocation location, TimeProvider? time = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(location);
        SqlDialect dialect;
        if (location.IsPostgreSql)
        {
            dialect = new PostgreSqlDialect(location.Value);
        }
        else
        {
            var directory = Path.GetDirectoryName(location.Value);
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
            }

            dialect = new SqliteDialect(location.Value);
        }

        var store = new ParallaxStore(dialect, time ?? TimeProvider.System, location);
        try
        {
            await store.MigrateAsync(cancellationToken);
        }
        catch
        {
            await store.DisposeAsync();
            throw;
        }

        return store;
    }

    /// <summary>The article with content hash <paramref name="contentHash"/>, as an add result with <c>Created = false</c>; null when none.</summary>
    public async Task<ArticleAdded?> FindByHashAsync(string contentHash, CancellationToken cancellationToken = default)
    {
        await using var connection = await _dialect.OpenAsync(cancellationToken);
        return await FindByHashAsync(connection, null, contentHash, cancellationToken);
    }

    /// <summary>
    /// Stores <paramref name="article"/> in the story <paramref name="story"/> names (creating it when new), in one
    /// transaction. When an article with the same content hash is stored already, nothing changes and its id and story
    /// come back with <see cref="ArticleAdded.Created"/> false.
    /// </summary>
    /// <exception cref="ArgumentException">When <paramref name="story"/> names neither a story nor a label, or a story that does not exist.</exception>
    public async Task<ArticleAdded> AddArticleAsync(NewArticle article, StoryChoice story, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(article);
        CheckChoice(story);
        await using var connection = await _dialect.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        return await InsertAsync(connection, transaction, article, () => story, cancellationToken);
    }

    /// <summary>
    /// Stores <paramref name="article"/> with story assignment serialised across processes: inside one transaction that
    /// holds the store's assignment lock (PostgreSQL: a transaction-scoped advisory lock; SQLite: the write lock), it
    /// checks the content hash, hands <paramref name="choose"/> the articles stored after id
    /// <paramref name="seenUpTo"/> (in id order, which is the order they were assigned in) so an in-memory story
    /// assigner can catch up, and stores the article in the story <paramref name="choose"/> returns. The lock is held
    /// until the commit, so no two processes assign at once and article ids follow the assignment order. An article
    /// stored already comes back with <see cref="ArticleAdded.Created"/> false without calling <paramref name="choose"/>.
    /// </summary>
    /// <exception cref="ArgumentException">When the choice names neither a story nor a label, or a story that does not exist.</exception>
    public async Task<ArticleAdded> AddArticleExclusiveAsync(
        NewArticle article, long seenUpTo, Func<IReadOnlyList<ArticleTerms>, StoryChoice> choose, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(choose);
        await using var connection = await _dialect.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var lockCommand = Command(connection, transaction, _dialect.AssignmentLockStatement))
        {
            await lockCommand.ExecuteNonQueryAsync(cancellationToken);
        }

        var since = await ReadArticleTermsAsync(connection, transaction, seenUpTo, cancellationToken);
        return await InsertAsync(connection, transaction, article, () =>
        {
            var story = choose(since);
            CheckChoice(story);
            return story;
        }, cancellationToken);
    }

    /// <summary>
    /// Waits until no other holder has story <paramref name="storyId"/>'s lock, then holds it until the returned handle
    /// is disposed (PostgreSQL: a session advisory lock on a connection of its own, so it is released too when the
    /// process dies or the connection drops; SQLite: a lock within this process). Used so that one story's dossier is
    /// never rebuilt by two workers at once.
    /// </summary>
    public async Task<IAsyncDisposable> LockStoryAsync(long storyId, CancellationToken cancellationToken = default) =>
        await _dialect.LockStoryAsync(storyId, cancellationToken);

    private static void CheckChoice(StoryChoice story)
    {
        if (story.StoryId is null && string.IsNullOrWhiteSpace(story.NewLabel))
        {
            throw new ArgumentException("A new story needs a label.", nameof(story));
        }
    }

    private async Task<ArticleAdded> InsertAsync(
        DbConnection connection, DbTransaction transaction, NewArticle article, Func<StoryChoice> choose, CancellationToken cancellationToken)
    {
        var now = ArticleColumns.ToUnixMilliseconds(_time.GetUtcNow());
        var meta = article.Article.Metadata;
        long? articleId;
        await using (var insert = Command(connection, transaction,
            """
            INSERT INTO articles (content_hash, source, title, outlet, author, published, language, url, text, removed_json,
                                  diagnostics_json, raw_kind, raw_media_type, raw_content, terms, added)
            VALUES (@hash, @source, @title, @outlet, @author, @published, @language, @url, @text, @removed,
                    @diagnostics, @raw_kind, @raw_media_type, @raw_content, @terms, @added)
            ON CONFLICT (content_hash) DO NOTHING
            RETURNING id
            """))
        {
            Add(insert, "hash", article.ContentHash);
            Add(insert, "source", article.Article.Source);
            Add(insert, "title", meta.Title);
            Add(insert, "outlet", meta.Outlet);
            Add(insert, "author", meta.Author);
            Add(insert, "published", ArticleColumns.DateToColumn(meta.Published));
            Add(insert, "language", meta.Language);
            Add(insert, "url", meta.Url);
            Add(insert, "text", article.Article.Text);
            Add(insert, "removed", ArticleColumns.RemovedToJson(article.Article.Removed));
            Add(insert, "diagnostics", ArticleColumns.DiagnosticsToJson(article.Article.Diagnostics));
            Add(insert, "raw_kind", article.Raw.Kind.ToString().ToLowerInvariant());
            Add(insert, "raw_media_type", article.Raw.MediaType);
            Add(insert, "raw_content", article.Raw.Content.IsDefault ? [] : article.Raw.Content.ToArray());
            Add(insert, "terms", ArticleColumns.TermsToColumn(article.Terms.IsDefault ? [] : article.Terms));
            Add(insert, "added", now);
            articleId = await insert.ExecuteScalarAsync(cancellationToken) is { } id and not DBNull ? Convert.ToInt64(id, System.Globalization.CultureInfo.InvariantCulture) : null;
        }

        if (articleId is null)
        {
            var existing = await FindByHashAsync(connection, transaction, article.ContentHash, cancellationToken)
                ?? throw new InvalidOperationException("An article conflicted on its content hash but cannot be found.");
            await transaction.RollbackAsync(cancellationToken);
            return existing;
        }

        var story = choose();
        long storyId;
        if (story.StoryId is { } chosen)
        {
            storyId = chosen;
        }
        else
        {
            await using var create = Command(connection, transaction,
                "INSERT INTO stories (label, revision, created, updated) VALUES (@label, 0, @now, @now) RETURNING id");
            Add(create, "label", story.NewLabel!.Trim());
            Add(create, "now", now);
            storyId = Convert.ToInt64(await create.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        }

        long revision;
        await using (var bump = Command(connection, transaction,
            "UPDATE stories SET revision = revision + 1, updated = @now WHERE id = @story RETURNING revision"))
        {
            Add(bump, "now", now);
            Add(bump, "story", storyId);
            revision = await bump.ExecuteScalarAsync(cancellationToken) is { } value and not DBNull
                ? Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture)
                : throw new ArgumentException($"There is no story {storyId}.", nameof(choose));
        }

        await using (var member = Command(connection, transaction, "INSERT INTO story_articles (article_id, story_id) VALUES (@article, @story)"))
        {
            Add(member, "article", articleId.Value);
            Add(member, "story", storyId);
            await member.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return new ArticleAdded(articleId.Value, storyId, Created: true, revision);
    }

    /// <summary>The article with id <paramref name="id"/>, or null.</summary>
    public async Task<StoredArticle?> GetArticleAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await _dialect.OpenAsync(cancellationToken);
        await using var command = Command(connection, null,
            $"SELECT {ArticleColumnList} FROM articles a JOIN story_articles m ON m.article_id = a.id WHERE a.id = @id");
        Add(command, "id", id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ReadArticle(reader) : null;
    }

    /// <summary>The articles of story <paramref name="storyId"/>, in the order they joined; empty when there is no such story.</summary>
    public async Task<IReadOnlyList<StoredArticle>> GetStoryArticlesAsync(long storyId, CancellationToken cancellationToken = default)
    {
        await using var connection = await _dialect.OpenAsync(cancellationToken);
        await using var command = Command(connection, null,
            $"SELECT {ArticleColumnList} FROM articles a JOIN story_articles m ON m.article_id = a.id WHERE m.story_id = @story ORDER BY a.id");
        Add(command, "story", storyId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var articles = new List<StoredArticle>();
        while (await reader.ReadAsync(cancellationToken))
        {
            articles.Add(ReadArticle(reader));
        }

        return articles;
    }

    /// <summary>The story with id <paramref name="id"/>, or null.</summary>
    public async Task<StoryRecord?> GetStoryAsync(long id, CancellationToken cancellationToken = default)
    {
        var stories = await ReadStoriesAsync("WHERE s.id = @id", command => Add(command, "id", id), cancellationToken);
        return stories.Count == 0 ? null : stories[0];
    }

    /// <summary>The most recently updated stories, newest first, at most <paramref name="limit"/>.</summary>
    public Task<IReadOnlyList<StoryRecord>> ListStoriesAsync(int limit = 200, CancellationToken cancellationToken = default) =>
        ReadStoriesAsync(
            "WHERE s.id IN (SELECT id FROM stories ORDER BY updated DESC, id DESC LIMIT @limit)",
            command => Add(command, "limit", Math.Clamp(limit, 1, 10_000)),
            cancellationToken);

    /// <summary>Every stored article's story and signature terms, for story assignment.</summary>
    public async Task<IReadOnlyList<ArticleTerms>> ListArticleTermsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await _dialect.OpenAsync(cancellationToken);
        return await ReadArticleTermsAsync(connection, null, 0, cancellationToken);
    }

    private static async Task<IReadOnlyList<ArticleTerms>> ReadArticleTermsAsync(
        DbConnection connection, DbTransaction? transaction, long afterId, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction,
            "SELECT a.id, m.story_id, a.terms FROM articles a JOIN story_articles m ON m.article_id = a.id WHERE a.id > @after ORDER BY a.id");
        Add(command, "after", afterId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var result = new List<ArticleTerms>();
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(new ArticleTerms(reader.GetInt64(0), reader.GetInt64(1), ArticleColumns.TermsFromColumn(reader.GetString(2))));
        }

        return result;
    }

    /// <summary>How many articles are stored.</summary>
    public async Task<long> CountArticlesAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await _dialect.OpenAsync(cancellationToken);
        await using var command = Command(connection, null, "SELECT COUNT(*) FROM articles");
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Keeps <paramref name="dossier"/> as its story's dossier unless one from the same or a later revision is stored;
    /// returns whether it was kept.
    /// </summary>
    public async Task<bool> SaveDossierAsync(StoredDossier dossier, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        await using var connection = await _dialect.OpenAsync(cancellationToken);
        await using var command = Command(connection, null,
            """
            INSERT INTO dossiers (story_id, revision, json, html, computed) VALUES (@story, @revision, @json, @html, @computed)
            ON CONFLICT (story_id) DO UPDATE SET revision = excluded.revision, json = excluded.json, html = excluded.html,
                                                 computed = excluded.computed
            WHERE dossiers.revision < excluded.revision
            """);
        Add(command, "story", dossier.StoryId);
        Add(command, "revision", dossier.Revision);
        Add(command, "json", dossier.Json);
        Add(command, "html", dossier.Html);
        Add(command, "computed", ArticleColumns.ToUnixMilliseconds(dossier.Computed));
        return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
    }

    /// <summary>The last dossier computed for story <paramref name="storyId"/>, or null when none has been.</summary>
    public async Task<StoredDossier?> GetDossierAsync(long storyId, CancellationToken cancellationToken = default)
    {
        await using var connection = await _dialect.OpenAsync(cancellationToken);
        await using var command = Command(connection, null, "SELECT revision, json, html, computed FROM dossiers WHERE story_id = @story");
        Add(command, "story", storyId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new StoredDossier(storyId, reader.GetInt64(0), reader.GetString(1), reader.GetString(2), ArticleColumns.FromUnixMilliseconds(reader.GetInt64(3)))
            : null;
    }

    /// <summary>The story revision of the last dossier computed for story <paramref name="storyId"/>, or null when none has been.</summary>
    public async Task<long?> GetDossierRevisionAsync(long storyId, CancellationToken cancellationToken = default)
    {
        await using var connection = await _dialect.OpenAsync(cancellationToken);
        await using var command = Command(connection, null, "SELECT revision FROM dossiers WHERE story_id = @story");
        Add(command, "story", storyId);
        return await command.ExecuteScalarAsync(cancellationToken) is { } value and not DBNull
            ? Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture)
            : null;
    }

    /// <summary>Stories whose stored dossier is missing or older than the story.</summary>
    public async Task<IReadOnlyList<long>> ListStaleStoriesAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await _dialect.OpenAsync(cancellationToken);
        await using var command = Command(connection, null,
            "SELECT s.id FROM stories s LEFT JOIN dossiers d ON d.story_id = s.id WHERE d.story_id IS NULL OR d.revision < s.revision ORDER BY s.id");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var result = new List<long>();
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(reader.GetInt64(0));
        }

        return result;
    }

    /// <summary>
    /// Full-text search over headlines, bylines, outlets and text: the best <paramref name="limit"/> articles containing
    /// every word of <paramref name="query"/> (SQLite: as word prefixes; PostgreSQL: web-search syntax with stemming, and
    /// misspelt names by trigram similarity). Empty for a query with no words.
    /// </summary>
    public async Task<IReadOnlyList<SearchHit>> SearchAsync(string query, int limit = 20, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (_dialect.SearchQueryText(query) is not { } text)
        {
            return [];
        }

        await using var connection = await _dialect.OpenAsync(cancellationToken);
        await using var command = Command(connection, null, _dialect.SearchSql);
        Add(command, "q", text);
        Add(command, "limit", Math.Clamp(limit, 1, 200));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var hits = new List<SearchHit>();
        while (await reader.ReadAsync(cancellationToken))
        {
            hits.Add(new SearchHit(
                reader.GetInt64(0),
                reader.GetInt64(1),
                reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.GetString(3),
                reader.IsDBNull(4) ? string.Empty : reader.GetString(4)));
        }

        return hits;
    }

    /// <summary>Creates an API key named <paramref name="name"/>; the secret is returned once and only its hash is stored.</summary>
    public async Task<(ApiKeyRecord Key, string Secret)> CreateKeyAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        var (id, secret) = ApiKeySecret.Create();
        var now = _time.GetUtcNow();
        await using var connection = await _dialect.OpenAsync(cancellationToken);
        await using var command = Command(connection, null,
            "INSERT INTO api_keys (id, name, secret_hash, created, revoked) VALUES (@id, @name, @hash, @created, NULL)");
        Add(command, "id", id);
        Add(command, "name", name);
        Add(command, "hash", ApiKeySecret.Hash(secret));
        Add(command, "created", ArticleColumns.ToUnixMilliseconds(now));
        await command.ExecuteNonQueryAsync(cancellationToken);
        return (new ApiKeyRecord(id, name, DateTimeOffset.FromUnixTimeMilliseconds(ArticleColumns.ToUnixMilliseconds(now)), null), secret);
    }

    /// <summary>The valid (not revoked) key whose secret is <paramref name="secret"/>, or null. Valid keys are remembered for <see cref="KeyCacheTime"/>.</summary>
    public async Task<ApiKeyRecord?> FindValidKeyAsync(string secret, CancellationToken cancellationToken = default)
    {
        if (!ApiKeySecret.LooksValid(secret))
        {
            return null;
        }

        var hash = ApiKeySecret.Hash(secret);
        var now = _time.GetTimestamp();
        if (_validKeys.TryGetValue(hash, out var known) && _time.GetElapsedTime(known.Checked, now) < KeyCacheTime)
        {
            return known.Key;
        }

        await using var connection = await _dialect.OpenAsync(cancellationToken);
        await using var command = Command(connection, null,
            "SELECT id, name, created, revoked FROM api_keys WHERE secret_hash = @hash AND revoked IS NULL");
        Add(command, "hash", hash);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            _validKeys.TryRemove(hash, out _);
            return null;
        }

        var key = ReadKey(reader);
        if (_validKeys.Count < MaxCachedKeys)
        {
            _validKeys[hash] = (key, now);
        }

        return key;
    }

    /// <summary>Revokes key <paramref name="id"/>; false when there is no such valid key.</summary>
    public async Task<bool> RevokeKeyAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        await using var connection = await _dialect.OpenAsync(cancellationToken);
        _validKeys.Clear();
        await using var command = Command(connection, null, "UPDATE api_keys SET revoked = @now WHERE id = @id AND revoked IS NULL");
        Add(command, "now", ArticleColumns.ToUnixMilliseconds(_time.GetUtcNow()));
        Add(command, "id", id);
        return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
    }

    /// <summary>Every key, valid or revoked, oldest first.</summary>
    public async Task<IReadOnlyList<ApiKeyRecord>> ListKeysAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await _dialect.OpenAsync(cancellationToken);
        await using var command = Command(connection, null, "SELECT id, name, created, revoked FROM api_keys ORDER BY created, id");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var keys = new List<ApiKeyRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            keys.Add(ReadKey(reader));
        }

        return keys;
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        if (_dialect is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }
    }

    private static ApiKeyRecord ReadKey(DbDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        ArticleColumns.FromUnixMilliseconds(reader.GetInt64(2)),
        reader.IsDBNull(3) ? null : ArticleColumns.FromUnixMilliseconds(reader.GetInt64(3)));

    private async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _dialect.OpenAsync(cancellationToken);
        await _dialect.PrepareAsync(connection, cancellationToken);
        await using (var create = Command(connection, null,
            "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER NOT NULL PRIMARY KEY, description TEXT NOT NULL, applied BIGINT NOT NULL)"))
        {
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (_dialect.MigrationLockStatement is { } lockStatement)
        {
            await using var lockCommand = Command(connection, transaction, lockStatement);
            await lockCommand.ExecuteNonQueryAsync(cancellationToken);
        }

        int current;
        await using (var version = Command(connection, transaction, "SELECT COALESCE(MAX(version), 0) FROM schema_migrations"))
        {
            current = Convert.ToInt32(await version.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        }

        if (current > LatestSchemaVersion)
        {
            throw new InvalidOperationException(
                $"The {_dialect.Name} store has schema version {current}; this Parallax knows up to {LatestSchemaVersion}. Upgrade Parallax.");
        }

        foreach (var migration in _dialect.Migrations)
        {
            if (migration.Version <= current)
            {
                continue;
            }

            foreach (var statement in migration.Statements)
            {
                await using var step = Command(connection, transaction, statement);
                await step.ExecuteNonQueryAsync(cancellationToken);
            }

            await using var record = Command(connection, transaction,
                "INSERT INTO schema_migrations (version, description, applied) VALUES (@version, @description, @applied)");
            Add(record, "version", migration.Version);
            Add(record, "description", migration.Description);
            Add(record, "applied", ArticleColumns.ToUnixMilliseconds(_time.GetUtcNow()));
            await record.ExecuteNonQueryAsync(cancellationToken);
            current = migration.Version;
        }

        await transaction.CommitAsync(cancellationToken);
        SchemaVersion = current;
    }

    private static async Task<ArticleAdded?> FindByHashAsync(
        DbConnection connection, DbTransaction? transaction, string contentHash, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction,
            "SELECT a.id, m.story_id, s.revision FROM articles a JOIN story_articles m ON m.article_id = a.id " +
            "JOIN stories s ON s.id = m.story_id WHERE a.content_hash = @hash");
        Add(command, "hash", contentHash);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new ArticleAdded(reader.GetInt64(0), reader.GetInt64(1), Created: false, reader.GetInt64(2))
            : null;
    }

    private async Task<IReadOnlyList<StoryRecord>> ReadStoriesAsync(string where, Action<DbCommand> bind, CancellationToken cancellationToken)
    {
        await using var connection = await _dialect.OpenAsync(cancellationToken);
        await using var command = Command(connection, null,
            "SELECT s.id, s.label, s.revision, s.updated, m.article_id FROM stories s " +
            "LEFT JOIN story_articles m ON m.story_id = s.id " + where + " ORDER BY s.updated DESC, s.id DESC, m.article_id");
        bind(command);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var stories = new List<StoryRecord>();
        long? currentId = null;
        string label = string.Empty;
        long revision = 0;
        long updated = 0;
        var articles = ImmutableArray.CreateBuilder<long>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var id = reader.GetInt64(0);
            if (currentId != id)
            {
                if (currentId is { } previous)
                {
                    stories.Add(new StoryRecord(previous, label, revision, ArticleColumns.FromUnixMilliseconds(updated), articles.ToImmutable()));
                }

                currentId = id;
                label = reader.GetString(1);
                revision = reader.GetInt64(2);
                updated = reader.GetInt64(3);
                articles.Clear();
            }

            if (!reader.IsDBNull(4))
            {
                articles.Add(reader.GetInt64(4));
            }
        }

        if (currentId is { } last)
        {
            stories.Add(new StoryRecord(last, label, revision, ArticleColumns.FromUnixMilliseconds(updated), articles.ToImmutable()));
        }

        return stories;
    }

    private static StoredArticle ReadArticle(DbDataReader reader)
    {
        string? Text(int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
        var metadata = new ArticleMetadata
        {
            Title = Text(4),
            Outlet = Text(5),
            Author = Text(6),
            Published = ArticleColumns.DateFromColumn(Text(7)),
            Language = Text(8),
            Url = Text(9),
        };
        var article = new Article(
            reader.GetString(3),
            reader.GetString(10),
            metadata,
            ArticleColumns.RemovedFromJson(reader.GetString(11)),
            ArticleColumns.DiagnosticsFromJson(reader.GetString(12)));
        var kind = Enum.TryParse<RawInputKind>(reader.GetString(13), ignoreCase: true, out var parsed) ? parsed : RawInputKind.Text;
        var raw = new RawInput(kind, [.. (byte[])reader.GetValue(15)], Text(14));
        return new StoredArticle(reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2), article, raw, ArticleColumns.FromUnixMilliseconds(reader.GetInt64(16)));
    }

    private static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
#pragma warning disable CA2100 // Every statement is a constant of this assembly; values are always parameters.
        command.CommandText = sql;
#pragma warning restore CA2100
        return command;
    }

    private static void Add(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }
}
