using Adapter.Engine.Delivery;
using Adapter.Engine.Outbox;
using Adapter.Mapping.Loading;
using Microsoft.Extensions.Logging;

namespace Adapter.Engine.Routing;

/// <summary>
/// Routes journaled messages in the order they arrived: decides each with <see cref="MessageRouter"/>
/// against the mappings in force and stores the decision in one transaction. Because the decision is
/// stored with the message's new status, a crash leaves a message either routed whole or still
/// waiting, and it is routed again at start with the same idempotency keys.
/// </summary>
public sealed partial class RoutingWorker(
    IOutboxStore store,
    MessageRouter router,
    Func<MappingSnapshot> mappings,
    WorkSignal messages,
    WorkSignal operations,
    TimeSpan pollInterval,
    TimeProvider time,
    ILogger<RoutingWorker> logger)
{
    private const int BatchSize = 64;
    private static readonly TimeSpan StoreFailurePause = TimeSpan.FromSeconds(2);

    public async Task RunAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    var batch = await store.ListUnroutedAsync(BatchSize, stoppingToken).ConfigureAwait(false);
                    foreach (var message in batch)
                    {
                        await RouteAsync(message, stoppingToken).ConfigureAwait(false);
                    }

                    if (batch.Count < BatchSize)
                    {
                        await messages.WaitAsync(pollInterval, stoppingToken).ConfigureAwait(false);
                    }
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    LogStoreFailed(logger, exception.GetType().Name, exception);
                    await Task.Delay(StoreFailurePause, time, stoppingToken).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping; what was not routed is routed at the next start.
        }
    }

    /// <summary>Routes one message now; <see cref="RunAsync"/> uses it, and so may a caller that routes before acknowledging.</summary>
    public async Task RouteAsync(UnroutedMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        RoutingDecision decision;
        try
        {
            decision = router.Route(message, mappings());
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A defect in conversion or planning must not stop routing of every later message.
            LogRouteFailed(logger, message.Id, exception.GetType().Name, ExceptionSites.Of(exception));
            decision = new RoutingDecision(message.Id, [], [], [], time.GetUtcNow()) { Failure = $"Routing failed with {exception.GetType().Name}.", RoutedPartners = message.RoutedPartners };
        }

        if (!await store.CompleteRoutingAsync(decision, cancellationToken).ConfigureAwait(false))
        {
            // Replayed meanwhile: read again at the next look.
            return;
        }

        var planned = decision.Routes.Count(route => route.Status == RouteStatus.Planned);
        var failed = decision.Routes.Count(route => route.Status == RouteStatus.Failed);
        LogRouted(logger, message.Id, message.Identity.ControlId, planned, failed, decision.Operations.Count);
        if (decision.Operations.Count > 0)
        {
            operations.Notify();
        }
    }
}
