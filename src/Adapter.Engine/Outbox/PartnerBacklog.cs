namespace Adapter.Engine.Outbox;

/// <summary>How much one partner has waiting: what the outbox metrics report.</summary>
/// <param name="Partner">The partner's name.</param>
/// <param name="Pending">Operations pending (due or waiting for a retry).</param>
/// <param name="Waiting">Follow-ups waiting for their condition.</param>
/// <param name="DeadLettered">Operations dead-lettered and not yet replayed or cancelled.</param>
/// <param name="OldestPendingSince">When the oldest pending operation entered the outbox.</param>
public sealed record PartnerBacklog(string Partner, long Pending, long Waiting, long DeadLettered, DateTimeOffset? OldestPendingSince);
