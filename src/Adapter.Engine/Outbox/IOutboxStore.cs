namespace Adapter.Engine.Outbox;

/// <summary>
/// The durable outbox beside the journal: routing decisions, planned operations and their delivery
/// state. Every method is one transaction, so a crash leaves each change whole or absent.
/// </summary>
public interface IOutboxStore : IOutboxReader
{
    /// <summary>Accepted messages not routed yet, oldest first.</summary>
    Task<IReadOnlyList<UnroutedMessage>> ListUnroutedAsync(int limit, CancellationToken cancellationToken);

    /// <summary>Writes a routing decision and the message's new status together; false when the message is no longer as the decision read it (replayed meanwhile), and nothing was written.</summary>
    Task<bool> CompleteRoutingAsync(RoutingDecision decision, CancellationToken cancellationToken);

    /// <summary>
    /// Leases up to <paramref name="limit"/> due operations of these partners, each the first
    /// pending one of its ordering key, and counts the attempt.
    /// </summary>
    Task<IReadOnlyList<ClaimedOperation>> ClaimAsync(string leaseOwner, IReadOnlyCollection<string> partners, int limit, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken);

    /// <summary>Records an attempt's end; false when the lease was no longer the worker's.</summary>
    Task<bool> CompleteAsync(OperationCompletion completion, CancellationToken cancellationToken);

    /// <summary>When the next pending operation of these partners falls due, if any is pending.</summary>
    Task<DateTimeOffset?> NextDueAsync(IReadOnlyCollection<string> partners, CancellationToken cancellationToken);

    /// <summary>Frees every lease: at start, when this process is the only one using the store, its leases are from a process that died.</summary>
    Task<int> ReleaseAllLeasesAsync(CancellationToken cancellationToken);

    /// <summary>Sends a message through routing again, unless it does not exist, was never accepted, or has a call running.</summary>
    Task<ReplayOutcome> ReplayAsync(ReplayRequest request, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Cancels what is left of a message's delivery; false when there is no such message.</summary>
    Task<bool> CancelAsync(long messageId, DateTimeOffset at, CancellationToken cancellationToken);

}
