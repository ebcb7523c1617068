using Microsoft.Data.Sqlite;

namespace Adapter.Engine.Journal.Sqlite;

/// <summary>
/// Reads the journal through read-only connections, so it works beside a running writer (WAL
/// readers do not block it) and on a stopped service's data directory.
/// </summary>
public sealed class SqliteJournalReader(string databasePath) : IJournalReader
{
    private const string RecordColumns = """
        id, source, remote_address, received_at, sending_application, sending_facility, message_type,
        control_id, version, status, ack_code, reason, length(raw)
        """;

    private static readonly TimeSpan BusyTimeout = TimeSpan.FromSeconds(5);

    public long SizeBytes => FileSize(databasePath) + FileSize(databasePath + "-wal");

    public async Task<IReadOnlyList<JournalRecord>> ListAsync(JournalQuery query, CancellationToken cancellationToken)
    {
        await using var connection = SqliteConnections.OpenReader(databasePath, BusyTimeout);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT {RecordColumns} FROM messages
            WHERE id > $after AND ($status IS NULL OR status = $status) AND ($since IS NULL OR received_at >= $since)
            ORDER BY id LIMIT $limit;
            """;
        command.Parameters.AddWithValue("$after", query.AfterId);
        command.Parameters.AddWithValue("$status", (object?)query.Status?.ToName() ?? DBNull.Value);
        command.Parameters.AddWithValue("$since", query.Since is { } since ? SqliteTime.Format(since) : DBNull.Value);
        command.Parameters.AddWithValue("$limit", query.Limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var records = new List<JournalRecord>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            records.Add(ReadRecord(reader));
        }

        return records;
    }

    public async Task<JournalMessage?> FindAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = SqliteConnections.OpenReader(databasePath, BusyTimeout);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {RecordColumns}, raw, ack FROM messages WHERE id = $id;";
        command.Parameters.AddWithValue("$id", id);
        JournalRecord record;
        byte[] raw;
        byte[] ack;
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                return null;
            }

            record = ReadRecord(reader);
            raw = (byte[])reader[13];
            ack = reader.IsDBNull(14) ? [] : (byte[])reader[14];
        }

        return new JournalMessage(record, raw, ack, await ReadEventsAsync(connection, id, cancellationToken).ConfigureAwait(false));
    }

    private static async Task<IReadOnlyList<JournalEvent>> ReadEventsAsync(SqliteConnection connection, long id, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT at, kind, detail FROM message_events WHERE message_id = $id ORDER BY id;";
        command.Parameters.AddWithValue("$id", id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var events = new List<JournalEvent>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            events.Add(new JournalEvent(SqliteTime.Parse(reader.GetString(0)), reader.GetString(1), reader.GetString(2)));
        }

        return events;
    }

    private static JournalRecord ReadRecord(SqliteDataReader reader)
    {
        MessageStatusNames.TryParse(reader.GetString(9), out var status);
        return new JournalRecord(
            reader.GetInt64(0),
            reader.GetString(1),
            reader.IsDBNull(2) ? null : reader.GetString(2),
            SqliteTime.Parse(reader.GetString(3)),
            new MessageIdentity(reader.GetString(4), reader.GetString(5), reader.GetString(6), reader.GetString(7), reader.GetString(8)),
            status,
            reader.IsDBNull(10) ? null : reader.GetString(10),
            reader.IsDBNull(11) ? null : reader.GetString(11),
            reader.GetInt32(12));
    }

    private static long FileSize(string path) => File.Exists(path) ? new FileInfo(path).Length : 0;
}
