using System.Globalization;
using Adapter.Engine.Journal;
using Adapter.Engine.Journal.Sqlite;
using Adapter.Mapping.Model;
using Microsoft.Data.Sqlite;

namespace Adapter.Engine.Outbox.Sqlite;

/// <summary>Reading messages to route, and writing what the router decided.</summary>
public sealed partial class SqliteOutboxStore
{
    public Task<IReadOnlyList<UnroutedMessage>> ListUnroutedAsync(int limit, CancellationToken cancellationToken) =>
        ReadAsync<IReadOnlyList<UnroutedMessage>>(
            () =>
            {
                var messages = new List<UnroutedMessage>();
                using (var command = Command(
                    """
                    SELECT id, source, received_at, sending_application, sending_facility, message_type, control_id, version, raw
                    FROM messages WHERE status = 'received' ORDER BY id LIMIT $limit;
                    """,
                    null,
                    ("$limit", limit)))
                using (var reader = command.ExecuteReader())
                {
                    while (reader.Read())
                    {
                        var identity = new MessageIdentity(reader.GetString(3), reader.GetString(4), reader.GetString(5), reader.GetString(6), reader.GetString(7));
                        messages.Add(new UnroutedMessage(reader.GetInt64(0), reader.GetString(1), SqliteTime.Parse(reader.GetString(2)), identity, (byte[])reader[8], new HashSet<string>()));
                    }
                }

                return messages.Select(message => message with { RoutedPartners = RoutedPartners(message.Id, null) }).ToList();
            },
            cancellationToken);

    public Task<bool> CompleteRoutingAsync(RoutingDecision decision, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return WriteAsync(
            transaction =>
            {
                // A replay since the message was read changes which partners are still to route:
                // the decision is then stale, and the router reads the message again.
                if (!IsWaitingForRouting(transaction, decision.MessageId) || !RoutedPartners(decision.MessageId, transaction).SetEquals(decision.RoutedPartners))
                {
                    return false;
                }

                if (decision.Failure is { } failure)
                {
                    Execute(transaction, "UPDATE messages SET status = 'failed' WHERE id = $id;", ("$id", decision.MessageId));
                    AddEvent(transaction, decision.MessageId, decision.At, "routing-failed", failure);
                    return true;
                }

                foreach (var route in decision.Routes)
                {
                    Execute(
                        transaction,
                        """
                        INSERT INTO routes (message_id, partner, status, detail, at) VALUES ($message, $partner, $status, $detail, $at)
                        ON CONFLICT (message_id, partner) DO UPDATE SET status = excluded.status, detail = excluded.detail, at = excluded.at;
                        """,
                        ("$message", decision.MessageId), ("$partner", route.Partner), ("$status", route.Status.ToName()), ("$detail", route.Detail), ("$at", SqliteTime.Format(decision.At)));
                }

                var addedOperations = decision.Operations.Where(operation => AddOperation(transaction, decision, operation)).ToList();
                var added = addedOperations.Count;
                foreach (var key in addedOperations.Where(operation => operation.Trigger == OperationTrigger.Immediately).Select(operation => (operation.Partner, operation.OrderingKey)).Distinct())
                {
                    KeepFollowUpsLast(transaction, key.Partner, key.OrderingKey);
                }

                foreach (var order in decision.Orders)
                {
                    Execute(
                        transaction,
                        """
                        INSERT INTO key_orders (partner, ordering_key, order_id, final) VALUES ($partner, $key, $order, $final)
                        ON CONFLICT (partner, ordering_key, order_id) DO UPDATE SET final = excluded.final;
                        """,
                        ("$partner", order.Partner), ("$key", order.OrderingKey), ("$order", order.OrderId), ("$final", order.Final ? 1 : 0));
                }

                foreach (var key in decision.Orders.Select(order => (order.Partner, order.OrderingKey)).Distinct())
                {
                    ReleaseWhenAllFinal(transaction, decision.MessageId, key.Partner, key.OrderingKey, decision.At);
                }

                UpdateMessageStatus(transaction, decision.MessageId, routing: true);
                AddEvent(transaction, decision.MessageId, decision.At, "routed", Describe(decision, added));
                return true;
            },
            cancellationToken);
    }

    private HashSet<string> RoutedPartners(long messageId, SqliteTransaction? transaction)
    {
        using var command = Command("SELECT partner FROM routes WHERE message_id = $id;", transaction, ("$id", messageId));
        using var reader = command.ExecuteReader();
        var partners = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read())
        {
            partners.Add(reader.GetString(0));
        }

        return partners;
    }

    private bool IsWaitingForRouting(SqliteTransaction transaction, long messageId)
    {
        using var command = Command("SELECT status FROM messages WHERE id = $id;", transaction, ("$id", messageId));
        return command.ExecuteScalar() as string == MessageStatus.Received.ToName();
    }

    /// <summary>
    /// Adds one operation; an existing key is kept as it is, except a pending quiet-period follow-up,
    /// which is re-armed, and a cancelled follow-up, which the new message plans again.
    /// </summary>
    private bool AddOperation(SqliteTransaction transaction, RoutingDecision decision, NewOperation operation)
    {
        using var command = Command(
            """
            INSERT INTO operations (message_id, partner, operation, idempotency_key, ordering_key, sequence, method, path, body, trigger, status, created_at, due_at)
            VALUES ($message, $partner, $operation, $key, $ordering, $sequence, $method, $path, $body, $trigger, $status, $at, $due)
            ON CONFLICT (idempotency_key) DO UPDATE SET
                due_at = excluded.due_at, sequence = excluded.sequence, body = excluded.body,
                status = CASE WHEN operations.status = 'cancelled' THEN excluded.status ELSE operations.status END,
                message_id = CASE WHEN operations.status = 'cancelled' THEN excluded.message_id ELSE operations.message_id END,
                attempts = CASE WHEN operations.status = 'cancelled' THEN 0 ELSE operations.attempts END,
                completed_at = CASE WHEN operations.status = 'cancelled' THEN NULL ELSE operations.completed_at END
                WHERE ($rearms = 1 AND operations.status = 'pending' AND operations.lease_owner IS NULL)
                    OR ($followUp = 1 AND operations.status = 'cancelled')
            RETURNING message_id;
            """,
            transaction,
            ("$message", decision.MessageId),
            ("$partner", operation.Partner),
            ("$operation", operation.Operation),
            ("$key", operation.IdempotencyKey),
            ("$ordering", operation.OrderingKey),
            ("$sequence", NextSequence(transaction)),
            ("$method", operation.Method),
            ("$path", operation.Path),
            ("$body", operation.Body),
            ("$trigger", operation.Trigger.ToName()),
            ("$status", (operation.Waits ? OperationStatus.Waiting : OperationStatus.Pending).ToName()),
            ("$at", SqliteTime.Format(decision.At)),
            ("$due", SqliteTime.Format(operation.DueAt)),
            ("$rearms", operation.Rearms ? 1 : 0),
            // A follow-up cancelled with the message that first planned it is planned again by a
            // later message of its key: cancelling one message does not cancel the visit's follow-up.
            ("$followUp", operation.Trigger == OperationTrigger.Immediately ? 0 : 1));
        if (command.ExecuteScalar() is not long owner)
        {
            return false;
        }

        // A re-armed follow-up belongs to the message that first planned it, whose status it holds.
        if (owner != decision.MessageId)
        {
            UpdateMessageStatus(transaction, owner);
        }

        return true;
    }

    /// <summary>
    /// Moves a key's follow-ups not yet run behind calls just added to it: an interpretation is
    /// asked for after the results it interprets, also those sent again by a replay.
    /// </summary>
    private void KeepFollowUpsLast(SqliteTransaction transaction, string partner, string orderingKey) =>
        Execute(
            transaction,
            """
            UPDATE operations SET sequence = $sequence
            WHERE partner = $partner AND ordering_key = $key AND status IN ('pending', 'waiting') AND trigger <> 'immediately' AND lease_owner IS NULL;
            """,
            ("$sequence", NextSequence(transaction)), ("$partner", partner), ("$key", orderingKey));

    /// <summary>Makes the all-orders-final follow-ups of a key due once no order seen under it is still open.</summary>
    private void ReleaseWhenAllFinal(SqliteTransaction transaction, long messageId, string partner, string orderingKey, DateTimeOffset at)
    {
        var owners = new List<long>();
        using (var command = Command(
            """
            UPDATE operations SET status = 'pending', due_at = $at, sequence = $sequence
            WHERE partner = $partner AND ordering_key = $key AND status = 'waiting' AND trigger = 'all-orders-final'
                AND NOT EXISTS (SELECT 1 FROM key_orders WHERE partner = $partner AND ordering_key = $key AND final = 0)
            RETURNING message_id;
            """,
            transaction,
            ("$at", SqliteTime.Format(at)),
            ("$sequence", NextSequence(transaction)),
            ("$partner", partner),
            ("$key", orderingKey)))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                owners.Add(reader.GetInt64(0));
            }
        }

        // Released follow-ups may belong to earlier messages of the key, whose status they hold.
        foreach (var owner in owners.Where(owner => owner != messageId).Distinct())
        {
            UpdateMessageStatus(transaction, owner);
        }
    }

    private static string Describe(RoutingDecision decision, int added)
    {
        static string Partners(IEnumerable<PartnerRoute> routes) => string.Join(", ", routes.Select(route => route.Partner));
        var parts = new List<string>();
        var planned = decision.Routes.Where(route => route.Status == RouteStatus.Planned).ToList();
        if (planned.Count > 0)
        {
            parts.Add($"planned for {Partners(planned)} ({added.ToString(CultureInfo.InvariantCulture)} new operation{(added == 1 ? string.Empty : "s")})");
        }

        var failed = decision.Routes.Where(route => route.Status == RouteStatus.Failed).ToList();
        if (failed.Count > 0)
        {
            parts.Add($"failed for {Partners(failed)}");
        }

        var refused = decision.Routes.Where(route => route.Status == RouteStatus.NotAccepted).ToList();
        if (refused.Count > 0)
        {
            parts.Add($"not accepted by {Partners(refused)}");
        }

        return parts.Count == 0 ? "No partner mapping is loaded." : string.Join("; ", parts) + ".";
    }
}
