using System.Reflection;
using Xunit.Sdk;

namespace Parallax.Storage.Tests;

/// <summary>Runs a store theory against SQLite and PostgreSQL; the PostgreSQL case is skipped when its binaries are absent.</summary>
public sealed class SqliteBackendAttribute : DataAttribute
{
    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [["sqlite"]];
}

/// <summary>The PostgreSQL case of a store theory (a throwaway cluster), skipped when PostgreSQL is not installed.</summary>
public sealed class PostgreSqlBackendAttribute : DataAttribute
{
    public PostgreSqlBackendAttribute()
    {
        Skip = PostgreSqlCluster.SkipReason!;
    }

    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [["postgresql"]];
}

/// <summary>A fresh, empty store of one backend, deleted afterwards.</summary>
public sealed class TestStore : IAsyncDisposable
{
    private readonly string? _directory;

    private TestStore(ParallaxStore store, string? directory)
    {
        Store = store;
        _directory = directory;
    }

    public ParallaxStore Store { get; }

    public StoreLocation Location => Store.Location;

    public static async Task<TestStore> CreateAsync(string backend, TimeProvider? time = null)
    {
        if (backend == "postgresql")
        {
            var location = new StoreLocation(true, PostgreSqlCluster.Instance.CreateDatabase());
            return new TestStore(await ParallaxStore.OpenAsync(location, time), null);
        }

        var directory = Path.Combine(Path.GetTempPath(), "parallax-store-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(directory);
        var store = await ParallaxStore.OpenAsync(StoreLocation.Parse(Path.Combine(directory, "test.db")), time);
        return new TestStore(store, directory);
    }

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        if (_directory is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_directory, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
