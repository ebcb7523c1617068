using Adapter.Engine.Outbox;
using Adapter.Engine.Outbox.Sqlite;
using Microsoft.Data.Sqlite;

namespace Adapter.EndToEnd.Tests.Support;

/// <summary>
/// Reads an adapter's store (<c>DATA/adapter.db</c>) through read-only connections, beside the
/// running adapter or after it stopped: progress counts and journaled messages by direct queries,
/// each message's operations through the adapter's own <see cref="SqliteOutboxReader"/>.
/// </summary>
internal sealed class OutboxProbe(string dataDirectory)
{
    private readonly string _databasePath = Path.Combine(dataDirectory, "adapter.db");

    public async Task<OutboxProgress> ProgressAsync(CancellationToken cancellationToken)
    {
        var rows = await QueryAsync(
            """
            SELECT (SELECT count(*) FROM messages), (SELECT count(*) FROM messages WHERE status = 'received'), count(*),
                coalesce(sum(status IN ('pending', 'waiting')), 0), coalesce(sum(status = 'succeeded'), 0), coalesce(sum(status = 'dead-lettered'), 0)
            FROM operations;
            """,
            reader => new OutboxProgress(reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetInt32(4), reader.GetInt32(5)),
            cancellationToken);
        return rows.Single();
    }

    public Task<List<JournaledMessage>> MessagesAsync(CancellationToken cancellationToken) =>
        QueryAsync("SELECT id, control_id, status FROM messages ORDER BY id;", reader => new JournaledMessage(reader.GetInt64(0), reader.GetString(1), reader.GetString(2)), cancellationToken);

    public Task<IReadOnlyList<OutboxOperation>> OperationsAsync(long messageId, CancellationToken cancellationToken) =>
        new SqliteOutboxReader(_databasePath).ListOperationsAsync(messageId, cancellationToken);

    private async Task<List<T>> QueryAsync<T>(string sql, Func<SqliteDataReader, T> read, CancellationToken cancellationToken)
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = _databasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false, DefaultTimeout = 10 }.ToString();
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
