using Adapter.Engine.Journal;
using Adapter.Engine.Outbox;
using Adapter.Host.Admin;

namespace Adapter.Host.Cli.Messages;

/// <summary>What <c>adapter messages</c> works on: the running service's admin API, or a data directory.</summary>
internal interface IMessageSource
{
    /// <summary>Where the messages come from, for error messages.</summary>
    string Description { get; }

    Task<IReadOnlyList<MessageSummary>> ListAsync(JournalQuery query, CancellationToken cancellationToken);

    Task<MessageDetail?> ShowAsync(long id, CancellationToken cancellationToken);

    Task<ChangeResult> ReplayAsync(ReplayRequest request, DateTimeOffset at, CancellationToken cancellationToken);

    Task<ChangeResult> CancelAsync(long id, DateTimeOffset at, CancellationToken cancellationToken);
}
