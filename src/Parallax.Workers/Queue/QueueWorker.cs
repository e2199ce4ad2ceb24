using System.Collections.Concurrent;
using System.Globalization;
using Parallax.Storage;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Parallax.Workers.Queue;

/// <summary>
/// One worker process of the queue pipeline: consumes the stage queues it is given (<see cref="WorkerOptions.Stages"/>),
/// runs each message's step (<see cref="WorkSteps"/>), publishes what the step passes on with publisher confirms, and
/// only then acks — for the assign and refresh steps that is after the PostgreSQL commit. When the database or broker
/// is away the step is retried in place with backoff (the message stays unacked, so a crash gives it to another
/// worker); a message that fails otherwise is put in <c>parallax.dead</c> with its error, stage and time, and acked;
/// the rest go on. Broker restarts are survived by the client's automatic recovery (unacked messages come again).
/// </summary>
public sealed class QueueWorker
{
    private readonly Uri _broker;
    private readonly ParallaxStore _store;
    private readonly WorkerOptions _options;
    private readonly Action<string> _log;
    private readonly ConcurrentDictionary<WorkStage, long> _done = new();
    private long _deadLettered;
    private int _inFlight;

    /// <summary>Creates a worker for the broker at <paramref name="broker"/> (amqp://user:pass@host:port/vhost) over <paramref name="store"/>.</summary>
    public QueueWorker(Uri broker, ParallaxStore store, WorkerOptions options, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(broker);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        _broker = broker;
        _store = store;
        _options = options;
        _log = log ?? (_ => { });
    }

    /// <summary>Messages processed (acked) so far, by stage.</summary>
    public IReadOnlyDictionary<WorkStage, long> Done => _done;

    /// <summary>Dossiers this worker built.</summary>
    public long DossiersBuilt { get; private set; }

    /// <summary>Messages this worker dead-lettered.</summary>
    public long DeadLettered => Interlocked.Read(ref _deadLettered);

    /// <summary>
    /// Runs until <paramref name="cancellationToken"/> is cancelled, then stops consuming and lets the steps in progress
    /// finish (up to 30 s; a step cut short is simply delivered again).
    /// </summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var steps = new WorkSteps(_store, _options, trace: _options.Verbose ? _log : null);
        var name = "parallax-worker " + Environment.MachineName + " " + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        await using var connection = await QueueConnection.ConnectAsync(_broker, name, _log, cancellationToken);
        connection.ConnectionShutdownAsync += (_, e) =>
        {
            if (!cancellationToken.IsCancellationRequested)
            {
                _log($"broker connection lost ({e.ReplyText}); reconnecting");
            }

            return Task.CompletedTask;
        };
        connection.RecoverySucceededAsync += (_, _) =>
        {
            _log("broker connection recovered; consuming again");
            return Task.CompletedTask;
        };

        await using (var setup = await connection.CreateChannelAsync(cancellationToken: cancellationToken))
        {
            await WorkQueues.DeclareAsync(setup, cancellationToken);
        }

        var channels = new List<(IChannel Channel, string Tag)>();
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        try
        {
            foreach (var stage in WorkQueues.Stages.Where(_options.Stages.Contains))
            {
                // Assignment is serialised anyway; one consumer keeps its messages in order.
                var slots = stage == WorkStage.Assign ? 1 : Math.Max(1, _options.Concurrency);
                for (var i = 0; i < slots; i++)
                {
                    var channel = await QueueConnection.CreateConfirmingChannelAsync(connection, cancellationToken);
                    await channel.BasicQosAsync(0, 1, false, cancellationToken);
                    var consumer = new AsyncEventingBasicConsumer(channel);
                    var current = stage;
                    consumer.ReceivedAsync += (_, delivery) => HandleAsync(channel, current, steps, delivery, stopping.Token);
                    var tag = await channel.BasicConsumeAsync(WorkQueues.QueueOf(stage), autoAck: false, consumer, cancellationToken);
                    channels.Add((channel, tag));
                }
            }

            _log(string.Create(CultureInfo.InvariantCulture,
                $"ready: {QueueConnection.Describe(_broker)}, {_store.Location}, stages {string.Join(",", _options.Stages.Order().Select(s => s.ToString().ToLowerInvariant()))}, concurrency {_options.Concurrency}"));
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        finally
        {
            foreach (var (channel, tag) in channels)
            {
                try
                {
                    await channel.BasicCancelAsync(tag, noWait: true, CancellationToken.None);
                }
#pragma warning disable CA1031 // Shutting down: a channel already gone is fine.
                catch (Exception)
#pragma warning restore CA1031
                {
                }
            }

            var waited = TimeSpan.Zero;
            while (Volatile.Read(ref _inFlight) > 0 && waited < TimeSpan.FromSeconds(30))
            {
                await Task.Delay(100, CancellationToken.None);
                waited += TimeSpan.FromMilliseconds(100);
            }

            await stopping.CancelAsync();
            DossiersBuilt = steps.DossiersBuilt;
            foreach (var (channel, _) in channels)
            {
                await channel.DisposeAsync();
            }
        }
    }

    private async Task HandleAsync(IChannel channel, WorkStage stage, WorkSteps steps, BasicDeliverEventArgs delivery, CancellationToken stopping)
    {
        Interlocked.Increment(ref _inFlight);
        try
        {
            await ProcessAsync(channel, stage, steps, delivery.Body.ToArray(), delivery.DeliveryTag, delivery.BasicProperties, stopping);
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    private async Task ProcessAsync(
        IChannel channel, WorkStage stage, WorkSteps steps, byte[] body, ulong tag, IReadOnlyBasicProperties properties, CancellationToken stopping)
    {
        var started = DateTimeOffset.UtcNow;
        var delay = TimeSpan.FromMilliseconds(200);
        while (true)
        {
            Exception failure;
            try
            {
                var outgoing = await steps.RunAsync(stage, body, stopping);
                foreach (var message in outgoing)
                {
                    await QueueConnection.PublishAsync(channel, WorkQueues.QueueOf(message.Stage), message.Body, message.MessageId, null, stopping);
                }

                await channel.BasicAckAsync(tag, multiple: false, stopping);
                _done.AddOrUpdate(stage, 1, (_, n) => n + 1);
                if (_options.Verbose)
                {
                    _log($"{stage.ToString().ToLowerInvariant()}: done {properties.MessageId} ({outgoing.Count} passed on)");
                }
                return;
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return; // Unacked: the broker gives it to another worker.
            }
            catch (Exception e) when (QueueConnection.IsBrokerFault(e))
            {
                // The channel is gone; the unacked message comes again once the connection recovers.
                _log($"{stage.ToString().ToLowerInvariant()}: broker fault ({e.Message}); the message will come again");
                return;
            }
            catch (Exception e) when (QueueConnection.IsDatabaseFault(e))
            {
                if (DateTimeOffset.UtcNow - started > _options.MaxRetryTime)
                {
                    _log($"{stage.ToString().ToLowerInvariant()}: database still unreachable after {_options.MaxRetryTime.TotalSeconds:0} s; message back to its queue");
                    await TryAsync(() => channel.BasicNackAsync(tag, multiple: false, requeue: true, CancellationToken.None));
                    return;
                }

                _log($"{stage.ToString().ToLowerInvariant()}: database unreachable ({e.Message}); retrying in {delay.TotalSeconds:0.#} s");
                try
                {
                    await Task.Delay(delay, stopping);
                }
                catch (OperationCanceledException)
                {
                    return;
                }

                delay = TimeSpan.FromMilliseconds(Math.Min(delay.TotalMilliseconds * 2, 5000));
                continue;
            }
#pragma warning disable CA1031 // One poison message must not stop the others: it is dead-lettered with its error.
            catch (Exception e)
#pragma warning restore CA1031
            {
                failure = e;
            }

            await DeadLetterAsync(channel, stage, body, tag, properties, failure, stopping);
            return;
        }
    }

    private async Task DeadLetterAsync(
        IChannel channel, WorkStage stage, byte[] body, ulong tag, IReadOnlyBasicProperties properties, Exception failure, CancellationToken stopping)
    {
        var error = failure is InvalidMessageException ? failure.Message : failure.GetType().Name + ": " + failure.Message;
        var headers = new Dictionary<string, object?>
        {
            [WorkQueues.ErrorHeader] = error.Length > 4000 ? error[..4000] : error,
            [WorkQueues.StageHeader] = stage.ToString().ToLowerInvariant(),
            [WorkQueues.FailedHeader] = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
        };
        try
        {
            await QueueConnection.PublishAsync(channel, WorkQueues.Dead, body, properties.MessageId ?? Guid.NewGuid().ToString("N"), headers, stopping);
            await channel.BasicAckAsync(tag, multiple: false, stopping);
            Interlocked.Increment(ref _deadLettered);
            _log($"{stage.ToString().ToLowerInvariant()}: dead-lettered: {error}");
        }
#pragma warning disable CA1031 // Not dead-lettered now: the unacked message comes again.
        catch (Exception e)
#pragma warning restore CA1031
        {
            _log($"{stage.ToString().ToLowerInvariant()}: could not dead-letter ({e.Message}); the message will come again");
        }
    }

    private static async Task TryAsync(Func<ValueTask> action)
    {
        try
        {
            await action();
        }
#pragma warning disable CA1031 // Best effort on a channel that may be gone.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }
}
