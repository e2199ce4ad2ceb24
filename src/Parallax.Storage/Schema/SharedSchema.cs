namespace Parallax.Storage.Schema;

/// <summary>
/// The tables every dialect has, written once with a placeholder for the types that differ: <c>{id}</c> (an
/// auto-increment key), <c>{blob}</c> (bytes). Times are Unix milliseconds (BIGINT) everywhere.
/// </summary>
internal static class SharedSchema
{
    public static readonly string[] Version1 =
    [
        """
        CREATE TABLE articles (
            id {id},
            content_hash TEXT NOT NULL UNIQUE,
            source TEXT NOT NULL,
            title TEXT NULL,
            outlet TEXT NULL,
            author TEXT NULL,
            published TEXT NULL,
            language TEXT NULL,
            url TEXT NULL,
            text TEXT NOT NULL,
            removed_json TEXT NOT NULL,
            diagnostics_json TEXT NOT NULL,
            raw_kind TEXT NOT NULL,
            raw_media_type TEXT NULL,
            raw_content {blob} NOT NULL,
            terms TEXT NOT NULL,
            added BIGINT NOT NULL
        )
        """,
        """
        CREATE TABLE stories (
            id {id},
            label TEXT NOT NULL,
            revision BIGINT NOT NULL,
            created BIGINT NOT NULL,
            updated BIGINT NOT NULL
        )
        """,
        """
        CREATE TABLE story_articles (
            article_id BIGINT NOT NULL PRIMARY KEY REFERENCES articles (id),
            story_id BIGINT NOT NULL REFERENCES stories (id)
        )
        """,
        "CREATE INDEX story_articles_story ON story_articles (story_id, article_id)",
        "CREATE INDEX stories_updated ON stories (updated)",
        """
        CREATE TABLE dossiers (
            story_id BIGINT NOT NULL PRIMARY KEY REFERENCES stories (id),
            revision BIGINT NOT NULL,
            json TEXT NOT NULL,
            html TEXT NOT NULL,
            computed BIGINT NOT NULL
        )
        """,
        """
        CREATE TABLE api_keys (
            id TEXT NOT NULL PRIMARY KEY,
            name TEXT NOT NULL,
            secret_hash TEXT NOT NULL UNIQUE,
            created BIGINT NOT NULL,
            revoked BIGINT NULL
        )
        """,
    ];

    public static string[] Expand(string[] statements, string id, string blob)
    {
        var result = new string[statements.Length];
        for (var i = 0; i < statements.Length; i++)
        {
            result[i] = statements[i].Replace("{id}", id, StringComparison.Ordinal).Replace("{blob}", blob, StringComparison.Ordinal);
        }

        return result;
    }
}
