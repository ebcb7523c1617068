namespace Adapter.Engine.Outbox;

/// <summary>
/// What the router decided for one message, written in one transaction with the message's new
/// status: every partner's verdict, the operations planned and the orders seen per ordering key.
/// </summary>
/// <param name="MessageId">The journaled message.</param>
/// <param name="Routes">One verdict per partner routed this time.</param>
/// <param name="Operations">The operations to add (an idempotency key already present is not added twice).</param>
/// <param name="Orders">The orders the message carries, per partner ordering key.</param>
/// <param name="At">When the decision was made.</param>
public sealed record RoutingDecision(
    long MessageId,
    IReadOnlyList<PartnerRoute> Routes,
    IReadOnlyList<NewOperation> Operations,
    IReadOnlyList<KeyOrder> Orders,
    DateTimeOffset At)
{
    /// <summary>A message that could not be routed at all (unreadable on reading back): failed with the reason.</summary>
    public string? Failure { get; init; }

    /// <summary>The partners whose verdicts stood when the message was read; the decision is not stored if a replay has changed them since.</summary>
    public IReadOnlySet<string> RoutedPartners { get; init; } = new HashSet<string>();
}
