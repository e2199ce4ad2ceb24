using System.Collections.Immutable;
using System.Data.Common;
using System.Text;
using Microsoft.Data.Sqlite;
using Parallax.Storage.Schema;

namespace Parallax.Storage.Sqlite;

/// <summary>SQLite: a file, WAL journal (readers never wait for the writer), foreign keys on, FTS5 for search.</summary>
internal sealed class SqliteDialect : SqlDialect
{
    private readonly string _connectionString;

    public SqliteDialect(string path)
    {
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Default,
            ForeignKeys = true,
            DefaultTimeout = 30,
            Pooling = true,
        }.ToString();
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string, long), SemaphoreSlim> StoryLocks = new();

    public override string Name => "SQLite";

    // Microsoft.Data.Sqlite begins transactions IMMEDIATE: the transaction holds the write lock from its start.
    public override string AssignmentLockStatement => "SELECT 1";

    // One process owns a SQLite file in Parallax's use; the lock is kept within it.
    public override async Task<IAsyncDisposable> LockStoryAsync(long storyId, CancellationToken cancellationToken)
    {
        var gate = StoryLocks.GetOrAdd((_connectionString, storyId), _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        return new Release(gate);
    }

    public override ImmutableArray<Migration> Migrations { get; } =
    [
        new(1, "articles, stories, membership, dossiers, API keys",
            [.. SharedSchema.Expand(SharedSchema.Version1, "INTEGER PRIMARY KEY AUTOINCREMENT", "BLOB")]),
        new(2, "full-text search (FTS5)",
        [
            """
            CREATE VIRTUAL TABLE articles_fts USING fts5(
                title, text, author, outlet,
                content='articles', content_rowid='id', tokenize='unicode61 remove_diacritics 2')
            """,
            """
            CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
                INSERT INTO articles_fts (rowid, title, text, author, outlet) VALUES (new.id, new.title, new.text, new.author, new.outlet);
            END
            """,
            "INSERT INTO articles_fts (articles_fts) VALUES ('rebuild')",
        ]),
    ];

    public override string SearchSql =>
        """
        SELECT a.id, m.story_id, a.title, a.source, snippet(articles_fts, 1, '', '', '…', 24)
        FROM articles_fts
        JOIN articles a ON a.id = articles_fts.rowid
        JOIN story_articles m ON m.article_id = a.id
        WHERE articles_fts MATCH @q
        ORDER BY rank
        LIMIT @limit
        """;

    public override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    public override async Task PrepareAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL;";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    // Every word becomes a quoted prefix term, so no user input is FTS5 syntax; all words must match.
    public override string? SearchQueryText(string query)
    {
        var builder = new StringBuilder();
        var word = new StringBuilder();
        foreach (var c in query + " ")
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
                continue;
            }

            if (word.Length > 0)
            {
                builder.Append(builder.Length > 0 ? " " : string.Empty).Append('"').Append(word).Append("\"*");
                word.Clear();
            }
        }

        return builder.Length == 0 ? null : builder.ToString();
    }

    private sealed class Release(SemaphoreSlim gate) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            gate.Release();
            return ValueTask.CompletedTask;
        }
    }
}
