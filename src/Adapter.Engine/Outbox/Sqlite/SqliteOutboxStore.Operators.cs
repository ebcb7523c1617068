using Adapter.Engine.Journal.Sqlite;

namespace Adapter.Engine.Outbox.Sqlite;

/// <summary>What a person does to a message's delivery: replay it, or cancel what is left.</summary>
public sealed partial class SqliteOutboxStore
{
    /// <summary>
    /// Replays by routing again: the message goes back to the router, the chosen partners' verdicts
    /// are forgotten, and their operations that did not succeed are removed so that they are planned
    /// again from the mapping now in force (a fixed mapping gives a fixed request). Planning gives the
    /// same idempotency keys, so an operation that succeeded is kept and not repeated, unless forced.
    /// </summary>
    public Task<bool> ReplayAsync(ReplayRequest request, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return WriteAsync(
            transaction =>
            {
                using (var status = Command("SELECT status FROM messages WHERE id = $id;", transaction, ("$id", request.MessageId)))
                {
                    if (status.ExecuteScalar() is not string current || current is "rejected" or "conflict")
                    {
                        return false;
                    }
                }

                var removable = request.Force ? "'dead-lettered', 'cancelled', 'succeeded', 'pending', 'waiting'" : "'dead-lettered', 'cancelled'";
                Execute(
                    transaction,
                    $"DELETE FROM operations WHERE message_id = $id AND ($partner IS NULL OR partner = $partner) AND status IN ({removable}) AND lease_owner IS NULL;",
                    ("$id", request.MessageId), ("$partner", request.Partner));
                Execute(
                    transaction,
                    "DELETE FROM routes WHERE message_id = $id AND ($partner IS NULL OR partner = $partner);",
                    ("$id", request.MessageId), ("$partner", request.Partner));
                Execute(transaction, "UPDATE messages SET status = 'received' WHERE id = $id;", ("$id", request.MessageId));
                var scope = request.Partner is { } partner ? $"for {partner}" : "for every partner";
                AddEvent(transaction, request.MessageId, at, "replay", $"Replay requested {scope}{(request.Force ? ", forced (succeeded operations repeated)" : string.Empty)}.");
                return true;
            },
            cancellationToken);
    }

    public Task<bool> CancelAsync(long messageId, DateTimeOffset at, CancellationToken cancellationToken) =>
        WriteAsync(
            transaction =>
            {
                var cancelled = Execute(
                    transaction,
                    "UPDATE operations SET status = 'cancelled', completed_at = $at WHERE message_id = $id AND status IN ('pending', 'waiting');",
                    ("$id", messageId), ("$at", SqliteTime.Format(at)));
                var changed = Execute(
                    transaction,
                    "UPDATE messages SET status = 'cancelled' WHERE id = $id AND status IN ('received', 'routed', 'failed', 'unrouted');",
                    ("$id", messageId));
                if (changed == 0 && cancelled == 0)
                {
                    using var exists = Command("SELECT 1 FROM messages WHERE id = $id;", transaction, ("$id", messageId));
                    return exists.ExecuteScalar() is not null;
                }

                AddEvent(transaction, messageId, at, "cancel", $"Cancelled by a person; {cancelled} operation{(cancelled == 1 ? " was" : "s were")} still to run.");
                return true;
            },
            cancellationToken);
}
