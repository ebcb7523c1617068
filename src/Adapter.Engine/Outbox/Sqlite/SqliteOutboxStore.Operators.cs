using Adapter.Engine.Journal.Sqlite;
using Microsoft.Data.Sqlite;

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
    public Task<ReplayOutcome> ReplayAsync(ReplayRequest request, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return WriteAsync(
            transaction =>
            {
                using (var status = Command("SELECT status FROM messages WHERE id = $id;", transaction, ("$id", request.MessageId)))
                {
                    switch (status.ExecuteScalar())
                    {
                        case not string:
                            return ReplayOutcome.NoSuchMessage;
                        case "rejected" or "conflict":
                            return ReplayOutcome.NeverAccepted;
                    }
                }

                // A call running now ends in a record the replay would lose, or runs beside its re-planned twin.
                using (var leased = Command("SELECT 1 FROM operations WHERE message_id = $id AND lease_owner IS NOT NULL LIMIT 1;", transaction, ("$id", request.MessageId)))
                {
                    if (leased.ExecuteScalar() is not null)
                    {
                        return ReplayOutcome.InFlight;
                    }
                }

                var removable = request.Force ? "'dead-lettered', 'cancelled', 'succeeded', 'pending', 'waiting'" : "'dead-lettered', 'cancelled'";
                Execute(
                    transaction,
                    $"DELETE FROM operations WHERE message_id = $id AND ($partner IS NULL OR partner = $partner) AND status IN ({removable});",
                    ("$id", request.MessageId), ("$partner", request.Partner));
                Execute(
                    transaction,
                    "DELETE FROM routes WHERE message_id = $id AND ($partner IS NULL OR partner = $partner);",
                    ("$id", request.MessageId), ("$partner", request.Partner));
                // HL7 the hospital refused goes again, at the end of its destination's queue; the
                // message is routed again to plan what it still lacks.
                foreach (var outboundId in ParkedOutbound(transaction, request.MessageId))
                {
                    Execute(
                        transaction,
                        "UPDATE outbound_messages SET status = 'pending', position = $position, due_at = $at, completed_at = NULL WHERE id = $id;",
                        ("$position", NextOutboundPosition(transaction)), ("$at", SqliteTime.Format(at)), ("$id", outboundId));
                }

                Execute(transaction, "UPDATE messages SET status = 'received' WHERE id = $id;", ("$id", request.MessageId));
                var scope = request.Partner is { } partner ? $"for {partner}" : "for every partner";
                AddEvent(transaction, request.MessageId, at, "replay", $"Replay requested {scope}{(request.Force ? ", forced (succeeded operations repeated)" : string.Empty)}.");
                return ReplayOutcome.Replayed;
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
                cancelled += Execute(
                    transaction,
                    "UPDATE outbound_messages SET status = 'cancelled', completed_at = $at WHERE message_id = $id AND status IN ('pending', 'parked');",
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

                AddEvent(transaction, messageId, at, "cancel", $"Cancelled by a person; {cancelled} operation{(cancelled == 1 ? " or outbound message was" : "s or outbound messages were")} still to run.");
                return true;
            },
            cancellationToken);

    private List<long> ParkedOutbound(SqliteTransaction transaction, long messageId)
    {
        using var command = Command("SELECT id FROM outbound_messages WHERE message_id = $id AND status IN ('parked', 'cancelled') ORDER BY position;", transaction, ("$id", messageId));
        using var reader = command.ExecuteReader();
        var ids = new List<long>();
        while (reader.Read())
        {
            ids.Add(reader.GetInt64(0));
        }

        return ids;
    }
}
