using Microsoft.Extensions.Logging;

namespace Adapter.Engine.Journal.Sqlite;

/// <summary>The embedded journal: one SQLite file in WAL mode, written by a group-committing writer.</summary>
public sealed class SqliteJournal : IMessageJournal, IJournalReader, IAsyncDisposable
{
    private readonly SqliteGroupCommitWriter _writer;
    private readonly SqliteJournalReader _reader;

    public SqliteJournal(SqliteJournalOptions options, JournalMetrics metrics, TimeProvider time, ILogger<SqliteJournal> logger)
    {
        _writer = new SqliteGroupCommitWriter(options, Health, metrics, time, logger);
        _reader = new SqliteJournalReader(options.DatabasePath);
        metrics.ObserveSize(() => _reader.SizeBytes);
    }

    public JournalHealth Health { get; } = new();

    public long SizeBytes => _reader.SizeBytes;

    public ValueTask<AppendResult> AppendAsync(JournalEntry entry, CancellationToken cancellationToken) =>
        _writer.WriteAsync(entry, cancellationToken);

    public async ValueTask<bool> ProbeAsync(CancellationToken cancellationToken) =>
        (await _writer.WriteAsync(null, cancellationToken).ConfigureAwait(false)).Status != AppendStatus.Unavailable;

    public Task<IReadOnlyList<JournalRecord>> ListAsync(JournalQuery query, CancellationToken cancellationToken) =>
        _reader.ListAsync(query, cancellationToken);

    public Task<JournalMessage?> FindAsync(long id, CancellationToken cancellationToken) =>
        _reader.FindAsync(id, cancellationToken);

    public ValueTask DisposeAsync() => _writer.DisposeAsync();
}
