namespace Parallax.Storage;

/// <summary>Where the store lives, from the <c>--db</c> option. Immutable.</summary>
/// <param name="IsPostgreSql">True for a PostgreSQL connection string, false for a SQLite file.</param>
/// <param name="Value">The connection string, or the SQLite file's full path.</param>
public sealed record StoreLocation(bool IsPostgreSql, string Value)
{
    /// <summary>The default SQLite file: <c>parallax/parallax.db</c> under the user's local data directory.</summary>
    public static string DefaultSqlitePath =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "parallax", "parallax.db");

    /// <summary>
    /// Reads <paramref name="db"/>: null or empty for the default SQLite file; a string with <c>Host=</c> (or
    /// <c>Server=</c>), or a <c>postgres://</c>/<c>postgresql://</c> URL, for PostgreSQL; anything else is a SQLite path.
    /// </summary>
    public static StoreLocation Parse(string? db)
    {
        if (string.IsNullOrWhiteSpace(db))
        {
            return new StoreLocation(false, DefaultSqlitePath);
        }

        var trimmed = db.Trim();
        if (trimmed.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) ||
            trimmed.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            return new StoreLocation(true, FromUrl(new Uri(trimmed)));
        }

        foreach (var part in trimmed.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0 && part[..equals].Trim() is var key &&
                (key.Equals("Host", StringComparison.OrdinalIgnoreCase) || key.Equals("Server", StringComparison.OrdinalIgnoreCase)))
            {
                return new StoreLocation(true, trimmed);
            }
        }

        return new StoreLocation(false, Path.GetFullPath(trimmed));
    }

    /// <summary>A description without secrets, for logs.</summary>
    public override string ToString()
    {
        if (!IsPostgreSql)
        {
            return "SQLite " + Value;
        }

        var builder = new Npgsql.NpgsqlConnectionStringBuilder(Value) { Password = null };
        return "PostgreSQL " + builder.Host + ":" + builder.Port + "/" + builder.Database;
    }

    private static string FromUrl(Uri url)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder { Host = url.Host };
        if (url.Port > 0)
        {
            builder.Port = url.Port;
        }

        var database = url.AbsolutePath.Trim('/');
        if (database.Length > 0)
        {
            builder.Database = Uri.UnescapeDataString(database);
        }

        if (url.UserInfo.Length > 0)
        {
            var colon = url.UserInfo.IndexOf(':', StringComparison.Ordinal);
            builder.Username = Uri.UnescapeDataString(colon < 0 ? url.UserInfo : url.UserInfo[..colon]);
            if (colon >= 0)
            {
                builder.Password = Uri.UnescapeDataString(url.UserInfo[(colon + 1)..]);
            }
        }

        return builder.ToString();
    }
}
