using System.Collections.Immutable;
using System.Data.Common;
using Npgsql;
using Parallax.Storage.Schema;

namespace Parallax.Storage.PostgreSql;

/// <summary>
/// PostgreSQL: identity keys, BYTEA raw input, a generated <c>tsvector</c> column with a GIN index for full-text search and
/// a <c>pg_trgm</c> GIN index on headline, byline and outlet for misspelt names. Migrations hold an advisory lock.
/// </summary>
internal sealed class PostgreSqlDialect : SqlDialect, IAsyncDisposable
{
    private const string Names = "(coalesce(title, '') || ' ' || coalesce(author, '') || ' ' || coalesce(outlet, ''))";

    private readonly NpgsqlDataSource _dataSource;

    public PostgreSqlDialect(string connectionString)
    {
        _dataSource = NpgsqlDataSource.Create(connectionString);
    }

    public override string Name => "PostgreSQL";

    public override ImmutableArray<Migration> Migrations { get; } =
    [
        new(1, "articles, stories, membership, dossiers, API keys",
            [.. SharedSchema.Expand(SharedSchema.Version1, "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY", "BYTEA")]),
        new(2, "full-text search (tsvector + GIN, pg_trgm)",
        [
            "CREATE EXTENSION IF NOT EXISTS pg_trgm",
            """
            ALTER TABLE articles ADD COLUMN search tsvector GENERATED ALWAYS AS (
                setweight(to_tsvector('english', coalesce(title, '')), 'A') ||
                setweight(to_tsvector('simple', coalesce(author, '') || ' ' || coalesce(outlet, '')), 'B') ||
                to_tsvector('english', text)) STORED
            """,
            "CREATE INDEX articles_search ON articles USING GIN (search)",
            "CREATE INDEX articles_names_trgm ON articles USING GIN (" + Names + " gin_trgm_ops)",
        ]),
    ];

    public override string? MigrationLockStatement => "SELECT pg_advisory_xact_lock(7351911)";

    public override string AssignmentLockStatement => "SELECT pg_advisory_xact_lock(7351912)";

    public override async Task<IAsyncDisposable> LockStoryAsync(long storyId, CancellationToken cancellationToken)
    {
        // Story ids fold into the 32-bit second key; two stories that fold alike only wait for each other.
        var key = unchecked((int)(storyId ^ (storyId >> 32)));
        var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = new NpgsqlCommand("SELECT pg_advisory_lock(7351913, @key)", connection);
            command.Parameters.AddWithValue("key", key);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }

        return new StoryLock(connection, key);
    }

    public override string SearchSql =>
        """
        SELECT a.id, m.story_id, a.title, a.source,
               ts_headline('english', a.text, websearch_to_tsquery('english', @q),
                           'MaxWords=30, MinWords=12, StartSel="", StopSel=""')
        FROM articles a
        JOIN story_articles m ON m.article_id = a.id
        WHERE a.search @@ websearch_to_tsquery('english', @q)
           OR @q <% 
        """ + Names + """

        ORDER BY ts_rank(a.search, websearch_to_tsquery('english', @q)) DESC, word_similarity(@q, 
        """ + Names + """
        ) DESC, a.id
        LIMIT @limit
        """;

    public override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
        await _dataSource.OpenConnectionAsync(cancellationToken);

    public override string? SearchQueryText(string query) => string.IsNullOrWhiteSpace(query) ? null : query.Trim();

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    // Unlocks explicitly: a pooled connection keeps its session (and its advisory locks) when closed.
    private sealed class StoryLock(NpgsqlConnection connection, int key) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock(7351913, @key)", connection);
                command.Parameters.AddWithValue("key", key);
                await command.ExecuteNonQueryAsync();
            }
            catch (NpgsqlException)
            {
                // The connection is gone, and the session's locks with it.
                NpgsqlConnection.ClearPool(connection);
            }
            finally
            {
                await connection.DisposeAsync();
            }
        }
    }
}
