using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Data.Sqlite;

namespace Adapter.Engine.Journal.Sqlite;

/// <summary>
/// Applies one entry inside the writer's open transaction: insert, or recognise a resend (same key,
/// same content) or a conflict (same key, other content). Commands are prepared once per connection.
/// </summary>
internal sealed class SqliteAppender : IDisposable
{
    private readonly SqliteCommand _insert;
    private readonly SqliteCommand _findOriginal;
    private readonly SqliteCommand _insertEvent;
    private readonly SqliteCommand _probe;

    public SqliteAppender(SqliteConnection connection)
    {
        _insert = connection.CreateCommand();
        _insert.CommandText = """
            INSERT INTO messages (source, remote_address, received_at, sending_application, sending_facility,
                message_type, control_id, version, status, is_original, content_hash, raw, ack_code, ack, reason)
            VALUES ($source, $remote, $at, $app, $facility, $type, $control, $version, $status, $original, $hash, $raw, $ackCode, $ack, $reason)
            ON CONFLICT (sending_application, sending_facility, control_id) WHERE is_original = 1 DO NOTHING
            RETURNING id;
            """;
        foreach (var name in new[] { "$source", "$remote", "$at", "$app", "$facility", "$type", "$control", "$version", "$status", "$original", "$hash", "$raw", "$ackCode", "$ack", "$reason" })
        {
            _insert.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        _findOriginal = connection.CreateCommand();
        _findOriginal.CommandText = """
            SELECT id, content_hash, ack FROM messages
            WHERE sending_application = $app AND sending_facility = $facility AND control_id = $control AND is_original = 1;
            """;
        _findOriginal.Parameters.Add(new SqliteParameter { ParameterName = "$app" });
        _findOriginal.Parameters.Add(new SqliteParameter { ParameterName = "$facility" });
        _findOriginal.Parameters.Add(new SqliteParameter { ParameterName = "$control" });

        _insertEvent = connection.CreateCommand();
        _insertEvent.CommandText = "INSERT INTO message_events (message_id, at, kind, detail) VALUES ($message, $at, $kind, $detail);";
        foreach (var name in new[] { "$message", "$at", "$kind", "$detail" })
        {
            _insertEvent.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        _probe = connection.CreateCommand();
        _probe.CommandText = "INSERT INTO probes (id, at) VALUES (1, $at) ON CONFLICT (id) DO UPDATE SET at = excluded.at;";
        _probe.Parameters.Add(new SqliteParameter { ParameterName = "$at" });
    }

    public void Enlist(SqliteTransaction transaction)
    {
        _insert.Transaction = transaction;
        _findOriginal.Transaction = transaction;
        _insertEvent.Transaction = transaction;
        _probe.Transaction = transaction;
    }

    public AppendResult Append(JournalEntry entry)
    {
        var hash = SHA256.HashData(entry.Raw.Span);
        if (entry.Status != MessageStatus.Received)
        {
            return AppendResult.Stored(Insert(entry, entry.Status, original: false, hash, entry.AckCode, entry.Ack, entry.Reason)!.Value);
        }

        if (Insert(entry, MessageStatus.Received, original: true, hash, entry.AckCode, entry.Ack, reason: null) is { } id)
        {
            return AppendResult.Stored(id);
        }

        var (originalId, originalHash, originalAck) = FindOriginal(entry.Identity);
        if (originalHash.AsSpan().SequenceEqual(hash))
        {
            AddEvent(originalId, entry.ReceivedAt, "duplicate", $"Received again from {entry.RemoteAddress ?? "an unknown address"} on {entry.Source}; answered with the original acknowledgement.");
            return AppendResult.Duplicate(originalId, originalAck);
        }

        var reason = $"Same sending application, facility and control id as message {originalId.ToString(CultureInfo.InvariantCulture)}, with different content.";
        var conflictId = Insert(entry, MessageStatus.Conflict, original: false, hash, entry.ConflictAckCode, ack: null, reason)!.Value;
        AddEvent(originalId, entry.ReceivedAt, "conflict", $"Message {conflictId.ToString(CultureInfo.InvariantCulture)} reused this message's key with different content.");
        return AppendResult.Conflict(conflictId, originalId);
    }

    public void Probe(DateTimeOffset at)
    {
        _probe.Parameters[0].Value = SqliteTime.Format(at);
        _probe.ExecuteNonQuery();
    }

    public void Dispose()
    {
        _insert.Dispose();
        _findOriginal.Dispose();
        _insertEvent.Dispose();
        _probe.Dispose();
    }

    private long? Insert(JournalEntry entry, MessageStatus status, bool original, byte[] hash, string? ackCode, ReadOnlyMemory<byte>? ack, string? reason)
    {
        var parameters = _insert.Parameters;
        parameters[0].Value = entry.Source;
        parameters[1].Value = (object?)entry.RemoteAddress ?? DBNull.Value;
        parameters[2].Value = SqliteTime.Format(entry.ReceivedAt);
        parameters[3].Value = entry.Identity.SendingApplication;
        parameters[4].Value = entry.Identity.SendingFacility;
        parameters[5].Value = entry.Identity.MessageType;
        parameters[6].Value = entry.Identity.ControlId;
        parameters[7].Value = entry.Identity.Version;
        parameters[8].Value = status.ToName();
        parameters[9].Value = original ? 1 : 0;
        parameters[10].Value = hash;
        parameters[11].Value = SqliteBlobs.From(entry.Raw);
        parameters[12].Value = (object?)ackCode ?? DBNull.Value;
        parameters[13].Value = ack is { } bytes ? SqliteBlobs.From(bytes) : DBNull.Value;
        parameters[14].Value = (object?)reason ?? DBNull.Value;
        var id = _insert.ExecuteScalar();
        return id is null ? null : (long)id;
    }

    private (long Id, byte[] Hash, byte[] Ack) FindOriginal(MessageIdentity identity)
    {
        _findOriginal.Parameters[0].Value = identity.SendingApplication;
        _findOriginal.Parameters[1].Value = identity.SendingFacility;
        _findOriginal.Parameters[2].Value = identity.ControlId;
        using var reader = _findOriginal.ExecuteReader();
        if (!reader.Read())
        {
            throw new InvalidOperationException("The duplicate key matched no original message.");
        }

        return (reader.GetInt64(0), (byte[])reader[1], reader.IsDBNull(2) ? [] : (byte[])reader[2]);
    }

    private void AddEvent(long messageId, DateTimeOffset at, string kind, string detail)
    {
        _insertEvent.Parameters[0].Value = messageId;
        _insertEvent.Parameters[1].Value = SqliteTime.Format(at);
        _insertEvent.Parameters[2].Value = kind;
        _insertEvent.Parameters[3].Value = detail;
        _insertEvent.ExecuteNonQuery();
    }
}
