namespace Parallax.Readers;

/// <summary>Limits and switches for reading inputs. Immutable; the defaults suit a desktop batch run.</summary>
public sealed record ReaderOptions
{
    /// <summary>The default options.</summary>
    public static ReaderOptions Default { get; } = new();

    /// <summary>Inputs larger than this (files, downloads, decompressed data) are refused without being read whole. Default 64 MiB.</summary>
    public long MaxInputBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>Allow URLs that resolve to loopback, private or link-local addresses. Off by default (no SSRF).</summary>
    public bool AllowPrivateAddresses { get; init; }

    /// <summary>Time allowed for one download, from request to last byte. Default 30 s.</summary>
    public TimeSpan FetchTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Redirects followed per URL. Default 5.</summary>
    public int MaxRedirects { get; init; } = 5;

    /// <summary>Items read from one feed or JSON Lines file. Default 10,000.</summary>
    public int MaxItemsPerInput { get; init; } = 10_000;

    /// <summary>Fetch the linked page of a feed item that has no content. Default true.</summary>
    public bool FetchFeedLinks { get; init; } = true;

    /// <summary>The HTTP handler used for URLs; null for the built-in guarded handler. Tests substitute one.</summary>
    public HttpMessageHandler? HttpHandler { get; init; }

    /// <summary>What <c>-</c> reads; null for the process's standard input.</summary>
    public Func<Stream>? StandardInput { get; init; }
}
