using System.Collections.Concurrent;
using System.Threading.Channels;

namespace Parallax.Server.Dossiers;

/// <summary>
/// Stories waiting for their dossier to be recomputed. A story already waiting is not queued twice, so a burst of
/// additions to one story costs one recomputation after the burst. Thread-safe.
/// </summary>
public sealed class DossierQueue
{
    private readonly Channel<long> _channel = Channel.CreateUnbounded<long>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentDictionary<long, byte> _waiting = new();
    private int _building;

    /// <summary>How many stories wait or are being built.</summary>
    public int Pending => _waiting.Count + Volatile.Read(ref _building);

    /// <summary>Asks for story <paramref name="storyId"/>'s dossier to be recomputed.</summary>
    public void Enqueue(long storyId)
    {
        if (_waiting.TryAdd(storyId, 0))
        {
            _channel.Writer.TryWrite(storyId);
        }
    }

    /// <summary>The next story to recompute; it may be queued again as soon as it is returned.</summary>
    public async ValueTask<long> DequeueAsync(CancellationToken cancellationToken)
    {
        var storyId = await _channel.Reader.ReadAsync(cancellationToken);
        Interlocked.Increment(ref _building);
        _waiting.TryRemove(storyId, out _);
        return storyId;
    }

    /// <summary>Tells the queue a dequeued story is done (for <see cref="Pending"/>).</summary>
    public void Done() => Interlocked.Decrement(ref _building);
}
