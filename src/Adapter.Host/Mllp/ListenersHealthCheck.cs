using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Adapter.Host.Mllp;

/// <summary>Ready once every MLLP listener has bound its socket.</summary>
internal sealed class ListenersHealthCheck(MllpListenerRegistry listeners) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var unbound = listeners.Listeners.Where(listener => !listener.IsBound).Select(listener => listener.Name).ToList();
        return Task.FromResult(unbound.Count == 0
            ? HealthCheckResult.Healthy($"{listeners.Listeners.Count} MLLP listeners bound.")
            : HealthCheckResult.Unhealthy($"MLLP listeners not bound: {string.Join(", ", unbound)}."));
    }
}
