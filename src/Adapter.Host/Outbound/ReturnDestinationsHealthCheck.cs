using Adapter.Mapping.Loading;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Adapter.Host.Outbound;

/// <summary>
/// Unhealthy while a partner mapping sends results back to an HL7 destination that is not
/// configured (<c>Outbound:Destinations</c>): those results would wait in the queue for nowhere.
/// Read on every check, so a mapping changed on disk is seen at once.
/// </summary>
internal sealed class ReturnDestinationsHealthCheck(MappingCatalog catalog, IOptions<OutboundConfiguration> options) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var configured = options.Value.Destinations.Keys;
        var unknown = catalog.Current.Partners
            .Where(partner => partner.Return.Hl7Destination is { } destination && !configured.Contains(destination, StringComparer.OrdinalIgnoreCase))
            .Select(partner => $"{partner.Partner} returns HL7 to '{partner.Return.Hl7Destination}'")
            .ToList();
        return Task.FromResult(unknown.Count == 0
            ? HealthCheckResult.Healthy("Every HL7 return destination named by a mapping is configured.")
            : HealthCheckResult.Unhealthy($"Not configured in Outbound:Destinations: {string.Join("; ", unknown)}."));
    }
}
