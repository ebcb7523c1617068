using Adapter.Mapping.Model;

namespace Adapter.Engine.Outbox;

/// <summary>One partner call the router writes to the outbox.</summary>
/// <param name="Partner">The partner's name.</param>
/// <param name="Operation">The operation's name (<c>submitLabResults</c>).</param>
/// <param name="IdempotencyKey">Stable across retries, restarts and replays; the outbox holds one operation per key.</param>
/// <param name="OrderingKey">Operations of one partner with the same key run one at a time, in order.</param>
/// <param name="Method">The HTTP method.</param>
/// <param name="Path">The path with its placeholders filled, or null where the URL is a setting.</param>
/// <param name="Body">The request body as JSON.</param>
/// <param name="Trigger">When it runs.</param>
/// <param name="DueAt">When it may first run.</param>
public sealed record NewOperation(
    string Partner,
    string Operation,
    string IdempotencyKey,
    string OrderingKey,
    string Method,
    string? Path,
    string Body,
    OperationTrigger Trigger,
    DateTimeOffset DueAt)
{
    /// <summary>Waiting for its condition rather than due; see <see cref="OperationStatus.Waiting"/>.</summary>
    public bool Waits => Trigger is OperationTrigger.AllOrdersFinal or OperationTrigger.Explicit;

    /// <summary>
    /// A quiet-period follow-up planned again while still pending moves its due time (and its place
    /// in the order) to after the newest message, rather than being ignored as a repeat.
    /// </summary>
    public bool Rearms => Trigger == OperationTrigger.QuietPeriod;
}
