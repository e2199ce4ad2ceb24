using System.Collections.Immutable;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using Parallax.Model;
using Parallax.Readers.Decoding;
using Parallax.Readers.Feeds;
using Parallax.Readers.Html;
using Parallax.Readers.JsonLines;
using Parallax.Readers.Text;
using Parallax.Readers.Web;

namespace Parallax.Readers;

/// <summary>
/// Reads any mix of inputs into articles: <c>.txt</c>, <c>.html</c>/<c>.htm</c>/<c>.xhtml</c> (also gzip-compressed),
/// RSS/Atom feeds, JSON Lines, directories (recursively, streamed, sorted, hidden files skipped), http(s) URLs (through
/// the guarded <see cref="WebFetcher"/>) and <c>-</c> for standard input. Files of other kinds are sniffed.
/// Never throws on bad input: each input yields an <see cref="InputResult"/> with diagnostics, and sizes, item counts
/// and download times are capped by <see cref="ReaderOptions"/>. Thread-safe; the only exception is
/// <see cref="OperationCanceledException"/> when the caller cancels.
/// </summary>
public sealed class ArticleReader
{
    private const int MaxDirectoryDepth = 64;

    /// <summary>A feed item's summary at least this long (in characters of text) is taken as its content.</summary>
    private const int FullSummaryLength = 500;

    private readonly ReaderOptions _options;
    private readonly HtmlArticleExtractor _htmlExtractor = new();
    private readonly Lazy<WebFetcher> _fetcher;

    /// <summary>Creates a reader with <paramref name="options"/> (or the defaults).</summary>
    public ArticleReader(ReaderOptions? options = null)
    {
        _options = options ?? ReaderOptions.Default;
        _fetcher = new Lazy<WebFetcher>(() => new WebFetcher(_options));
    }

    /// <summary>Reads every input in order, one result per file, URL or stdin, as soon as it is read.</summary>
    /// <param name="inputs">Paths (files or directories), http(s) URLs, or <c>-</c> for standard input.</param>
    /// <param name="cancellationToken">Observed between and during inputs.</param>
    /// <exception cref="OperationCanceledException">When <paramref name="cancellationToken"/> is cancelled.</exception>
    public async IAsyncEnumerable<InputResult> ReadAllAsync(
        IEnumerable<string> inputs,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        foreach (var input in inputs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (string.IsNullOrWhiteSpace(input))
            {
                yield return InputResult.Failure(input ?? string.Empty, "empty input name");
            }
            else if (input == "-")
            {
                yield return await GuardAsync(input, ct => ReadStandardInputAsync(ct), cancellationToken).ConfigureAwait(false);
            }
            else if (Directory.Exists(input))
            {
                var any = false;
                foreach (var (file, error) in EnumerateFiles(input, cancellationToken))
                {
                    any = true;
                    yield return error is not null
                        ? InputResult.Failure(file, error)
                        : await GuardAsync(file, ct => ReadFileAsync(file, ct), cancellationToken).ConfigureAwait(false);
                }

                if (!any)
                {
                    yield return InputResult.Failure(input, "no files found in directory");
                }
            }
            else if (!File.Exists(input) && LooksLikeUrl(input))
            {
                yield return await GuardAsync(input, ct => ReadUrlAsync(input, input, allowFeed: true, ct), cancellationToken).ConfigureAwait(false);
            }
            else
            {
                yield return await GuardAsync(input, ct => ReadFileAsync(input, ct), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// Reads one document already in memory (a request body, a queue message) as a file would be read: gzip, charset,
    /// binary refusal, then HTML, feed, JSON Lines or plain text by <paramref name="contentType"/> or by sniffing.
    /// </summary>
    /// <param name="source">What the article's <see cref="Article.Source"/> will be: a name or URL to show.</param>
    /// <param name="content">The document's bytes; refused when over <see cref="ReaderOptions.MaxInputBytes"/>.</param>
    /// <param name="contentType">A media type such as <c>text/html; charset=koi8-r</c>, or null to sniff.</param>
    /// <param name="cancellationToken">Observed while reading.</param>
    /// <exception cref="OperationCanceledException">When <paramref name="cancellationToken"/> is cancelled.</exception>
    public Task<InputResult> ReadDocumentAsync(
        string source, byte[] content, string? contentType = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(content);
        if (content.LongLength > _options.MaxInputBytes)
        {
            return Task.FromResult(InputResult.Failure(
                source, $"document is {ByteSize.Format(content.LongLength)}, over the {ByteSize.FormatLimit(_options.MaxInputBytes)} limit (--max-size)"));
        }

        string? mediaType = null;
        string? charset = null;
        if (contentType is not null && System.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out var parsed))
        {
            mediaType = parsed.MediaType?.ToLowerInvariant();
            charset = string.IsNullOrWhiteSpace(parsed.CharSet) ? null : parsed.CharSet.Trim('"');
        }

        var url = Uri.TryCreate(source, UriKind.Absolute, out var address) && address.Scheme is "http" or "https" ? address : null;
        var document = new Content(source, source, content, ContentSniffer.FromMediaType(mediaType), charset, url);
        return GuardAsync(source, ct => ReadContentAsync(document, allowFeed: true, ct), cancellationToken);
    }

    // "scheme:..." with a scheme of two or more letters (so "C:\x" stays a path).
    private static bool LooksLikeUrl(string input)
    {
        var colon = input.IndexOf(':', StringComparison.Ordinal);
        if (colon < 2)
        {
            return false;
        }

        for (var i = 0; i < colon; i++)
        {
            var c = input[i];
            if (!(char.IsAsciiLetter(c) || (i > 0 && (char.IsAsciiDigit(c) || c is '+' or '-' or '.'))))
            {
                return false;
            }
        }

        return true;
    }

    // The last line of defence: a bug in a parser must not end the batch.
    private static async Task<InputResult> GuardAsync(
        string input, Func<CancellationToken, Task<InputResult>> read, CancellationToken cancellationToken)
    {
        try
        {
            return await read(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // Readers never throw on bad input: any failure becomes a diagnostic.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return InputResult.Failure(input, $"could not be read: {ex.GetType().Name}: {ex.Message}");
        }
    }

    /// <summary>
    /// The files under <paramref name="root"/>, lazily: in each directory its files sorted by name, then its subdirectories
    /// sorted by name. A directory that cannot be listed comes with an error instead.
    /// </summary>
    private static IEnumerable<(string Path, string? Error)> EnumerateFiles(string root, CancellationToken cancellationToken)
    {
        var visited = new HashSet<string>(StringComparer.Ordinal) { Path.GetFullPath(root) };
        var pending = new Stack<(string Path, int Depth)>();
        pending.Push((root, 0));
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = false,
            IgnoreInaccessible = true,
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
            ReturnSpecialDirectories = false,
        };
        while (pending.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (directory, depth) = pending.Pop();
            var files = new List<string>();
            var subdirectories = new List<string>();
            string? error = null;
            try
            {
                foreach (var entry in new DirectoryInfo(directory).EnumerateFileSystemInfos("*", options))
                {
                    if (entry.Name.StartsWith('.'))
                    {
                        continue;
                    }

                    if (entry is DirectoryInfo subdirectory)
                    {
                        if (depth < MaxDirectoryDepth && Enter(subdirectory, visited))
                        {
                            subdirectories.Add(entry.Name);
                        }
                    }
                    else
                    {
                        files.Add(entry.Name);
                    }
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                error = ex is UnauthorizedAccessException ? "permission denied" : $"could not list directory: {ex.Message}";
            }

            if (error is not null)
            {
                yield return (directory, error);
                continue;
            }

            files.Sort(StringComparer.Ordinal);
            subdirectories.Sort(StringComparer.Ordinal);
            for (var i = subdirectories.Count - 1; i >= 0; i--)
            {
                pending.Push((Path.Combine(directory, subdirectories[i]), depth + 1));
            }

            foreach (var file in files)
            {
                yield return (Path.Combine(directory, file), null);
            }
        }
    }

    // A symbolic link to a directory is followed once per target, so link loops end.
    private static bool Enter(DirectoryInfo directory, HashSet<string> visited)
    {
        if (directory.LinkTarget is null)
        {
            return visited.Add(directory.FullName);
        }

        try
        {
            var target = directory.ResolveLinkTarget(returnFinalTarget: true);
            return target is { Exists: true } && visited.Add(target.FullName);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private async Task<InputResult> ReadFileAsync(string path, CancellationToken cancellationToken)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            return InputResult.Failure(path, "no such file or directory");
        }

        if (info.Length > _options.MaxInputBytes)
        {
            return InputResult.Failure(
                path, $"file is {ByteSize.Format(info.Length)}, over the {ByteSize.FormatLimit(_options.MaxInputBytes)} limit (--max-size)");
        }

        byte[]? bytes;
        try
        {
            var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 0, FileOptions.Asynchronous);
            await using (stream.ConfigureAwait(false))
            {
                bytes = await StreamReading.ReadCappedAsync(stream, _options.MaxInputBytes, cancellationToken, info.Length).ConfigureAwait(false);
            }
        }
        catch (UnauthorizedAccessException)
        {
            return InputResult.Failure(path, "permission denied");
        }
        catch (IOException ex)
        {
            return InputResult.Failure(path, $"could not be read: {ex.Message}");
        }

        if (bytes is null)
        {
            return InputResult.Failure(path, $"file is over the {ByteSize.FormatLimit(_options.MaxInputBytes)} limit (--max-size)");
        }

        return await ReadContentAsync(new Content(path, path, bytes, null, null, null), allowFeed: true, cancellationToken).ConfigureAwait(false);
    }

    private async Task<InputResult> ReadStandardInputAsync(CancellationToken cancellationToken)
    {
        const string source = "-";
        var stream = _options.StandardInput?.Invoke() ?? Console.OpenStandardInput();
        byte[]? bytes;
        await using (stream.ConfigureAwait(false))
        {
            bytes = await StreamReading.ReadCappedAsync(stream, _options.MaxInputBytes, cancellationToken).ConfigureAwait(false);
        }

        if (bytes is null)
        {
            return InputResult.Failure(source, $"standard input is over the {ByteSize.FormatLimit(_options.MaxInputBytes)} limit (--max-size)");
        }

        return await ReadContentAsync(new Content(source, source, bytes, null, null, null), allowFeed: true, cancellationToken).ConfigureAwait(false);
    }

    private async Task<InputResult> ReadUrlAsync(string input, string source, bool allowFeed, CancellationToken cancellationToken)
    {
        if (Uri.TryCreate(input, UriKind.Absolute, out var uri) && AddressGuard.RefuseScheme(uri) is { } schemeError)
        {
            return InputResult.Failure(input, schemeError);
        }

        var fetched = await _fetcher.Value.FetchAsync(input, cancellationToken).ConfigureAwait(false);
        if (fetched.Document is not { } document)
        {
            return InputResult.Failure(input, fetched.Error ?? "download failed");
        }

        var name = document.Url.AbsolutePath;
        var content = new Content(source, name, document.Content, document.Kind, document.Charset, document.Url);
        return await ReadContentAsync(content, allowFeed, cancellationToken).ConfigureAwait(false);
    }

    private async Task<InputResult> ReadContentAsync(Content content, bool allowFeed, CancellationToken cancellationToken)
    {
        var source = content.Source;
        var bytes = content.Bytes;
        var name = content.Name;
        var gzipNote = (Diagnostic?)null;
        if (TextDecoder.IsGzip(bytes))
        {
            var (inflated, error) = Decompress(bytes, cancellationToken);
            if (inflated is null)
            {
                return InputResult.Failure(source, error!);
            }

            if (TextDecoder.IsGzip(inflated))
            {
                return InputResult.Failure(source, "nested gzip data refused");
            }

            bytes = inflated;
            gzipNote = Diagnostic.Info($"decompressed gzip ({ByteSize.Format(content.Bytes.Length)} → {ByteSize.Format(inflated.Length)})", source);
        }

        if (name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            name = name[..^3];
        }

        var decoded = TextDecoder.Decode(bytes, content.Charset);
        if (decoded.Text is not { } text)
        {
            return InputResult.Failure(source, decoded.Error ?? "not text");
        }

        var diagnostics = new List<Diagnostic>();
        if (gzipNote is not null)
        {
            diagnostics.Add(gzipNote);
        }

        foreach (var diagnostic in decoded.Diagnostics)
        {
            diagnostics.Add(diagnostic with { Source = source });
        }

        var kind = ChooseKind(content.Kind, Path.GetExtension(name), text);
        switch (kind)
        {
            case ContentKind.Html:
                return ReadHtml(source, text, content.Url, diagnostics, cancellationToken);
            case ContentKind.Feed when allowFeed:
                return await ReadFeedAsync(source, text, content.Url, diagnostics, cancellationToken).ConfigureAwait(false);
            case ContentKind.Feed:
                return Failed(source, diagnostics, "a feed was found where an article page was expected");
            case ContentKind.JsonLines when allowFeed:
                return await ReadJsonLinesAsync(source, text, diagnostics, cancellationToken).ConfigureAwait(false);
            case ContentKind.JsonLines:
                return Failed(source, diagnostics, "JSON Lines were found where an article page was expected");
            case ContentKind.OtherXml:
                return Failed(source, diagnostics, "XML that is neither an RSS/Atom feed nor XHTML");
            default:
                return ReadPlainText(source, text, content.Url, diagnostics);
        }
    }

    private static ContentKind ChooseKind(ContentKind? declared, string extension, string text)
    {
        var claimed = declared ?? ContentSniffer.FromExtension(extension);
        if (claimed is ContentKind.Text)
        {
            return ContentKind.Text;
        }

        var sniffed = ContentSniffer.Sniff(text);
        return claimed switch
        {
            null => sniffed,

            // An .xml file or XML media type may hold XHTML; a feed served as text/html is still a feed.
            ContentKind.Feed => sniffed is ContentKind.Html ? ContentKind.Html : ContentKind.Feed,
            ContentKind.Html => sniffed is ContentKind.Feed ? ContentKind.Feed : ContentKind.Html,
            _ => claimed.Value,
        };
    }

    private (byte[]? Bytes, string? Error) Decompress(byte[] bytes, CancellationToken cancellationToken)
    {
        try
        {
            using var input = new MemoryStream(bytes, writable: false);
            using var gzip = new GZipStream(input, CompressionMode.Decompress);
            using var output = new MemoryStream();
            var buffer = new byte[81920];
            long total = 0;
            int read;
            while ((read = gzip.Read(buffer, 0, buffer.Length)) > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                total += read;
                if (total > _options.MaxInputBytes)
                {
                    return (null, $"decompressed data is over the {ByteSize.FormatLimit(_options.MaxInputBytes)} limit (--max-size); refused");
                }

                output.Write(buffer, 0, read);
            }

            return (output.ToArray(), null);
        }
        catch (InvalidDataException ex)
        {
            return (null, $"corrupt gzip data: {ex.Message}");
        }
    }

    private InputResult ReadHtml(string source, string html, Uri? url, List<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var extraction = ExtractHtml(html, url?.AbsoluteUri, cancellationToken);
        AddAll(diagnostics, extraction.Diagnostics, source);
        var metadata = url is null ? extraction.Metadata : extraction.Metadata.OrElse(new ArticleMetadata { Url = url.AbsoluteUri });
        return Single(source, extraction.Text, metadata, extraction.Removed, diagnostics);
    }

    private static InputResult ReadPlainText(string source, string text, Uri? url, List<Diagnostic> diagnostics)
    {
        PlainTextExtraction parsed;
        try
        {
            parsed = PlainTextArticleParser.Parse(text);
        }
#pragma warning disable CA1031 // A parser bug must not cost the batch: it becomes this input's diagnostic.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return Failed(source, diagnostics, $"plain-text parsing failed: {ex.GetType().Name}: {ex.Message}");
        }

        var metadata = url is null ? parsed.Metadata : parsed.Metadata.OrElse(new ArticleMetadata { Url = url.AbsoluteUri });
        return Single(source, parsed.Text, metadata, parsed.Removed, diagnostics);
    }

    private HtmlExtraction ExtractHtml(string html, string? url, CancellationToken cancellationToken)
    {
        try
        {
            return _htmlExtractor.Extract(html, url, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // An extractor bug must not cost the batch: it becomes this input's diagnostic.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return new HtmlExtraction(
                string.Empty, ArticleMetadata.Empty, [], [Diagnostic.Error($"HTML extraction failed: {ex.GetType().Name}: {ex.Message}")]);
        }
    }

    private static InputResult Single(
        string source, string text, ArticleMetadata metadata, ImmutableArray<RemovedText> removed, List<Diagnostic> diagnostics)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Failed(source, diagnostics, "no article text found");
        }

        return new InputResult(source, [new Article(source, text, metadata, removed, [.. diagnostics])], []);
    }

    private static InputResult Failed(string source, List<Diagnostic> diagnostics, string message)
    {
        diagnostics.Add(Diagnostic.Error(message, source));
        return new InputResult(source, [], [.. diagnostics]);
    }

    private static void AddAll(List<Diagnostic> target, ImmutableArray<Diagnostic> more, string source)
    {
        if (more.IsDefault)
        {
            return;
        }

        foreach (var diagnostic in more)
        {
            target.Add(diagnostic.Source is null ? diagnostic with { Source = source } : diagnostic);
        }
    }

    private async Task<InputResult> ReadFeedAsync(string source, string xml, Uri? feedUrl, List<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var feed = FeedParser.Parse(xml, _options.MaxItemsPerInput, cancellationToken);
        AddAll(diagnostics, feed.Diagnostics, source);
        if (feed.Error is not null)
        {
            return Failed(source, diagnostics, feed.Error);
        }

        if (feed.Items.IsEmpty)
        {
            return Failed(source, diagnostics, "the feed has no items");
        }

        var articles = ImmutableArray.CreateBuilder<Article>();
        foreach (var feedItem in feed.Items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var item = feedUrl is not null && feedItem.Link is { } relative && Uri.TryCreate(feedUrl, relative, out var resolved)
                ? feedItem with { Link = resolved.AbsoluteUri }
                : feedItem;
            var itemSource = IsHttpUrl(item.Link) ? item.Link! : $"{source}#item{item.Number}";
            var metadata = new ArticleMetadata
            {
                Title = item.Title,
                Url = item.Link,
                Author = item.Author,
                Published = item.Published,
                Outlet = feed.Title,
            };
            var (article, error) = await ReadFeedItemAsync(item, itemSource, metadata, cancellationToken).ConfigureAwait(false);
            if (article is not null)
            {
                articles.Add(article);
            }
            else
            {
                diagnostics.Add(Diagnostic.Error($"item {item.Number}{(item.Title is null ? "" : $" (\"{item.Title}\")")}: {error}", itemSource));
            }
        }

        return new InputResult(source, articles.ToImmutable(), [.. diagnostics]);
    }

    private async Task<(Article? Article, string? Error)> ReadFeedItemAsync(
        FeedItem item, string source, ArticleMetadata metadata, CancellationToken cancellationToken)
    {
        var content = item.Content;
        if (content is null && item.Summary is { } summary && TextLength(summary) >= FullSummaryLength)
        {
            content = summary;
        }

        if (content is not null)
        {
            return FromFeedContent(content, source, metadata, item.Link, [], cancellationToken);
        }

        var notes = new List<Diagnostic>();
        if (IsHttpUrl(item.Link) && _options.FetchFeedLinks)
        {
            var page = await ReadUrlAsync(item.Link!, source, allowFeed: false, cancellationToken).ConfigureAwait(false);
            if (!page.Articles.IsEmpty)
            {
                var fetched = page.Articles[0];
                return (new Article(source, fetched.Text, metadata.OrElse(fetched.Metadata), fetched.Removed, fetched.Diagnostics), null);
            }

            var reason = page.Diagnostics.IsEmpty ? "no article text found" : page.Diagnostics[^1].Message;
            if (item.Summary is null)
            {
                return (null, $"no content in the feed, and its link could not be read: {reason}");
            }

            notes.Add(Diagnostic.Warning($"the item's link could not be read ({reason}); only the feed's summary was used", source));
        }
        else if (item.Summary is not null)
        {
            notes.Add(Diagnostic.Info("only the feed's summary was available", source));
        }

        if (item.Summary is { } fallback)
        {
            return FromFeedContent(fallback, source, metadata, item.Link, notes, cancellationToken);
        }

        return (null, item.Link is null
            ? "no content and no link"
            : IsHttpUrl(item.Link) ? "no content, and fetching links is off" : $"no content, and its link is not http(s): {item.Link}");
    }

    private (Article? Article, string? Error) FromFeedContent(
        FeedContent content, string source, ArticleMetadata metadata, string? link, List<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        if (!content.IsHtml)
        {
            var plain = content.Value.Trim();
            return plain.Length == 0
                ? (null, "no article text found")
                : (new Article(source, plain, metadata, [], [.. diagnostics]), null);
        }

        var paragraphs = HtmlFragment.Paragraphs(content.Value, cancellationToken);
        var extraction = ExtractHtml(content.Value, IsHttpUrl(link) ? link : null, cancellationToken);
        AddAll(diagnostics, extraction.Diagnostics, source);
        string text;
        var removed = extraction.Removed;
        if (extraction.Text.Trim().Length * 2 < paragraphs.Length)
        {
            text = paragraphs;
            removed = [];
            diagnostics.Add(Diagnostic.Info("the page extractor kept little of the item's content; its paragraphs were used", source));
        }
        else
        {
            text = extraction.Text;
            metadata = metadata.OrElse(extraction.Metadata);
        }

        return string.IsNullOrWhiteSpace(text)
            ? (null, "no article text found")
            : (new Article(source, text, metadata, removed, [.. diagnostics]), null);
    }

    private static int TextLength(FeedContent content) =>
        content.IsHtml ? HtmlFragment.PlainText(content.Value).Length : content.Value.Trim().Length;

    private static bool IsHttpUrl(string? value) =>
        value is not null
        && Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && uri.Scheme is "http" or "https";

    private async Task<InputResult> ReadJsonLinesAsync(string source, string text, List<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var parsed = JsonLinesParser.Parse(text, _options.MaxItemsPerInput, cancellationToken);
        AddAll(diagnostics, parsed.Diagnostics, source);
        var articles = ImmutableArray.CreateBuilder<Article>();
        foreach (var record in parsed.Records)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var recordSource = record.Id is null ? $"{source}#line{record.Line}" : $"{source}#{record.Id}";
            var (article, error) = await ReadRecordAsync(record, recordSource, cancellationToken).ConfigureAwait(false);
            if (article is not null)
            {
                articles.Add(article);
            }
            else
            {
                diagnostics.Add(Diagnostic.Error($"line {record.Line}: {error}", recordSource));
            }
        }

        if (articles.Count == 0 && parsed.Records.IsEmpty && parsed.Diagnostics.IsEmpty)
        {
            diagnostics.Add(Diagnostic.Error("no records found", source));
        }

        return new InputResult(source, articles.ToImmutable(), [.. diagnostics]);
    }

    private async Task<(Article? Article, string? Error)> ReadRecordAsync(JsonLinesRecord record, string source, CancellationToken cancellationToken)
    {
        var metadata = record.Metadata;
        if (record.Text is { } text)
        {
            return (new Article(source, text, metadata), null);
        }

        if (record.Html is { } html)
        {
            var url = IsHttpUrl(record.Url) ? new Uri(record.Url!) : null;
            var page = ReadHtml(source, html, url, [], cancellationToken);
            return page.Articles.IsEmpty
                ? (null, "no article text found in \"html\"")
                : (WithMetadata(page.Articles[0], metadata), null);
        }

        if (!IsHttpUrl(record.Url))
        {
            return (null, $"\"url\" is not an http(s) URL: {record.Url}");
        }

        if (!_options.FetchFeedLinks)
        {
            return (null, "only a \"url\", and fetching links is off");
        }

        var fetched = await ReadUrlAsync(record.Url!, source, allowFeed: false, cancellationToken).ConfigureAwait(false);
        return fetched.Articles.IsEmpty
            ? (null, fetched.Diagnostics.IsEmpty ? "no article text found" : fetched.Diagnostics[^1].Message)
            : (WithMetadata(fetched.Articles[0], metadata), null);
    }

    private static Article WithMetadata(Article article, ArticleMetadata preferred) =>
        article.WithMetadata(preferred.OrElse(article.Metadata));

    /// <summary>Bytes to read, with where they came from and what the transport said about them.</summary>
    private sealed record Content(string Source, string Name, byte[] Bytes, ContentKind? Kind, string? Charset, Uri? Url);
}
