namespace Adapter.Engine.Outbox;

/// <summary>One partner's verdict on a message as stored.</summary>
public sealed record OutboxRoute(long MessageId, string Partner, RouteStatus Status, string? Detail, DateTimeOffset At);
