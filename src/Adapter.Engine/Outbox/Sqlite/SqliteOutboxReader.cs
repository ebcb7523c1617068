using Adapter.Engine.Journal.Sqlite;
using Microsoft.Data.Sqlite;

namespace Adapter.Engine.Outbox.Sqlite;

/// <summary>
/// Reads the outbox through read-only connections, so it works beside a running service and on a
/// stopped service's data directory without taking the write lock.
/// </summary>
public sealed class SqliteOutboxReader(string databasePath) : IOutboxReader
{
    private static readonly TimeSpan BusyTimeout = TimeSpan.FromSeconds(5);

    public Task<IReadOnlyList<OutboxRoute>> ListRoutesAsync(long messageId, CancellationToken cancellationToken) =>
        ReadAsync<IReadOnlyList<OutboxRoute>>(
            connection =>
            {
                using var command = Command(connection, "SELECT partner, status, detail, at FROM routes WHERE message_id = $id ORDER BY partner;", ("$id", messageId));
                using var reader = command.ExecuteReader();
                var routes = new List<OutboxRoute>();
                while (reader.Read())
                {
                    routes.Add(new OutboxRoute(messageId, reader.GetString(0), RouteStatusNames.Parse(reader.GetString(1)), reader.IsDBNull(2) ? null : reader.GetString(2), SqliteTime.Parse(reader.GetString(3))));
                }

                return routes;
            },
            cancellationToken);

    public Task<IReadOnlyList<OutboxOperation>> ListOperationsAsync(long messageId, CancellationToken cancellationToken) =>
        ReadAsync<IReadOnlyList<OutboxOperation>>(
            connection =>
            {
                using var command = Command(
                    connection,
                    """
                    SELECT id, message_id, partner, operation, idempotency_key, ordering_key, trigger, status, attempts, created_at, due_at,
                        last_status_code, last_error, completed_at
                    FROM operations WHERE message_id = $id ORDER BY sequence;
                    """,
                    ("$id", messageId));
                using var reader = command.ExecuteReader();
                var operations = new List<OutboxOperation>();
                while (reader.Read())
                {
                    operations.Add(ReadOperation(reader));
                }

                return operations;
            },
            cancellationToken);

    public Task<IReadOnlyList<PartnerBacklog>> BacklogAsync(CancellationToken cancellationToken) =>
        ReadAsync<IReadOnlyList<PartnerBacklog>>(
            connection =>
            {
                using var command = Command(
                    connection,
                    """
                    SELECT partner, sum(status = 'pending'), sum(status = 'waiting'), sum(status = 'dead-lettered'),
                        min(CASE WHEN status = 'pending' THEN created_at END)
                    FROM operations WHERE status IN ('pending', 'waiting', 'dead-lettered') GROUP BY partner ORDER BY partner;
                    """);
                using var reader = command.ExecuteReader();
                var backlog = new List<PartnerBacklog>();
                while (reader.Read())
                {
                    backlog.Add(new PartnerBacklog(
                        reader.GetString(0),
                        reader.GetInt64(1),
                        reader.GetInt64(2),
                        reader.GetInt64(3),
                        reader.IsDBNull(4) ? null : SqliteTime.Parse(reader.GetString(4))));
                }

                return backlog;
            },
            cancellationToken);

    private async Task<T> ReadAsync<T>(Func<SqliteConnection, T> read, CancellationToken cancellationToken)
    {
        await using var connection = SqliteConnections.OpenReader(databasePath, BusyTimeout);
        cancellationToken.ThrowIfCancellationRequested();
        return read(connection);
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command;
    }

    private static OutboxOperation ReadOperation(SqliteDataReader reader) => new(
        reader.GetInt64(0),
        reader.GetInt64(1),
        reader.GetString(2),
        reader.GetString(3),
        reader.GetString(4),
        reader.GetString(5),
        reader.GetString(6),
        OperationStatusNames.Parse(reader.GetString(7)),
        reader.GetInt32(8),
        SqliteTime.Parse(reader.GetString(9)),
        SqliteTime.Parse(reader.GetString(10)),
        reader.IsDBNull(11) ? null : reader.GetInt32(11),
        reader.IsDBNull(12) ? null : reader.GetString(12),
        reader.IsDBNull(13) ? null : SqliteTime.Parse(reader.GetString(13)));
}
