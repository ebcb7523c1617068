using Adapter.Mapping.Loading;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Adapter.Host.Mappings;

/// <summary>
/// Degraded (still ready: the last good versions run) while a mapping file on disk does not
/// validate, with each error in the description.
/// </summary>
internal sealed class MappingHealthCheck(MappingCatalog catalog) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var snapshot = catalog.Current;
        var result = snapshot.Problems.Count == 0
            ? HealthCheckResult.Healthy($"{snapshot.Partners.Count} partner mappings in force.")
            : HealthCheckResult.Degraded($"{snapshot.Problems.Count} mapping errors; the last good versions stay in force: {string.Join(" | ", snapshot.Problems)}");
        return Task.FromResult(result);
    }
}
