using Adapter.Engine.Journal.Sqlite;
using Microsoft.Data.Sqlite;

namespace Adapter.Engine.Outbox.Sqlite;

/// <summary>
/// The outbound HL7 queue in the store's SQLite file, on the outbox's connection (one writer, one
/// change at a time). Payloads are kept until a person deletes the data: the queue is also the
/// record of what was sent to the hospital.
/// </summary>
public sealed partial class SqliteOutboxStore : IOutboundQueue
{
    private const string OutboundColumns = """
        id, destination, message_id, control_id, message_type, payload, status, attempts, created_at, due_at, last_ack_code, last_error
        """;

    public async Task<bool> EnqueueAsync(NewOutboundMessage message, DateTimeOffset at, CancellationToken cancellationToken) =>
        await EnqueueManyAsync([message], at, cancellationToken).ConfigureAwait(false) == 1;

    /// <summary>Queues several messages in one transaction (one disk flush), in the order given; returns how many were new.</summary>
    public Task<int> EnqueueManyAsync(IReadOnlyList<NewOutboundMessage> messages, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messages);
        // A message without a control id could never be matched to its ACK, and would hold its queue.
        foreach (var message in messages)
        {
            ArgumentException.ThrowIfNullOrEmpty(message.ControlId, nameof(messages));
        }

        return WriteAsync(transaction => messages.Count(message => Enqueue(transaction, message, at)), cancellationToken);
    }

    /// <summary>Runs a change to one outbound message that returns its inbound message id, and brings that message's status up to date.</summary>
    private bool ChangeOutbound(SqliteTransaction transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        long? messageId;
        using (var command = Command(sql, transaction, parameters))
        using (var reader = command.ExecuteReader())
        {
            if (!reader.Read())
            {
                return false;
            }

            messageId = reader.IsDBNull(0) ? null : reader.GetInt64(0);
        }

        if (messageId is { } id)
        {
            UpdateMessageStatus(transaction, id);
        }

        return true;
    }

    private long NextOutboundPosition(SqliteTransaction transaction)
    {
        using var position = Command("UPDATE sequences SET value = value + 1 WHERE name = 'outbound' RETURNING value;", transaction);
        return (long)position.ExecuteScalar()!;
    }

    private bool Enqueue(SqliteTransaction transaction, NewOutboundMessage message, DateTimeOffset at)
    {
        using var insert = Command(
            """
            INSERT INTO outbound_messages (destination, dedupe_key, position, message_id, control_id, message_type, payload, status, created_at, due_at)
            VALUES ($destination, $key, $position, $message, $control, $type, $payload, 'pending', $at, $at)
            ON CONFLICT (dedupe_key) DO NOTHING;
            """,
            transaction,
            ("$destination", message.Destination),
            ("$key", message.DedupeKey),
            ("$position", NextOutboundPosition(transaction)),
            ("$message", message.MessageId),
            ("$control", message.ControlId),
            ("$type", message.MessageType),
            ("$payload", SqliteBlobs.From(message.Payload)),
            ("$at", SqliteTime.Format(at)));
        if (insert.ExecuteNonQuery() != 1)
        {
            return false;
        }

        if (message.MessageId is { } messageId)
        {
            UpdateMessageStatus(transaction, messageId);
        }

        return true;
    }

    public Task<OutboundMessage?> HeadAsync(string destination, CancellationToken cancellationToken) =>
        ReadAsync(
            () =>
            {
                using var command = Command(
                    $"SELECT {OutboundColumns} FROM outbound_messages WHERE destination = $destination AND status = 'pending' ORDER BY position LIMIT 1;",
                    null,
                    ("$destination", destination));
                using var reader = command.ExecuteReader();
                return reader.Read() ? ReadOutbound(reader) : null;
            },
            cancellationToken);

    public Task RecordAsync(OutboundResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        return WriteAsync(
            transaction =>
            {
                var done = result.Status is OutboundStatus.Sent or OutboundStatus.Parked;
                using var update = Command(
                    """
                    UPDATE outbound_messages SET
                        status = CASE WHEN status = 'cancelled' AND $status <> 'sent' THEN 'cancelled' ELSE $status END,
                        attempts = attempts + 1, due_at = coalesce($retryAt, due_at),
                        last_ack_code = $ack, last_error = $error,
                        completed_at = CASE WHEN status = 'cancelled' AND $status <> 'sent' THEN completed_at WHEN $done = 1 THEN $at ELSE NULL END
                    WHERE id = $id AND status IN ('pending', 'cancelled')
                    RETURNING message_id, destination, control_id, status;
                    """,
                    transaction,
                    ("$status", result.Status.ToName()),
                    ("$retryAt", result.RetryAt is { } retryAt ? SqliteTime.Format(retryAt) : null),
                    ("$ack", result.AckCode),
                    ("$error", result.Error),
                    ("$done", done ? 1 : 0),
                    ("$at", SqliteTime.Format(result.At)),
                    ("$id", result.Id));
                // A person may have cancelled the message while it was on its way: it stays cancelled
                // unless the hospital took it, which is then the truth to keep.
                using var reader = update.ExecuteReader();
                if (!done || !reader.Read() || reader.IsDBNull(0) || reader.GetString(3) == "cancelled")
                {
                    return false;
                }

                // What the hospital made of what came back is part of the inbound message's history and status.
                var (messageId, destination, controlId) = (reader.GetInt64(0), reader.GetString(1), reader.GetString(2));
                reader.Close();
                AddEvent(transaction, messageId, result.At, "outbound", result.Status == OutboundStatus.Sent
                    ? $"{controlId} to {destination} acknowledged {result.AckCode}."
                    : $"{controlId} to {destination} answered {result.AckCode}; parked for a person: {result.Error}");
                UpdateMessageStatus(transaction, messageId);
                return true;
            },
            cancellationToken);
    }

    public Task<bool> RequeueAsync(long id, DateTimeOffset at, CancellationToken cancellationToken) =>
        WriteAsync(
            transaction => ChangeOutbound(
                transaction,
                """
                UPDATE outbound_messages SET status = 'pending', position = $position, due_at = $at, completed_at = NULL
                WHERE id = $id AND status IN ('parked', 'cancelled')
                RETURNING message_id;
                """,
                ("$position", NextOutboundPosition(transaction)),
                ("$at", SqliteTime.Format(at)),
                ("$id", id)),
            cancellationToken);

    public Task<bool> CancelOutboundAsync(long id, DateTimeOffset at, CancellationToken cancellationToken) =>
        WriteAsync(
            transaction => ChangeOutbound(
                transaction,
                "UPDATE outbound_messages SET status = 'cancelled', completed_at = $at WHERE id = $id AND status IN ('pending', 'parked') RETURNING message_id;",
                ("$at", SqliteTime.Format(at)),
                ("$id", id)),
            cancellationToken);

    public Task<IReadOnlyList<OutboundMessage>> ListOutboundAsync(OutboundStatus? status, string? destination, long afterId, int limit, CancellationToken cancellationToken) =>
        ReadAsync<IReadOnlyList<OutboundMessage>>(
            () =>
            {
                using var command = Command(
                    $"""
                    SELECT {OutboundColumns} FROM outbound_messages
                    WHERE id > $after AND ($status IS NULL OR status = $status) AND ($destination IS NULL OR destination = $destination)
                    ORDER BY id LIMIT $limit;
                    """,
                    null,
                    ("$after", afterId),
                    ("$status", status?.ToName()),
                    ("$destination", destination),
                    ("$limit", limit));
                using var reader = command.ExecuteReader();
                var messages = new List<OutboundMessage>();
                while (reader.Read())
                {
                    messages.Add(ReadOutbound(reader));
                }

                return messages;
            },
            cancellationToken);

    public Task<IReadOnlyList<OutboundBacklog>> OutboundBacklogAsync(CancellationToken cancellationToken) =>
        ReadAsync<IReadOnlyList<OutboundBacklog>>(
            () =>
            {
                using var command = Command(
                    """
                    SELECT destination, sum(status = 'pending'), sum(status = 'parked'), min(CASE WHEN status = 'pending' THEN created_at END)
                    FROM outbound_messages WHERE status IN ('pending', 'parked') GROUP BY destination ORDER BY destination;
                    """);
                using var reader = command.ExecuteReader();
                var backlog = new List<OutboundBacklog>();
                while (reader.Read())
                {
                    backlog.Add(new OutboundBacklog(reader.GetString(0), reader.GetInt64(1), reader.GetInt64(2), reader.IsDBNull(3) ? null : SqliteTime.Parse(reader.GetString(3))));
                }

                return backlog;
            },
            cancellationToken);

    private static OutboundMessage ReadOutbound(SqliteDataReader reader) => new(
        reader.GetInt64(0),
        reader.GetString(1),
        reader.IsDBNull(2) ? null : reader.GetInt64(2),
        reader.GetString(3),
        reader.GetString(4),
        (byte[])reader[5],
        OutboundStatusNames.Parse(reader.GetString(6)),
        reader.GetInt32(7),
        SqliteTime.Parse(reader.GetString(8)),
        SqliteTime.Parse(reader.GetString(9)),
        reader.IsDBNull(10) ? null : reader.GetString(10),
        reader.IsDBNull(11) ? null : reader.GetString(11));
}
