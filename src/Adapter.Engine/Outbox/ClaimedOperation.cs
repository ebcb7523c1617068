using Adapter.Mapping.Model;

namespace Adapter.Engine.Outbox;

/// <summary>An operation a delivery worker holds under a lease, to run once.</summary>
/// <param name="Id">The operation's id in the outbox.</param>
/// <param name="MessageId">The message that planned it.</param>
/// <param name="Partner">The partner's name.</param>
/// <param name="Operation">The operation's name.</param>
/// <param name="IdempotencyKey">Sent as <c>Idempotency-Key</c> where the partner honours it.</param>
/// <param name="OrderingKey">The ordering key it runs in.</param>
/// <param name="Method">The HTTP method.</param>
/// <param name="Path">The path, or null where the URL is a setting.</param>
/// <param name="Body">The request body as JSON.</param>
/// <param name="Trigger">When it was planned to run.</param>
/// <param name="Attempt">This attempt's number, counting from 1 (a crashed attempt counts).</param>
/// <param name="CreatedAt">When it entered the outbox, from which its age is counted.</param>
public sealed record ClaimedOperation(
    long Id,
    long MessageId,
    string Partner,
    string Operation,
    string IdempotencyKey,
    string OrderingKey,
    string Method,
    string? Path,
    string Body,
    OperationTrigger Trigger,
    int Attempt,
    DateTimeOffset CreatedAt);
