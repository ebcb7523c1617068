using Adapter.Engine.Outbound;

namespace Adapter.Host.Outbound;

/// <summary>Runs the outbound HL7 queue for the life of the service.</summary>
internal sealed class OutboundService(OutboundWorker worker) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => worker.RunAsync(stoppingToken);
}
