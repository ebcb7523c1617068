using Adapter.Engine.Outbox;

namespace Adapter.Host.Admin;

/// <summary>One planned partner call of a message and where it stands; never its body.</summary>
public sealed record MessageOperationView(
    long Id,
    string Partner,
    string Operation,
    string Status,
    string Trigger,
    int Attempts,
    string OrderingKey,
    string IdempotencyKey,
    DateTimeOffset DueAt,
    int? LastStatusCode,
    string? LastError,
    DateTimeOffset? CompletedAt)
{
    public static MessageOperationView From(OutboxOperation operation) => new(
        operation.Id,
        operation.Partner,
        operation.Operation,
        operation.Status.ToName(),
        operation.Trigger,
        operation.Attempts,
        operation.OrderingKey,
        operation.IdempotencyKey,
        operation.DueAt,
        operation.LastStatusCode,
        operation.LastError,
        operation.CompletedAt);
}
