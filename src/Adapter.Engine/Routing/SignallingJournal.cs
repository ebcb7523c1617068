using Adapter.Engine.Delivery;
using Adapter.Engine.Journal;

namespace Adapter.Engine.Routing;

/// <summary>A journal that wakes the router when it stores an accepted message, so routing starts at once instead of at the next poll.</summary>
public sealed class SignallingJournal(IMessageJournal inner, WorkSignal received) : IMessageJournal
{
    public JournalHealth Health => inner.Health;

    public async ValueTask<AppendResult> AppendAsync(JournalEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var result = await inner.AppendAsync(entry, cancellationToken).ConfigureAwait(false);
        if (result.Status == AppendStatus.Stored && entry.Status == MessageStatus.Received)
        {
            received.Notify();
        }

        return result;
    }

    public ValueTask<bool> ProbeAsync(CancellationToken cancellationToken) => inner.ProbeAsync(cancellationToken);
}
