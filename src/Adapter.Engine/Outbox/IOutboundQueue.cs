namespace Adapter.Engine.Outbox;

/// <summary>
/// The durable queue of HL7 messages for hospital destinations, FIFO per destination: a message is
/// sent only when every earlier pending one of its destination has been acknowledged (or parked).
/// </summary>
public interface IOutboundQueue
{
    /// <summary>Queues a message; false when one with the same dedupe key is already queued (or was sent).</summary>
    Task<bool> EnqueueAsync(NewOutboundMessage message, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>The head of a destination's queue: its oldest pending message, due or not.</summary>
    Task<OutboundMessage?> HeadAsync(string destination, CancellationToken cancellationToken);

    /// <summary>Records a send's outcome and counts the attempt.</summary>
    Task RecordAsync(OutboundResult result, CancellationToken cancellationToken);

    /// <summary>Queues a parked or cancelled message again, at the end of its destination's queue; false when it is not parked or cancelled.</summary>
    Task<bool> RequeueAsync(long id, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Cancels a pending or parked message; false when there is none such.</summary>
    Task<bool> CancelOutboundAsync(long id, DateTimeOffset at, CancellationToken cancellationToken);

    Task<IReadOnlyList<OutboundMessage>> ListOutboundAsync(OutboundStatus? status, string? destination, long afterId, int limit, CancellationToken cancellationToken);

    Task<IReadOnlyList<OutboundBacklog>> OutboundBacklogAsync(CancellationToken cancellationToken);
}
