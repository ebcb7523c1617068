using Microsoft.Data.Sqlite;

namespace Adapter.Engine.Journal.Sqlite;

/// <summary>
/// Creates the store's tables; <c>user_version</c> records the schema version, and each version's
/// script runs once, in order, so a journal written by an older adapter is brought up to date.
/// </summary>
internal static class SqliteSchema
{
    public const int Version = 4;

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

    // Version 2: the outbox. A route is one partner's verdict on one message; an operation is one
    // planned partner call, with its idempotency key, ordering key and delivery state.
    private const string CreateVersion2 = """
        -- Messages accepted before routing existed are not sent to partners all at once on upgrade:
        -- they are marked unrouted, and a person replays those that should go.
        UPDATE messages SET status = 'unrouted' WHERE status = 'received';
        CREATE TABLE IF NOT EXISTS routes (
            message_id INTEGER NOT NULL REFERENCES messages (id),
            partner TEXT NOT NULL,
            status TEXT NOT NULL,
            detail TEXT,
            at TEXT NOT NULL,
            PRIMARY KEY (message_id, partner)
        );
        CREATE TABLE IF NOT EXISTS operations (
            id INTEGER PRIMARY KEY,
            message_id INTEGER NOT NULL REFERENCES messages (id),
            partner TEXT NOT NULL,
            operation TEXT NOT NULL,
            idempotency_key TEXT NOT NULL UNIQUE,
            ordering_key TEXT NOT NULL,
            -- Order within the ordering key; a follow-up released or re-armed takes a new one, so it
            -- runs after what was queued for its key meanwhile.
            sequence INTEGER NOT NULL,
            method TEXT NOT NULL,
            path TEXT,
            body TEXT NOT NULL,
            trigger TEXT NOT NULL,
            status TEXT NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            due_at TEXT NOT NULL,
            lease_owner TEXT,
            lease_until TEXT,
            last_status_code INTEGER,
            last_error TEXT,
            response TEXT,
            completed_at TEXT
        );
        CREATE INDEX IF NOT EXISTS operations_due ON operations (due_at) WHERE status = 'pending';
        CREATE INDEX IF NOT EXISTS operations_ordering ON operations (partner, ordering_key, sequence) WHERE status = 'pending';
        CREATE INDEX IF NOT EXISTS operations_message ON operations (message_id);
        CREATE INDEX IF NOT EXISTS operations_status ON operations (status, partner);
        -- The orders seen under each ordering key and whether each is final, for all-orders-final follow-ups.
        CREATE TABLE IF NOT EXISTS key_orders (
            partner TEXT NOT NULL,
            ordering_key TEXT NOT NULL,
            order_id TEXT NOT NULL,
            final INTEGER NOT NULL,
            PRIMARY KEY (partner, ordering_key, order_id)
        );
        CREATE TABLE IF NOT EXISTS sequences (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
        INSERT OR IGNORE INTO sequences (name, value) VALUES ('operations', 0);
        """;

    // Version 3: the outbound HL7 queue, FIFO per destination. A parked message (answered AE) is out
    // of the queue until a person replays it; every other failure keeps it at the head.
    private const string CreateVersion3 = """
        CREATE TABLE IF NOT EXISTS outbound_messages (
            id INTEGER PRIMARY KEY,
            destination TEXT NOT NULL,
            dedupe_key TEXT NOT NULL UNIQUE,
            -- Order in the destination's queue; a replayed message takes a new one, at the end.
            position INTEGER NOT NULL,
            message_id INTEGER REFERENCES messages (id),
            control_id TEXT NOT NULL,
            message_type TEXT NOT NULL,
            payload BLOB NOT NULL,
            status TEXT NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            due_at TEXT NOT NULL,
            last_ack_code TEXT,
            last_error TEXT,
            completed_at TEXT
        );
        CREATE INDEX IF NOT EXISTS outbound_queue ON outbound_messages (destination, position) WHERE status = 'pending';
        INSERT OR IGNORE INTO sequences (name, value) VALUES ('outbound', 0);
        CREATE INDEX IF NOT EXISTS outbound_status ON outbound_messages (status, destination);
        """;

    // Version 4: indexes for the status of a message with results queued (outbound by message) and
    // for claiming (pending operations of a partner by due time) at hundreds of thousands of rows.
    private const string CreateVersion4 = """
        CREATE INDEX IF NOT EXISTS outbound_message ON outbound_messages (message_id) WHERE message_id IS NOT NULL;
        CREATE INDEX IF NOT EXISTS operations_claim ON operations (partner, due_at) WHERE status = 'pending';
        """;

    private static readonly string[] Scripts = [CreateVersion1, CreateVersion2, CreateVersion3, CreateVersion4];

    /// <summary>Throws unless the store is exactly this version: for tools that must not upgrade a store a service may be using.</summary>
    public static void Require(SqliteConnection connection)
    {
        var current = CurrentVersion(connection);
        if (current != Version)
        {
            throw new InvalidOperationException($"The journal has schema {current}; this adapter works on schema {Version}. Use the adapter that wrote it, or start the service of this version once to upgrade it.");
        }
    }

    public static void Apply(SqliteConnection connection)
    {
        var current = CurrentVersion(connection);
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
        create.CommandText = string.Concat(Scripts.Skip(current)) + $"PRAGMA user_version = {Version};";
        create.ExecuteNonQuery();
        transaction.Commit();
    }

    private static int CurrentVersion(SqliteConnection connection)
    {
        using var read = connection.CreateCommand();
        read.CommandText = "PRAGMA user_version;";
        return Convert.ToInt32(read.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
