using Adapter.Engine.Journal.Sqlite;
using Microsoft.Data.Sqlite;

namespace Adapter.Engine.Outbox.Sqlite;

/// <summary>
/// The embedded outbox: tables beside the journal in the same SQLite file, so routing a message
/// and changing its status are one transaction. One connection, one change at a time: SQLite has one
/// writer anyway, and the journal's writer waits for it through the busy timeout (and it for the journal).
/// </summary>
/// <remarks>
/// The embedded store serves one adapter process. Leases still guard every claim, so a worker that
/// stalls past its lease cannot record over one that took the operation over.
/// </remarks>
public sealed partial class SqliteOutboxStore : IOutboxStore, IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly SqliteConnection _connection;
    private readonly SqliteOutboxReader _reader;

    /// <param name="options">Where the store is.</param>
    /// <param name="upgrade">
    /// Whether to bring an older store up to date: the service does; a command-line tool working
    /// beside a running service must not (the service would then find a store newer than it), and
    /// refuses one of another version instead.
    /// </param>
    public SqliteOutboxStore(SqliteJournalOptions options, bool upgrade = true)
    {
        ArgumentNullException.ThrowIfNull(options);
        _connection = SqliteConnections.OpenWriter(options);
        if (upgrade)
        {
            SqliteSchema.Apply(_connection);
        }
        else
        {
            SqliteSchema.Require(_connection);
        }

        _reader = new SqliteOutboxReader(options.DatabasePath);
    }

    public Task<IReadOnlyList<OutboxRoute>> ListRoutesAsync(long messageId, CancellationToken cancellationToken) =>
        _reader.ListRoutesAsync(messageId, cancellationToken);

    public Task<IReadOnlyList<OutboxOperation>> ListOperationsAsync(long messageId, CancellationToken cancellationToken) =>
        _reader.ListOperationsAsync(messageId, cancellationToken);

    public Task<IReadOnlyList<PartnerBacklog>> BacklogAsync(CancellationToken cancellationToken) =>
        _reader.BacklogAsync(cancellationToken);

    public void Dispose()
    {
        _connection.Dispose();
        _gate.Dispose();
    }

    /// <summary>Runs <paramref name="work"/> in one immediate transaction (the write lock taken at its start, so it cannot fail halfway on a busy database).</summary>
    private async Task<T> WriteAsync<T>(Func<SqliteTransaction, T> work, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var transaction = _connection.BeginTransaction(deferred: false);
            var result = work(transaction);
            transaction.Commit();
            return result;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<T> ReadAsync<T>(Func<T> read, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return read();
        }
        finally
        {
            _gate.Release();
        }
    }

    private SqliteCommand Command(string sql, SqliteTransaction? transaction = null, params (string Name, object? Value)[] parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    private int Execute(SqliteTransaction transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, transaction, parameters);
        return command.ExecuteNonQuery();
    }

    private void AddEvent(SqliteTransaction transaction, long messageId, DateTimeOffset at, string kind, string detail) =>
        Execute(
            transaction,
            "INSERT INTO message_events (message_id, at, kind, detail) VALUES ($message, $at, $kind, $detail);",
            ("$message", messageId), ("$at", SqliteTime.Format(at)), ("$kind", kind), ("$detail", detail));

    private long NextSequence(SqliteTransaction transaction)
    {
        using var command = Command("UPDATE sequences SET value = value + 1 WHERE name = 'operations' RETURNING value;", transaction);
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>
    /// A message's status follows from its routes, operations and the HL7 it sends back: failed when
    /// a partner could not take it or the hospital refused (AE) what came back, routed while an
    /// operation or an outbound message is pending, delivered when none is (follow-ups waiting for
    /// later results do not hold it), unrouted when no partner accepted it and nothing goes back.
    /// </summary>
    /// <remarks>
    /// A message waiting for the router (received, or sent back to it by a replay) keeps that status
    /// until the router has decided it (<paramref name="routing"/>): an operation of it that ends
    /// meanwhile must not take it out of the router's way.
    /// </remarks>
    private void UpdateMessageStatus(SqliteTransaction transaction, long messageId, bool routing = false) =>
        Execute(
            transaction,
            """
            UPDATE messages SET status = CASE
                WHEN NOT EXISTS (SELECT 1 FROM routes WHERE message_id = $id AND status IN ('planned', 'failed'))
                    AND NOT EXISTS (SELECT 1 FROM outbound_messages WHERE message_id = $id) THEN 'unrouted'
                WHEN EXISTS (SELECT 1 FROM routes WHERE message_id = $id AND status = 'failed')
                    OR EXISTS (SELECT 1 FROM operations WHERE message_id = $id AND status = 'dead-lettered')
                    OR EXISTS (SELECT 1 FROM outbound_messages WHERE message_id = $id AND status = 'parked') THEN 'failed'
                WHEN EXISTS (SELECT 1 FROM operations WHERE message_id = $id AND status = 'pending')
                    OR EXISTS (SELECT 1 FROM outbound_messages WHERE message_id = $id AND status = 'pending') THEN 'routed'
                ELSE 'delivered' END
            WHERE id = $id AND (status IN ('routed', 'delivered', 'failed', 'unrouted') OR ($routing = 1 AND status = 'received'));
            """,
            ("$id", messageId),
            ("$routing", routing ? 1 : 0));

    private static string PartnerList(IReadOnlyCollection<string> partners) => System.Text.Json.JsonSerializer.Serialize(partners);
}
