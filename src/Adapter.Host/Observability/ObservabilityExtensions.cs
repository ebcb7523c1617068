using Prometheus;

namespace Adapter.Host.Observability;

/// <summary>Registers and maps /metrics.</summary>
internal static class ObservabilityExtensions
{
    public static IHostApplicationBuilder AddMetricsExport(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<PrometheusExport>();
        builder.Services.AddHostedService(provider => provider.GetRequiredService<PrometheusExport>());
        return builder;
    }

    public static IEndpointRouteBuilder MapMetricsExport(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMetrics("/metrics", endpoints.ServiceProvider.GetRequiredService<PrometheusExport>().Registry);
        return endpoints;
    }
}
