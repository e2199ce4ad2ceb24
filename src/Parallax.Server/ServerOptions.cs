using Parallax.Readers;
using Parallax.Server.Stories;
using Parallax.Storage;

namespace Parallax.Server;

/// <summary>How a Parallax server runs: where it listens and stores, who may read, and its limits. Immutable.</summary>
public sealed record ServerOptions
{
    /// <summary>The default address: loopback only.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>Where to listen (<c>;</c>-separated URLs). Default <see cref="DefaultUrls"/>.</summary>
    public string Urls { get; init; } = DefaultUrls;

    /// <summary>The store. Default: the SQLite file under the user's data directory.</summary>
    public StoreLocation Store { get; init; } = StoreLocation.Parse(null);

    /// <summary>Let anyone read (GET) without a key; writes always need one. Default false.</summary>
    public bool PublicRead { get; init; }

    /// <summary>The largest request body accepted. Default 4 MiB.</summary>
    public long MaxBodyBytes { get; init; } = 4L * 1024 * 1024;

    /// <summary>Time allowed for one request (URL downloads included). Default 60 s.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Time allowed for one dossier build. Default 5 minutes.</summary>
    public TimeSpan DossierTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// The share of one core the background dossier builds may use, in (0, 1]: after a build that took t, the worker
    /// rests t × (1 / share − 1) so requests keep the rest. Default 0.5.
    /// </summary>
    public double DossierBuildShare { get; init; } = 0.5;

    /// <summary>Writes allowed per second per key (token bucket refill). Default 10.</summary>
    public int WritesPerSecond { get; init; } = 10;

    /// <summary>Writes a key may make in a burst. Default 60.</summary>
    public int WriteBurst { get; init; } = 60;

    /// <summary>Reads allowed per second per key, or per client address without a key. Default 100.</summary>
    public int ReadsPerSecond { get; init; } = 100;

    /// <summary>Reads in a burst. Default 400.</summary>
    public int ReadBurst { get; init; } = 400;

    /// <summary>
    /// How URLs in <c>POST /api/articles</c> are fetched: size cap, timeout, and the SSRF guard (private addresses
    /// refused unless allowed). Default: <see cref="ReaderOptions.Default"/> with the size cap of 16 MiB.
    /// </summary>
    public ReaderOptions Reading { get; init; } = ReaderOptions.Default with { MaxInputBytes = 16L * 1024 * 1024, FetchFeedLinks = false };

    /// <summary>
    /// Makes the story assignment of a server (one per server: assigners keep state). Default: Parallax's story
    /// detection (<see cref="DetectedStoryAssigner"/>).
    /// </summary>
    public Func<IStoryAssigner> StoryAssigner { get; init; } = static () => new DetectedStoryAssigner();
}
