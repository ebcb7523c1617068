using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Adapter.Host.Health;

/// <summary>/health/live (the process answers) and /health/ready (store writable, listeners bound, mappings valid), the latter with each check's detail as JSON.</summary>
internal static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(HealthTags.Ready), ResponseWriter = HealthReportWriter.WriteAsync });
        return endpoints;
    }
}
