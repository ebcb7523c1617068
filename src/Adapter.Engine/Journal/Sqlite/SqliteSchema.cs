using Microsoft.Data.Sqlite;

namespace Adapter.Engine.Journal.Sqlite;

/// <summary>Creates the journal's tables; <c>user_version</c> records the schema version for later migrations.</summary>
internal static class SqliteSchema
{
    public const int Version = 1;

    private const string CreateVersion1 = """
        CREATE TABLE IF NOT EXISTS messages (
            id INTEGER PRIMARY KEY,
            source TEXT NOT NULL,
            remote_address TEXT,
            received_at TEXT NOT NULL,
            sending_application TEXT NOT NULL,
            sending_facility TEXT NOT NULL,
            message_type TEXT NOT NULL,
            control_id TEXT NOT NULL,
            version TEXT NOT NULL,
            status TEXT NOT NULL,
            -- 1 for accepted messages: only they own their key, so a corrected resend of a
            -- rejected message is not taken for a duplicate.
            is_original INTEGER NOT NULL,
            content_hash BLOB NOT NULL,
            raw BLOB NOT NULL,
            ack_code TEXT,
            ack BLOB,
            reason TEXT
        );
        CREATE UNIQUE INDEX IF NOT EXISTS messages_key
            ON messages (sending_application, sending_facility, control_id) WHERE is_original = 1;
        CREATE INDEX IF NOT EXISTS messages_received_at ON messages (received_at);
        CREATE INDEX IF NOT EXISTS messages_status ON messages (status, id);
        CREATE TABLE IF NOT EXISTS message_events (
            id INTEGER PRIMARY KEY,
            message_id INTEGER NOT NULL REFERENCES messages (id),
            at TEXT NOT NULL,
            kind TEXT NOT NULL,
            detail TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS message_events_message ON message_events (message_id);
        CREATE TABLE IF NOT EXISTS probes (id INTEGER PRIMARY KEY CHECK (id = 1), at TEXT NOT NULL);
        """;

    public static void Apply(SqliteConnection connection)
    {
        using var read = connection.CreateCommand();
        read.CommandText = "PRAGMA user_version;";
        var current = Convert.ToInt32(read.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        if (current > Version)
        {
            throw new InvalidOperationException($"The journal was written by a newer adapter (schema {current}; this one knows {Version}).");
        }

        if (current == Version)
        {
            return;
        }

        using var transaction = connection.BeginTransaction(deferred: false);
        using var create = connection.CreateCommand();
        create.Transaction = transaction;
        create.CommandText = CreateVersion1 + $"PRAGMA user_version = {Version};";
        create.ExecuteNonQuery();
        transaction.Commit();
    }
}
