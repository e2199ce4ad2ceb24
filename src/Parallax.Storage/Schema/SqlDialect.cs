using System.Collections.Immutable;
using System.Data.Common;

namespace Parallax.Storage.Schema;

/// <summary>
/// What differs between the databases Parallax stores into: how to connect, the column types in each migration, how
/// full-text search is asked, and how concurrent migrations are kept apart. Everything else is shared SQL. Immutable.
/// </summary>
internal abstract class SqlDialect
{
    /// <summary>A name for messages ("SQLite", "PostgreSQL").</summary>
    public abstract string Name { get; }

    /// <summary>The schema, as versioned steps in order.</summary>
    public abstract ImmutableArray<Migration> Migrations { get; }

    /// <summary>Opens a new connection.</summary>
    public abstract Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>Runs once before migrations, outside any transaction (e.g. journal mode).</summary>
    public virtual Task PrepareAsync(DbConnection connection, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Statements run at the start of the migration transaction so two processes do not migrate at once.</summary>
    public virtual string? MigrationLockStatement => null;

    /// <summary>
    /// The first statement of a story-assignment transaction: holds a lock until the transaction ends, so only one
    /// process assigns at a time (<see cref="ParallaxStore.AddArticleExclusiveAsync"/>).
    /// </summary>
    public abstract string AssignmentLockStatement { get; }

    /// <summary>Waits for and holds the lock of one story until the handle is disposed (<see cref="ParallaxStore.LockStoryAsync"/>).</summary>
    public abstract Task<IAsyncDisposable> LockStoryAsync(long storyId, CancellationToken cancellationToken);

    /// <summary>
    /// A query with parameters <c>@q</c> (the user's words, as <see cref="SearchQueryText"/> returns them) and <c>@limit</c>
    /// returning article id, story id, title, source and a snippet, best first.
    /// </summary>
    public abstract string SearchSql { get; }

    /// <summary>The user's search words as the <c>@q</c> parameter of <see cref="SearchSql"/>; null when nothing is searchable.</summary>
    public abstract string? SearchQueryText(string query);
}
