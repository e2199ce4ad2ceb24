using System.Collections.Concurrent;
using Parallax.Storage;

namespace Parallax.Server.Dossiers;

/// <summary>
/// A computed dossier ready to send: its JSON as UTF-8 bytes, the same bytes gzip-compressed, and its HTML (plain and
/// gzip), all made once per story revision so a read only copies bytes. Immutable.
/// </summary>
/// <param name="StoryId">The story.</param>
/// <param name="Revision">The story revision it was computed from.</param>
/// <param name="Json">The contract JSON, UTF-8.</param>
/// <param name="Html">The HTML dossier.</param>
/// <param name="Computed">When it was computed.</param>
public sealed record ReadyDossier(long StoryId, long Revision, byte[] Json, string Html, DateTimeOffset Computed)
{
    /// <summary>The JSON, gzip-compressed.</summary>
    public byte[] JsonGzip { get; } = Gzip(Json);

    /// <summary>The HTML as UTF-8 bytes.</summary>
    public byte[] HtmlBytes { get; } = System.Text.Encoding.UTF8.GetBytes(Html);

    /// <summary>The HTML, gzip-compressed.</summary>
    public byte[] HtmlGzip { get; } = Gzip(System.Text.Encoding.UTF8.GetBytes(Html));

    /// <summary>The HTTP entity tag of this dossier (one per revision, for every encoding).</summary>
    public string ETag => $"W/\"{StoryId}-{Revision}\"";

    /// <summary>A ready dossier of a stored one.</summary>
    public static ReadyDossier From(StoredDossier stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        return new ReadyDossier(stored.StoryId, stored.Revision, System.Text.Encoding.UTF8.GetBytes(stored.Json), stored.Html, stored.Computed);
    }

    private static byte[] Gzip(byte[] content)
    {
        using var buffer = new MemoryStream(content.Length / 6);
        using (var gzip = new System.IO.Compression.GZipStream(buffer, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(content);
        }

        return buffer.ToArray();
    }
}

/// <summary>
/// The last complete dossier of each story, in memory in front of the store, so readers never wait for a
/// recomputation and rarely for the database. Keeps the newest revision only; bounded in entries. Thread-safe.
/// </summary>
public sealed class DossierCache(ParallaxStore store, int capacity = 512)
{
    private readonly ConcurrentDictionary<long, ReadyDossier> _entries = new();

    /// <summary>The last complete dossier of story <paramref name="storyId"/>, or null when none was computed yet.</summary>
    public async ValueTask<ReadyDossier?> GetAsync(long storyId, CancellationToken cancellationToken)
    {
        if (_entries.TryGetValue(storyId, out var ready))
        {
            return ready;
        }

        if (await store.GetDossierAsync(storyId, cancellationToken) is not { } stored)
        {
            return null;
        }

        ready = ReadyDossier.From(stored);
        Put(ready);
        return ready;
    }

    /// <summary>Keeps <paramref name="dossier"/> unless a later revision is kept already.</summary>
    public void Put(ReadyDossier dossier)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        if (_entries.Count >= capacity && !_entries.ContainsKey(dossier.StoryId))
        {
            foreach (var key in _entries.Keys)
            {
                _entries.TryRemove(key, out _);
                break;
            }
        }

        _entries.AddOrUpdate(dossier.StoryId, dossier, (_, old) => old.Revision >= dossier.Revision ? old : dossier);
    }
}
