namespace Adapter.Engine.Outbox;

/// <summary>What became of one send, as the outbound worker records it.</summary>
/// <param name="Id">The queued message.</param>
/// <param name="Status">Sent, parked, or pending again (a retry).</param>
/// <param name="At">When the send ended.</param>
/// <param name="RetryAt">When a pending message is sent again.</param>
/// <param name="AckCode">MSA-1 of the answer, if one came.</param>
/// <param name="Error">Why it did not succeed.</param>
public sealed record OutboundResult(long Id, OutboundStatus Status, DateTimeOffset At, DateTimeOffset? RetryAt, string? AckCode, string? Error);
