using Adapter.Engine.Delivery;
using Adapter.Engine.Outbox;

namespace Adapter.Host.Delivery;

/// <summary>
/// Runs the delivery worker for the life of the service. At start it frees every lease: the
/// embedded store serves this process alone, so a lease found is one a killed process left, and
/// its operation may run again at once rather than when the lease would have expired.
/// </summary>
internal sealed partial class DeliveryService(DeliveryWorker worker, IOutboxStore store, ILogger<DeliveryService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var released = await store.ReleaseAllLeasesAsync(stoppingToken).ConfigureAwait(false);
        if (released > 0)
        {
            LogLeasesReleased(logger, released);
        }

        await worker.RunAsync(stoppingToken).ConfigureAwait(false);
    }

    [LoggerMessage(EventId = 4201, Level = LogLevel.Warning, Message = "{Count} operation(s) were claimed when the adapter last stopped without recording an outcome; they run again now, under their idempotency keys")]
    private static partial void LogLeasesReleased(ILogger logger, int count);
}
