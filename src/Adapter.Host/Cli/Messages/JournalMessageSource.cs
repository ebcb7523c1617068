using Adapter.Engine.Journal;
using Adapter.Engine.Journal.Sqlite;
using Adapter.Host.Admin;
using Adapter.Host.Journal;

namespace Adapter.Host.Cli.Messages;

/// <summary>Reads the journal file in a data directory directly (read-only; safe beside a running service).</summary>
internal sealed class JournalMessageSource(string dataDirectory) : IMessageSource
{
    private readonly SqliteJournalReader _reader = new(Path.GetFullPath(Path.Combine(dataDirectory, StoreOptions.DatabaseFileName)));

    public string Description => $"the journal in {Path.GetFullPath(dataDirectory)}";

    public async Task<IReadOnlyList<MessageSummary>> ListAsync(JournalQuery query, CancellationToken cancellationToken) =>
        (await _reader.ListAsync(query, cancellationToken).ConfigureAwait(false)).Select(MessageSummary.From).ToList();

    public async Task<MessageDetail?> ShowAsync(long id, CancellationToken cancellationToken) =>
        await _reader.FindAsync(id, cancellationToken).ConfigureAwait(false) is { } message ? MessageDetail.From(message) : null;
}
