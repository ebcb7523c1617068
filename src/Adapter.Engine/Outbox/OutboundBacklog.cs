namespace Adapter.Engine.Outbox;

/// <summary>How much one destination has queued: what the outbound metrics report.</summary>
public sealed record OutboundBacklog(string Destination, long Pending, long Parked, DateTimeOffset? OldestPendingSince);
