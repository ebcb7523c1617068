namespace Adapter.Engine.Journal.Sqlite;

/// <summary>Where the SQLite journal lives and how it writes.</summary>
public sealed record SqliteJournalOptions
{
    /// <summary>The database file; its directory is created when missing.</summary>
    public required string DatabasePath { get; init; }

    /// <summary>How long a write waits for a lock held by another process before the store counts as unavailable.</summary>
    public TimeSpan BusyTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>The most entries one commit (one disk flush) covers.</summary>
    public int MaxBatchSize { get; init; } = 256;

    /// <summary>Entries waiting for the writer before appenders wait too (back-pressure).</summary>
    public int QueueCapacity { get; init; } = 4096;
}
