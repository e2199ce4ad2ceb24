using System.Data.Common;
using System.Globalization;
using System.Net.Sockets;
using System.Text;
using Npgsql;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Parallax.Workers.Queue;

/// <summary>
/// Opening RabbitMQ connections (automatic recovery of connection, channels and consumers; the first connection is
/// retried until the broker answers), publishing with publisher confirms, and telling passing faults (broker or
/// database unreachable) from errors that will not pass.
/// </summary>
public static class QueueConnection
{
    /// <summary>Connects to the broker at <paramref name="uri"/>, retrying until it answers or <paramref name="cancellationToken"/> is cancelled.</summary>
    public static async Task<IConnection> ConnectAsync(Uri uri, string name, Action<string>? log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(uri);
        var factory = new ConnectionFactory
        {
            Uri = uri,
            AutomaticRecoveryEnabled = true,
            TopologyRecoveryEnabled = true,
            NetworkRecoveryInterval = TimeSpan.FromSeconds(1),
            RequestedHeartbeat = TimeSpan.FromSeconds(15),
            ClientProvidedName = name,
        };
        var delay = TimeSpan.FromMilliseconds(250);
        while (true)
        {
            try
            {
                return await factory.CreateConnectionAsync(cancellationToken);
            }
            catch (BrokerUnreachableException e)
            {
                log?.Invoke($"broker {Describe(uri)} unreachable ({e.InnerException?.Message ?? e.Message}); retrying in {delay.TotalSeconds:0.##} s");
                await Task.Delay(delay, cancellationToken);
                delay = TimeSpan.FromMilliseconds(Math.Min(delay.TotalMilliseconds * 2, 5000));
            }
        }
    }

    /// <summary>A channel with publisher confirms: each publish returns once the broker has taken the message.</summary>
    public static Task<IChannel> CreateConfirmingChannelAsync(IConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return connection.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), cancellationToken);
    }

    /// <summary>Publishes <paramref name="body"/> to <paramref name="queue"/>, persistent, and waits for the broker's confirm.</summary>
    /// <exception cref="PublishException">When the broker refuses or cannot route the message.</exception>
    public static async Task PublishAsync(
        IChannel channel, string queue, ReadOnlyMemory<byte> body, string messageId, IDictionary<string, object?>? headers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        var properties = new BasicProperties
        {
            Persistent = true,
            ContentType = "application/json",
            MessageId = messageId,
            Headers = headers,
        };
        await channel.BasicPublishAsync(string.Empty, queue, mandatory: true, properties, body, cancellationToken);
    }

    /// <summary>Whether <paramref name="error"/> is the broker's connection or channel failing (the message comes again after recovery).</summary>
    public static bool IsBrokerFault(Exception error) =>
        error is AlreadyClosedException or OperationInterruptedException or BrokerUnreachableException or ConnectFailureException or PublishException ||
        (error.InnerException is { } inner && IsBrokerFault(inner));

    /// <summary>Whether <paramref name="error"/> is the database being unreachable or restarting, which passes with time.</summary>
    public static bool IsDatabaseFault(Exception error) => error switch
    {
        PostgresException p => p.IsTransient || p.SqlState.StartsWith("08", StringComparison.Ordinal) ||
                               p.SqlState.StartsWith("57P", StringComparison.Ordinal) || p.SqlState.StartsWith("53", StringComparison.Ordinal),
        NpgsqlException n => n.IsTransient || n.InnerException is IOException or SocketException or TimeoutException,
        DbException d => d.IsTransient,
        SocketException or TimeoutException => true,
        _ => false,
    };

    /// <summary>A header value as text (the broker hands strings back as bytes).</summary>
    public static string? HeaderText(IDictionary<string, object?>? headers, string name) =>
        headers is not null && headers.TryGetValue(name, out var value)
            ? value switch
            {
                byte[] bytes => Encoding.UTF8.GetString(bytes),
                null => null,
                _ => Convert.ToString(value, CultureInfo.InvariantCulture),
            }
            : null;

    /// <summary>The broker's address without credentials, for messages.</summary>
    public static string Describe(Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        return uri.Scheme + "://" + uri.Host + ":" + (uri.IsDefaultPort ? 5672 : uri.Port) + uri.AbsolutePath;
    }
}
