namespace Adapter.Engine.Outbox;

/// <summary>One operation as shown to a person (<c>messages show</c>, the admin API): state, never the body.</summary>
public sealed record OutboxOperation(
    long Id,
    long MessageId,
    string Partner,
    string Operation,
    string IdempotencyKey,
    string OrderingKey,
    string Trigger,
    OperationStatus Status,
    int Attempts,
    DateTimeOffset CreatedAt,
    DateTimeOffset DueAt,
    int? LastStatusCode,
    string? LastError,
    DateTimeOffset? CompletedAt);
