using Microsoft.Data.Sqlite;

namespace Adapter.Host.Tests.Support;

/// <summary>
/// A write lock on the journal as another process (a backup tool, a second adapter) would hold
/// it: a connection of its own inside <c>BEGIN EXCLUSIVE</c> until disposed.
/// </summary>
internal sealed class DatabaseLock : IDisposable
{
    private readonly SqliteConnection _connection;

    private DatabaseLock(SqliteConnection connection) => _connection = connection;

    public static DatabaseLock Hold(string databasePath)
    {
        // Unpooled, so that disposing really closes the connection and its lock.
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Pooling = false }.ToString());
        connection.Open();
        Execute(connection, "BEGIN EXCLUSIVE;");
        return new DatabaseLock(connection);
    }

    public void Dispose()
    {
        Execute(_connection, "ROLLBACK;");
        _connection.Dispose();
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
