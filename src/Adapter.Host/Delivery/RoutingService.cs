using Adapter.Engine.Routing;

namespace Adapter.Host.Delivery;

/// <summary>Runs the router for the life of the service.</summary>
internal sealed class RoutingService(RoutingWorker worker) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => worker.RunAsync(stoppingToken);
}
