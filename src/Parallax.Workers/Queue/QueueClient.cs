using Parallax.Storage;
using RabbitMQ.Client;

namespace Parallax.Workers.Queue;

/// <summary>One queue's depth.</summary>
/// <param name="Queue">Its name.</param>
/// <param name="Messages">Messages ready (not yet delivered).</param>
/// <param name="Consumers">Consumers attached.</param>
public sealed record QueueDepth(string Queue, uint Messages, uint Consumers);

/// <summary>A dead-lettered message.</summary>
/// <param name="Stage">The stage that failed (null when the broker dead-lettered it after too many deliveries).</param>
/// <param name="Error">The error.</param>
/// <param name="Failed">When.</param>
/// <param name="Body">The message as it was.</param>
public sealed record DeadLetter(string? Stage, string Error, string? Failed, ReadOnlyMemory<byte> Body);

/// <summary>
/// Feeds the queue pipeline and looks into it: URLs go to <c>parallax.fetch</c>; files (and the files of directories,
/// recursively) are read here and go to <c>parallax.extract</c> with their bytes, so workers need no access to them.
/// Every publish waits for the broker's confirm.
/// </summary>
public sealed class QueueClient : IAsyncDisposable
{
    private readonly IConnection _connection;
    private readonly IChannel _channel;

    private QueueClient(IConnection connection, IChannel channel)
    {
        _connection = connection;
        _channel = channel;
    }

    /// <summary>Connects to the broker at <paramref name="broker"/> and declares the queues.</summary>
    public static async Task<QueueClient> ConnectAsync(Uri broker, CancellationToken cancellationToken)
    {
        var connection = await QueueConnection.ConnectAsync(broker, "parallax-enqueue", null, cancellationToken);
        try
        {
            var channel = await QueueConnection.CreateConfirmingChannelAsync(connection, cancellationToken);
            await WorkQueues.DeclareAsync(channel, cancellationToken);
            return new QueueClient(connection, channel);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Queues the URL for fetching.</summary>
    public Task EnqueueUrlAsync(string url, CancellationToken cancellationToken) =>
        PublishAsync(Outgoing.Of(WorkStage.Fetch, new FetchMessage(url)), cancellationToken);

    /// <summary>Queues a document for extraction.</summary>
    public Task EnqueueDocumentAsync(string source, byte[] content, string? mediaType, CancellationToken cancellationToken)
    {
        var kind = mediaType is not null && mediaType.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) ? RawInputKind.Html : RawInputKind.Text;
        return PublishAsync(Outgoing.Of(WorkStage.Extract, new ExtractMessage(source, content, mediaType, kind)), cancellationToken);
    }

    /// <summary>Queues each input (URL, file, directory); returns how many messages were queued and the inputs that could not be read.</summary>
    public async Task<(int Queued, IReadOnlyList<string> Problems)> EnqueueAsync(IEnumerable<string> inputs, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var queued = 0;
        var problems = new List<string>();
        foreach (var input in inputs)
        {
            if (Uri.TryCreate(input, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
            {
                await EnqueueUrlAsync(uri.AbsoluteUri, cancellationToken);
                queued++;
                continue;
            }

            IEnumerable<string> files;
            if (Directory.Exists(input))
            {
                files = Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal);
            }
            else if (File.Exists(input))
            {
                files = [input];
            }
            else
            {
                problems.Add($"{input}: no such file, directory or http(s) URL");
                continue;
            }

            foreach (var file in files)
            {
                var length = new FileInfo(file).Length;
                if (length > maxBytes)
                {
                    problems.Add($"{file}: {length} bytes, over the {maxBytes}-byte limit (--max-size)");
                    continue;
                }

                byte[] content;
                try
                {
                    content = await File.ReadAllBytesAsync(file, cancellationToken);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    problems.Add($"{file}: {e.Message}");
                    continue;
                }

                await EnqueueDocumentAsync(file, content, MediaTypeOf(file), cancellationToken);
                queued++;
            }
        }

        return (queued, problems);
    }

    /// <summary>Ready messages and consumers of every queue, in pipeline order, then the dead-letter queue.</summary>
    public async Task<IReadOnlyList<QueueDepth>> DepthsAsync(CancellationToken cancellationToken)
    {
        var result = new List<QueueDepth>();
        foreach (var queue in WorkQueues.Stages.Select(WorkQueues.QueueOf).Append(WorkQueues.Dead))
        {
            var ok = await _channel.QueueDeclarePassiveAsync(queue, cancellationToken);
            result.Add(new QueueDepth(queue, ok.MessageCount, ok.ConsumerCount));
        }

        return result;
    }

    /// <summary>
    /// Takes up to <paramref name="limit"/> dead-lettered messages off <c>parallax.dead</c>; with <paramref name="keep"/>
    /// they are put back (requeued) once read.
    /// </summary>
    public async Task<IReadOnlyList<DeadLetter>> ReadDeadAsync(int limit, bool keep, CancellationToken cancellationToken)
    {
        var letters = new List<DeadLetter>();
        var tags = new List<ulong>();
        while (letters.Count < limit && await _channel.BasicGetAsync(WorkQueues.Dead, autoAck: false, cancellationToken) is { } got)
        {
            var headers = got.BasicProperties.Headers;
            var error = QueueConnection.HeaderText(headers, WorkQueues.ErrorHeader)
                ?? (headers is not null && headers.ContainsKey("x-death") ? "delivered too many times without an ack (the worker died each time)" : "unknown");
            letters.Add(new DeadLetter(QueueConnection.HeaderText(headers, WorkQueues.StageHeader), error,
                QueueConnection.HeaderText(headers, WorkQueues.FailedHeader), got.Body.ToArray()));
            tags.Add(got.DeliveryTag);
        }

        foreach (var tag in tags)
        {
            if (keep)
            {
                await _channel.BasicNackAsync(tag, multiple: false, requeue: true, cancellationToken);
            }
            else
            {
                await _channel.BasicAckAsync(tag, multiple: false, cancellationToken);
            }
        }

        return letters;
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await _channel.DisposeAsync();
        await _connection.DisposeAsync();
    }

    private Task PublishAsync(Outgoing message, CancellationToken cancellationToken) =>
        QueueConnection.PublishAsync(_channel, WorkQueues.QueueOf(message.Stage), message.Body, message.MessageId, null, cancellationToken);

    private static string? MediaTypeOf(string file) => Path.GetExtension(file).ToLowerInvariant() switch
    {
        ".html" or ".htm" => "text/html",
        ".txt" or ".text" => "text/plain; charset=utf-8",
        _ => null,
    };
}
