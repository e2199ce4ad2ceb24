using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using Parallax.Readers.Decoding;

namespace Parallax.Readers.Web;

/// <summary>A document downloaded by <see cref="WebFetcher"/>.</summary>
/// <param name="Url">The address it was finally read from, after redirects.</param>
/// <param name="Content">The body, at most <see cref="ReaderOptions.MaxInputBytes"/> bytes.</param>
/// <param name="MediaType">The media type from <c>Content-Type</c> ("text/html"), lower case; null when absent.</param>
/// <param name="Charset">The charset from <c>Content-Type</c>; null when absent.</param>
public sealed record FetchedDocument(Uri Url, byte[] Content, string? MediaType, string? Charset)
{
    /// <summary>The response's <c>ETag</c>, for a later conditional request; null when absent.</summary>
    public string? ETag { get; init; }

    /// <summary>The response's <c>Last-Modified</c>, for a later conditional request; null when absent.</summary>
    public DateTimeOffset? LastModified { get; init; }

    /// <summary>The kind of document the media type names, or null when it names none Parallax reads (sniff then).</summary>
    public ContentKind? Kind => ContentSniffer.FromMediaType(MediaType);
}

/// <summary>A download, or the reason there is none.</summary>
/// <param name="Document">What was downloaded; null on failure.</param>
/// <param name="Error">Why nothing was downloaded; null on success.</param>
public sealed record FetchResult(FetchedDocument? Document, string? Error)
{
    /// <summary>True when a conditional request was answered <c>304 Not Modified</c> (no document, no error).</summary>
    public bool NotModified { get; init; }

    /// <summary>The HTTP status of a failed response (429, 503, …), or null when the failure was not an HTTP answer.</summary>
    public int? Status { get; init; }

    /// <summary>How long the server asked to wait (<c>Retry-After</c>), when it did.</summary>
    public TimeSpan? RetryAfter { get; init; }

    internal static FetchResult Failure(string error) => new(null, error);
}

/// <summary>The validators of a conditional GET: what a previous response said, so the server can answer 304.</summary>
/// <param name="ETag">Sent as <c>If-None-Match</c> when not null.</param>
/// <param name="LastModified">Sent as <c>If-Modified-Since</c> when not null.</param>
public sealed record FetchConditions(string? ETag, DateTimeOffset? LastModified);

/// <summary>
/// Downloads http(s) documents safely: refuses other schemes; refuses hosts that resolve to loopback, private,
/// link-local or other non-public addresses (checked before each request and again on the address actually connected
/// to, so DNS rebinding cannot bypass it) unless <see cref="ReaderOptions.AllowPrivateAddresses"/>; follows redirects
/// itself, re-checking each hop, up to <see cref="ReaderOptions.MaxRedirects"/>; caps time
/// (<see cref="ReaderOptions.FetchTimeout"/>, for the whole fetch) and size (<see cref="ReaderOptions.MaxInputBytes"/>,
/// from <c>Content-Length</c> and while streaming); refuses media types that are not pages, feeds or text.
/// Thread-safe. Never throws except <see cref="OperationCanceledException"/> when the caller cancels.
/// </summary>
public sealed class WebFetcher
{
    /// <summary>The <c>User-Agent</c> sent with every request.</summary>
    public const string UserAgent = "Parallax/0.1 (+news comparison)";

    private static readonly Lazy<HttpClient> PublicOnlyClient = new(() => new HttpClient(CreateGuardedHandler(allowPrivate: false)) { Timeout = Timeout.InfiniteTimeSpan });
    private static readonly Lazy<HttpClient> AnyAddressClient = new(() => new HttpClient(CreateGuardedHandler(allowPrivate: true)) { Timeout = Timeout.InfiniteTimeSpan });

    private readonly ReaderOptions _options;
    private readonly HttpClient _client;

    /// <summary>Creates a fetcher with <paramref name="options"/>; uses <see cref="ReaderOptions.HttpHandler"/> when set (not disposed here).</summary>
    public WebFetcher(ReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _client = options.HttpHandler is { } handler
            ? new HttpClient(handler, disposeHandler: false) { Timeout = Timeout.InfiniteTimeSpan }
            : options.AllowPrivateAddresses ? AnyAddressClient.Value : PublicOnlyClient.Value;
    }

    /// <summary>Downloads <paramref name="url"/>.</summary>
    /// <returns>The document, or a failure saying why there is none.</returns>
    /// <exception cref="OperationCanceledException">When <paramref name="cancellationToken"/> is cancelled.</exception>
    public Task<FetchResult> FetchAsync(string url, CancellationToken cancellationToken = default) =>
        FetchAsync(url, null, cancellationToken);

    /// <summary>
    /// Downloads <paramref name="url"/> with a conditional GET when <paramref name="conditions"/> are given: a
    /// <c>304 Not Modified</c> answer gives <see cref="FetchResult.NotModified"/>.
    /// </summary>
    /// <exception cref="OperationCanceledException">When <paramref name="cancellationToken"/> is cancelled.</exception>
    public async Task<FetchResult> FetchAsync(string url, FetchConditions? conditions, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return FetchResult.Failure($"not a valid URL: {url}");
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.FetchTimeout);
        try
        {
            return await FetchFollowingRedirectsAsync(uri, conditions, timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return FetchResult.Failure($"timed out after {_options.FetchTimeout.TotalSeconds:0.#} s");
        }
        catch (HttpRequestException ex)
        {
            return FetchResult.Failure(FindRefusal(ex) ?? $"could not fetch {uri}: {ex.Message}");
        }
        catch (IOException ex)
        {
            return FetchResult.Failure(FindRefusal(ex) ?? $"could not fetch {uri}: {ex.Message}");
        }
    }

    /// <summary>
    /// The handler used when <see cref="ReaderOptions.HttpHandler"/> is null: no automatic redirects, no proxy, no cookies,
    /// and a connect callback that resolves the host itself and refuses to connect when any address is not public.
    /// </summary>
    internal static SocketsHttpHandler CreateGuardedHandler(bool allowPrivate) => new()
    {
        AllowAutoRedirect = false,
        UseProxy = false,
        UseCookies = false,
        AutomaticDecompression = DecompressionMethods.All,
        PooledConnectionLifetime = TimeSpan.FromMinutes(2),
        ConnectCallback = (context, cancellationToken) => ConnectAsync(context, allowPrivate, cancellationToken),
    };

    private static async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, bool allowPrivate, CancellationToken cancellationToken)
    {
        var endPoint = context.DnsEndPoint;
        var (addresses, error) = await AddressGuard.ResolveAsync(endPoint.Host, allowPrivate, cancellationToken).ConfigureAwait(false);
        if (error is not null)
        {
            throw new AddressRefusedException(error);
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, endPoint.Port, cancellationToken).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private static string? FindRefusal(Exception exception)
    {
        for (var inner = exception; inner is not null; inner = inner.InnerException)
        {
            if (inner is AddressRefusedException refused)
            {
                return refused.Message;
            }
        }

        return null;
    }

    private async Task<FetchResult> FetchFollowingRedirectsAsync(Uri uri, FetchConditions? conditions, CancellationToken cancellationToken)
    {
        for (var hop = 0; ; hop++)
        {
            if (AddressGuard.RefuseScheme(uri) is { } schemeError)
            {
                return FetchResult.Failure(hop == 0 ? schemeError : $"redirect to {uri} refused: {schemeError}");
            }

            if (!_options.AllowPrivateAddresses)
            {
                var (_, hostError) = await AddressGuard.ResolveAsync(uri.IdnHost, allowPrivate: false, cancellationToken).ConfigureAwait(false);
                if (hostError is not null)
                {
                    return FetchResult.Failure(hop == 0 ? hostError : $"redirect to {uri} refused: {hostError}");
                }
            }

            using var request = new HttpRequestMessage(HttpMethod.Get, uri);
            request.Headers.TryAddWithoutValidation("User-Agent", UserAgent);
            request.Headers.TryAddWithoutValidation(
                "Accept",
                "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/xml;q=0.9, text/plain;q=0.8");
            if (conditions?.ETag is { } etag)
            {
                request.Headers.TryAddWithoutValidation("If-None-Match", etag);
            }

            if (conditions?.LastModified is { } modified)
            {
                request.Headers.IfModifiedSince = modified;
            }
            using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            if (status is 301 or 302 or 303 or 307 or 308)
            {
                if (hop >= _options.MaxRedirects)
                {
                    return FetchResult.Failure($"too many redirects (more than {_options.MaxRedirects})");
                }

                if (response.Headers.Location is not { } location)
                {
                    return FetchResult.Failure($"HTTP {status} redirect from {uri} without a Location");
                }

                uri = location.IsAbsoluteUri ? location : new Uri(uri, location);
                continue;
            }

            if (status == 304 && conditions is not null)
            {
                return new FetchResult(null, null) { NotModified = true };
            }

            if (!response.IsSuccessStatusCode)
            {
                var retryAfter = response.Headers.RetryAfter is { } after
                    ? after.Delta ?? (after.Date is { } date ? date - DateTimeOffset.UtcNow : null)
                    : null;
                return FetchResult.Failure($"HTTP {status} {response.ReasonPhrase} from {uri}") with { Status = status, RetryAfter = retryAfter };
            }

            var contentType = response.Content.Headers.ContentType;
            var mediaType = contentType?.MediaType?.ToLowerInvariant();
            if (RefuseMediaType(mediaType) is { } typeError)
            {
                return FetchResult.Failure(typeError);
            }

            if (response.Content.Headers.ContentLength is { } length && length > _options.MaxInputBytes)
            {
                return FetchResult.Failure(
                    $"download is {ByteSize.Format(length)}, over the {ByteSize.FormatLimit(_options.MaxInputBytes)} limit (--max-size)");
            }

            var body = await ReadCappedAsync(response.Content, cancellationToken).ConfigureAwait(false);
            return body is null
                ? FetchResult.Failure($"download is over the {ByteSize.FormatLimit(_options.MaxInputBytes)} limit (--max-size)")
                : new FetchResult(new FetchedDocument(uri, body, mediaType, CharsetOf(contentType))
                {
                    ETag = response.Headers.ETag?.ToString(),
                    LastModified = response.Content.Headers.LastModified,
                }, null);
        }
    }

    private static string? CharsetOf(MediaTypeHeaderValue? contentType) =>
        string.IsNullOrWhiteSpace(contentType?.CharSet) ? null : contentType.CharSet.Trim('"', '\'', ' ');

    private static string? RefuseMediaType(string? mediaType)
    {
        if (mediaType is null || ContentSniffer.FromMediaType(mediaType) is not null || mediaType.StartsWith("text/", StringComparison.Ordinal))
        {
            return null;
        }

        return $"refused content type {mediaType} (not a web page, feed or text)";
    }

    private async Task<byte[]?> ReadCappedAsync(HttpContent content, CancellationToken cancellationToken)
    {
        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            return await StreamReading.ReadCappedAsync(stream, _options.MaxInputBytes, cancellationToken).ConfigureAwait(false);
        }
    }

    private sealed class AddressRefusedException(string message) : IOException(message);
}
