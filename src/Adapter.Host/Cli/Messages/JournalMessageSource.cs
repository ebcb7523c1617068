using Adapter.Engine.Journal;
using Adapter.Engine.Journal.Sqlite;
using Adapter.Engine.Outbox;
using Adapter.Engine.Outbox.Sqlite;
using Adapter.Host.Admin;
using Adapter.Host.Journal;

namespace Adapter.Host.Cli.Messages;

/// <summary>
/// Works on the journal file in a data directory directly: reads are read-only and safe beside a
/// running service; replay and cancel take SQLite's write lock for one short transaction, which a
/// running service waits for (and picks the change up at its next poll).
/// </summary>
internal sealed class JournalMessageSource(string dataDirectory) : IMessageSource
{
    private readonly string _databasePath = Path.GetFullPath(Path.Combine(dataDirectory, StoreOptions.DatabaseFileName));

    public string Description => $"the journal in {Path.GetFullPath(dataDirectory)}";

    public async Task<IReadOnlyList<MessageSummary>> ListAsync(JournalQuery query, CancellationToken cancellationToken) =>
        (await new SqliteJournalReader(_databasePath).ListAsync(query, cancellationToken).ConfigureAwait(false)).Select(MessageSummary.From).ToList();

    public Task<MessageDetail?> ShowAsync(long id, CancellationToken cancellationToken) =>
        MessageDetail.ReadAsync(new SqliteJournalReader(_databasePath), new SqliteOutboxReader(_databasePath), id, cancellationToken);

    public async Task<ChangeResult> ReplayAsync(ReplayRequest request, DateTimeOffset at, CancellationToken cancellationToken)
    {
        using var store = OpenStore();
        return await store.ReplayAsync(request, at, cancellationToken).ConfigureAwait(false) switch
        {
            ReplayOutcome.Replayed => ChangeResult.Done,
            ReplayOutcome.NoSuchMessage => ChangeResult.NotFound,
            ReplayOutcome.InFlight => ChangeResult.InFlight,
            _ => ChangeResult.Refused,
        };
    }

    public async Task<ChangeResult> CancelAsync(long id, DateTimeOffset at, CancellationToken cancellationToken)
    {
        using var store = OpenStore();
        return await store.CancelAsync(id, at, cancellationToken).ConfigureAwait(false) ? ChangeResult.Done : ChangeResult.NotFound;
    }

    private SqliteOutboxStore OpenStore()
    {
        if (!File.Exists(_databasePath))
        {
            throw new FileNotFoundException($"There is no journal at {_databasePath}.", _databasePath);
        }

        return new SqliteOutboxStore(new SqliteJournalOptions { DatabasePath = _databasePath, BusyTimeout = TimeSpan.FromSeconds(10) }, upgrade: false);
    }
}
