using Microsoft.Data.Sqlite;

namespace Adapter.Engine.Tests.Support;

/// <summary>
/// Another process's write lock on the journal, as a backup tool or a second adapter would hold it:
/// a connection of its own inside <c>BEGIN EXCLUSIVE</c> until released.
/// </summary>
internal sealed class DatabaseLock : IDisposable
{
    private SqliteConnection? _connection;

    private DatabaseLock(SqliteConnection connection) => _connection = connection;

    public static DatabaseLock Hold(string databasePath)
    {
        // Unpooled, so that releasing really closes the connection and its lock.
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Pooling = false }.ToString());
        connection.Open();
        Execute(connection, "BEGIN EXCLUSIVE;");
        return new DatabaseLock(connection);
    }

    public void Release()
    {
        if (_connection is null)
        {
            return;
        }

        Execute(_connection, "ROLLBACK;");
        _connection.Dispose();
        _connection = null;
    }

    public void Dispose() => Release();

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
