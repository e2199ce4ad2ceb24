using RabbitMQ.Client;

namespace Parallax.Workers.Queue;

/// <summary>The stages of the queue pipeline, in order. Each has its own queue.</summary>
public enum WorkStage
{
    /// <summary>Download a URL (SSRF-guarded) and pass the document on.</summary>
    Fetch,

    /// <summary>Read a document's article(s): main text and metadata.</summary>
    Extract,

    /// <summary>Analyse one article: its story signature (entities, key terms, date), within limits of size and time.</summary>
    Analyse,

    /// <summary>Store the article once (content hash) and assign it to a story, serialised across workers.</summary>
    Assign,

    /// <summary>Rebuild one story's dossier, never two at once for one story.</summary>
    Refresh,
}

/// <summary>
/// The RabbitMQ topology: one durable quorum queue per stage (<c>parallax.fetch</c> … <c>parallax.refresh</c>) and a
/// dead-letter queue <c>parallax.dead</c>. A message the broker has delivered <see cref="DeliveryLimit"/> times without
/// an ack (its worker died each time) goes to the dead-letter queue by the broker's own delivery limit; a message whose
/// processing fails is put there by the worker with its error. Declaring is idempotent.
/// </summary>
public static class WorkQueues
{
    /// <summary>How many deliveries a quorum queue allows before dead-lettering the message.</summary>
    public const int DeliveryLimit = 20;

    /// <summary>The dead-letter queue.</summary>
    public const string Dead = "parallax.dead";

    /// <summary>Header: the error that dead-lettered a message.</summary>
    public const string ErrorHeader = "x-parallax-error";

    /// <summary>Header: the stage whose processing failed.</summary>
    public const string StageHeader = "x-parallax-stage";

    /// <summary>Header: when it failed (ISO 8601, UTC).</summary>
    public const string FailedHeader = "x-parallax-failed";

    /// <summary>Every stage, in pipeline order.</summary>
    public static IReadOnlyList<WorkStage> Stages { get; } = Enum.GetValues<WorkStage>();

    /// <summary>The queue of <paramref name="stage"/>.</summary>
    public static string QueueOf(WorkStage stage) => "parallax." + stage.ToString().ToLowerInvariant();

    /// <summary>Declares every queue (quorum, durable; stage queues dead-letter to <see cref="Dead"/>).</summary>
    public static async Task DeclareAsync(IChannel channel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        await channel.QueueDeclareAsync(Dead, durable: true, exclusive: false, autoDelete: false,
            arguments: new Dictionary<string, object?> { ["x-queue-type"] = "quorum" }, cancellationToken: cancellationToken);
        foreach (var stage in Stages)
        {
            await channel.QueueDeclareAsync(QueueOf(stage), durable: true, exclusive: false, autoDelete: false,
                arguments: new Dictionary<string, object?>
                {
                    ["x-queue-type"] = "quorum",
                    ["x-delivery-limit"] = DeliveryLimit,
                    ["x-dead-letter-exchange"] = string.Empty,
                    ["x-dead-letter-routing-key"] = Dead,
                },
                cancellationToken: cancellationToken);
        }
    }
}
