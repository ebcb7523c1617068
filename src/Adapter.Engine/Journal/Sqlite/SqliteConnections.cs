using Microsoft.Data.Sqlite;

namespace Adapter.Engine.Journal.Sqlite;

/// <summary>Opens connections to the journal with the settings its guarantees rest on.</summary>
internal static class SqliteConnections
{
    /// <summary>
    /// The writer's connection: write-ahead log with <c>synchronous=FULL</c>, so a commit returns
    /// only after the log is flushed to disk. Microsoft.Data.Sqlite retries a busy database for the
    /// command timeout, which is how long a lock held by someone else is waited for.
    /// </summary>
    public static SqliteConnection OpenWriter(SqliteJournalOptions options)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(options.DatabasePath));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = options.DatabasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = BusySeconds(options.BusyTimeout),
        }.ToString());
        connection.Open();
        Execute(connection, "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;");
        return connection;
    }

    /// <summary>A read-only connection, which also works while the service is writing.</summary>
    public static SqliteConnection OpenReader(string databasePath, TimeSpan busyTimeout)
    {
        if (!File.Exists(databasePath))
        {
            throw new FileNotFoundException($"There is no journal at {databasePath}.", databasePath);
        }

        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            Mode = SqliteOpenMode.ReadOnly,
            DefaultTimeout = BusySeconds(busyTimeout),
        }.ToString());
        connection.Open();
        return connection;
    }

    public static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    // The timeout is whole seconds, and zero would mean waiting forever.
    private static int BusySeconds(TimeSpan timeout) => Math.Max(1, (int)Math.Ceiling(timeout.TotalSeconds));
}
