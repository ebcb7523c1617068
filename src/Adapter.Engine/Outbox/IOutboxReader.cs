namespace Adapter.Engine.Outbox;

/// <summary>What the outbox holds for a message and per partner: for people (<c>messages show</c>, the admin API) and metrics.</summary>
public interface IOutboxReader
{
    Task<IReadOnlyList<OutboxRoute>> ListRoutesAsync(long messageId, CancellationToken cancellationToken);

    Task<IReadOnlyList<OutboxOperation>> ListOperationsAsync(long messageId, CancellationToken cancellationToken);

    Task<IReadOnlyList<PartnerBacklog>> BacklogAsync(CancellationToken cancellationToken);
}
