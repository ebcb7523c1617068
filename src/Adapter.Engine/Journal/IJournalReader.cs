namespace Adapter.Engine.Journal;

/// <summary>Reads the journal for people and tools: lists and single messages.</summary>
public interface IJournalReader
{
    Task<IReadOnlyList<JournalRecord>> ListAsync(JournalQuery query, CancellationToken cancellationToken);

    Task<JournalMessage?> FindAsync(long id, CancellationToken cancellationToken);

    /// <summary>Bytes the store occupies on disk (database and write-ahead log).</summary>
    long SizeBytes { get; }
}
