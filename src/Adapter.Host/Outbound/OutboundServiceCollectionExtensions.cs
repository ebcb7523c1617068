using Adapter.Engine.Delivery;
using Adapter.Engine.Outbound;
using Adapter.Engine.Outbox;
using Adapter.Engine.Outbox.Sqlite;
using Adapter.Host.Health;
using Adapter.Mapping.Loading;
using Microsoft.Extensions.Options;

namespace Adapter.Host.Outbound;

/// <summary>Registers the outbound HL7 queue (always: the admin API lists it) and, when destinations are configured, its worker.</summary>
internal static class OutboundServiceCollectionExtensions
{
    public static IHostApplicationBuilder AddOutbound(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOutboundOptions();
        services.AddSingleton<IOutboundQueue>(provider => provider.GetRequiredService<SqliteOutboxStore>());
        services.AddSingleton(new OutboundSignal(new WorkSignal()));
        if (services.Any(service => service.ServiceType == typeof(MappingCatalog)))
        {
            services.AddHealthChecks().AddCheck<ReturnDestinationsHealthCheck>("return-destinations", tags: [HealthTags.Ready]);
        }

        var configuration = builder.Configuration.GetSection(OutboundConfiguration.Section).Get<OutboundConfiguration>() ?? new OutboundConfiguration();
        if (configuration.Destinations.Count == 0)
        {
            return builder;
        }

        services.AddSingleton<OutboundMetrics>();
        services.AddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<OutboundConfiguration>>().Value;
            return new OutboundWorker(
                provider.GetRequiredService<IOutboundQueue>(),
                options.Destinations.Select(pair => pair.Value.ToDestination(pair.Key)).ToList(),
                options.ToOptions(),
                new RetrySchedule(),
                provider.GetRequiredService<OutboundMetrics>(),
                provider.GetRequiredService<OutboundSignal>().Queued,
                provider.GetRequiredService<TimeProvider>(),
                provider.GetRequiredService<ILoggerFactory>());
        });
        services.AddHostedService<OutboundService>();
        return builder;
    }

    public static IServiceCollection AddOutboundOptions(this IServiceCollection services)
    {
        services.AddOptions<OutboundConfiguration>().BindConfiguration(OutboundConfiguration.Section).ValidateDataAnnotations().ValidateOnStart();
        return services;
    }
}
