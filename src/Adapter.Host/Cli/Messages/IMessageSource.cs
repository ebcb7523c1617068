using Adapter.Engine.Journal;
using Adapter.Host.Admin;

namespace Adapter.Host.Cli.Messages;

/// <summary>Where <c>adapter messages</c> reads: the running service's admin API, or a data directory.</summary>
internal interface IMessageSource
{
    /// <summary>Where the messages come from, for error messages.</summary>
    string Description { get; }

    Task<IReadOnlyList<MessageSummary>> ListAsync(JournalQuery query, CancellationToken cancellationToken);

    Task<MessageDetail?> ShowAsync(long id, CancellationToken cancellationToken);
}
