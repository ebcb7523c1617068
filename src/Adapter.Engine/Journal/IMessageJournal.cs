namespace Adapter.Engine.Journal;

/// <summary>
/// The durable record of every inbound message. <see cref="AppendAsync"/> returns only once the
/// entry is on disk (or the store has failed), so a caller may acknowledge a Stored or Duplicate
/// result and must not acknowledge an Unavailable one.
/// </summary>
public interface IMessageJournal
{
    /// <summary>Stores an entry, recognising resends of messages already stored.</summary>
    ValueTask<AppendResult> AppendAsync(JournalEntry entry, CancellationToken cancellationToken);

    /// <summary>Tries a write when the store has been failing, so that health recovers without traffic.</summary>
    ValueTask<bool> ProbeAsync(CancellationToken cancellationToken);

    /// <summary>Whether the last write succeeded.</summary>
    JournalHealth Health { get; }
}
