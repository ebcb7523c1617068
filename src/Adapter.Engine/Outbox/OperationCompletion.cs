namespace Adapter.Engine.Outbox;

/// <summary>What became of one attempt, as the delivery worker records it.</summary>
/// <param name="OperationId">The operation.</param>
/// <param name="LeaseOwner">The worker that claimed it; a worker whose lease was taken over records nothing.</param>
/// <param name="Status">Succeeded, dead-lettered, or pending again (a retry).</param>
/// <param name="At">When the attempt ended.</param>
/// <param name="RetryAt">When a pending operation may run again.</param>
/// <param name="StatusCode">The partner's HTTP status, when it answered.</param>
/// <param name="Error">Why it failed, as the partner or the transport said it.</param>
/// <param name="Response">The partner's answer to a success, kept for the return path.</param>
/// <param name="Detail">One sentence for the message's history (no message content).</param>
public sealed record OperationCompletion(
    long OperationId,
    string LeaseOwner,
    OperationStatus Status,
    DateTimeOffset At,
    DateTimeOffset? RetryAt,
    int? StatusCode,
    string? Error,
    string? Response,
    string Detail)
{
    /// <summary>The call never left (the partner's circuit was open): the attempt is not counted.</summary>
    public bool NotAttempted { get; init; }
}
