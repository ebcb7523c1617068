using Adapter.Engine.Journal.Sqlite;
using Adapter.Mapping.Model;

namespace Adapter.Engine.Outbox.Sqlite;

/// <summary>Claiming due operations under a lease, and recording how their attempts ended.</summary>
public sealed partial class SqliteOutboxStore
{
    public Task<IReadOnlyList<ClaimedOperation>> ClaimAsync(string leaseOwner, IReadOnlyCollection<string> partners, int limit, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken) =>
        WriteAsync<IReadOnlyList<ClaimedOperation>>(
            transaction =>
            {
                // Only the first pending operation of an ordering key may run: one that waits for a
                // retry, or is running under a lease, holds the ones behind it.
                using var command = Command(
                    """
                    UPDATE operations SET lease_owner = $owner, lease_until = $until, attempts = attempts + 1
                    WHERE id IN (
                        SELECT o.id FROM operations o
                        WHERE o.status = 'pending' AND o.due_at <= $now
                            AND o.partner IN (SELECT value FROM json_each($partners))
                            AND (o.lease_until IS NULL OR o.lease_until <= $now)
                            AND NOT EXISTS (
                                SELECT 1 FROM operations p
                                WHERE p.partner = o.partner AND p.ordering_key = o.ordering_key AND p.status = 'pending'
                                    AND (p.sequence < o.sequence OR (p.sequence = o.sequence AND p.id < o.id)))
                            -- A follow-up also waits for an earlier call of its key that was dead-lettered
                            -- (the interpretation is not asked for without all the results), until that
                            -- call is replayed or cancelled.
                            AND (o.trigger = 'immediately' OR NOT EXISTS (
                                SELECT 1 FROM operations d
                                WHERE d.partner = o.partner AND d.ordering_key = o.ordering_key AND d.status = 'dead-lettered' AND d.sequence < o.sequence))
                        ORDER BY o.due_at, o.sequence
                        LIMIT $limit)
                    RETURNING id, message_id, partner, operation, idempotency_key, ordering_key, method, path, body, trigger, attempts, created_at, due_at, sequence;
                    """,
                    transaction,
                    ("$owner", leaseOwner),
                    ("$until", SqliteTime.Format(now + lease)),
                    ("$now", SqliteTime.Format(now)),
                    ("$partners", PartnerList(partners)),
                    ("$limit", limit));
                using var reader = command.ExecuteReader();
                var claimed = new List<(string Due, long Sequence, ClaimedOperation Operation)>();
                while (reader.Read())
                {
                    var operation = new ClaimedOperation(
                        reader.GetInt64(0),
                        reader.GetInt64(1),
                        reader.GetString(2),
                        reader.GetString(3),
                        reader.GetString(4),
                        reader.GetString(5),
                        reader.GetString(6),
                        reader.IsDBNull(7) ? null : reader.GetString(7),
                        reader.GetString(8),
                        OperationTriggerNames.Find(reader.GetString(9)) ?? OperationTrigger.Immediately,
                        reader.GetInt32(10),
                        SqliteTime.Parse(reader.GetString(11)));
                    claimed.Add((reader.GetString(12), reader.GetInt64(13), operation));
                }

                // RETURNING gives rows in no particular order; workers start them oldest first.
                return claimed.OrderBy(row => row.Due, StringComparer.Ordinal).ThenBy(row => row.Sequence).Select(row => row.Operation).ToList();
            },
            cancellationToken);

    public Task<bool> CompleteAsync(OperationCompletion completion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(completion);
        return WriteAsync(
            transaction =>
            {
                var done = completion.Status is OperationStatus.Succeeded or OperationStatus.DeadLettered;
                // A person may have cancelled the operation while it ran: it stays cancelled unless the
                // partner took it, which is then the truth to keep.
                using var command = Command(
                    """
                    UPDATE operations SET
                        status = CASE WHEN status = 'cancelled' AND $status <> 'succeeded' THEN 'cancelled' ELSE $status END,
                        lease_owner = NULL, lease_until = NULL,
                        due_at = coalesce($retryAt, due_at),
                        attempts = attempts - $refund,
                        last_status_code = $code, last_error = $error,
                        response = coalesce($response, response),
                        completed_at = CASE WHEN $done = 1 THEN $at ELSE completed_at END
                    WHERE id = $id AND lease_owner = $owner AND status IN ('pending', 'cancelled')
                    RETURNING message_id;
                    """,
                    transaction,
                    ("$status", completion.Status.ToName()),
                    ("$retryAt", completion.RetryAt is { } retryAt ? SqliteTime.Format(retryAt) : null),
                    ("$refund", completion.NotAttempted ? 1 : 0),
                    ("$code", completion.StatusCode),
                    ("$error", completion.Error),
                    ("$response", completion.Response),
                    ("$done", done ? 1 : 0),
                    ("$at", SqliteTime.Format(completion.At)),
                    ("$id", completion.OperationId),
                    ("$owner", completion.LeaseOwner));
                if (command.ExecuteScalar() is not long messageId)
                {
                    return false;
                }

                if (!completion.NotAttempted)
                {
                    AddEvent(transaction, messageId, completion.At, "delivery", completion.Detail);
                }

                UpdateMessageStatus(transaction, messageId);
                return true;
            },
            cancellationToken);
    }

    public Task<DateTimeOffset?> NextDueAsync(IReadOnlyCollection<string> partners, CancellationToken cancellationToken) =>
        ReadAsync(
            () =>
            {
                using var command = Command(
                    "SELECT min(due_at) FROM operations WHERE status = 'pending' AND lease_owner IS NULL AND partner IN (SELECT value FROM json_each($partners));",
                    null,
                    ("$partners", PartnerList(partners)));
                return command.ExecuteScalar() is string due ? SqliteTime.Parse(due) : (DateTimeOffset?)null;
            },
            cancellationToken);

    public Task<int> ReleaseAllLeasesAsync(CancellationToken cancellationToken) =>
        WriteAsync(
            transaction => Execute(transaction, "UPDATE operations SET lease_owner = NULL, lease_until = NULL WHERE lease_owner IS NOT NULL;"),
            cancellationToken);
}
