using Adapter.Engine.Delivery;
using Adapter.Engine.Intake;
using Adapter.Engine.Journal;
using Adapter.Engine.Journal.Sqlite;
using Adapter.Engine.Outbox;
using Adapter.Engine.Outbox.Sqlite;
using Adapter.Engine.Routing;
using Adapter.Fhir.Conversion;
using Adapter.Host.Journal;
using Adapter.Mapping.Loading;
using Adapter.Partners.Http;
using Adapter.Partners.Lis;
using Microsoft.Extensions.Options;

namespace Adapter.Host.Delivery;

/// <summary>
/// Registers the outbox (always: it lives in the journal's file, and <c>messages show</c> reads it),
/// the partner connectors and, when partner mappings are loaded, the router and the delivery worker.
/// Partners of a kind without a connector yet keep their operations pending. Without mappings
/// messages stay received, and are routed once a mappings folder is configured.
/// </summary>
internal static class DeliveryServiceCollectionExtensions
{
    public static IHostApplicationBuilder AddDelivery(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddDeliveryOptions();
        services.AddSingleton(provider =>
        {
            // Opened after the journal, which creates the file and its tables.
            _ = provider.GetRequiredService<SqliteJournal>();
            var store = provider.GetRequiredService<IOptions<StoreOptions>>().Value;
            return new SqliteOutboxStore(new SqliteJournalOptions { DatabasePath = store.DatabasePath, BusyTimeout = store.BusyTimeout });
        });
        services.AddSingleton<IOutboxStore>(provider => provider.GetRequiredService<SqliteOutboxStore>());
        services.AddSingleton<IOutboxReader>(provider => provider.GetRequiredService<SqliteOutboxStore>());
        services.AddSingleton<PartnerHttp>();
        services.AddSingleton<IPartnerConnector, LisConnector>();
        if (!services.Any(service => service.ServiceType == typeof(MappingCatalog)))
        {
            return builder;
        }

        services.AddSingleton(new OutboxSignals(new WorkSignal(), new WorkSignal()));
        // The listeners journal through a journal that wakes the router.
        services.AddSingleton<IMessageJournal>(provider => new SignallingJournal(provider.GetRequiredService<SqliteJournal>(), provider.GetRequiredService<OutboxSignals>().MessagesJournaled));
        services.AddSingleton<Func<MappingSnapshot>>(provider => () => provider.GetRequiredService<MappingCatalog>().Current);
        services.AddSingleton(provider => new V2ToFhirConverter(provider.GetRequiredService<IOptions<ConversionOptions>>().Value.ToConverterOptions(), provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton(provider => new MessageRouter(
            provider.GetRequiredService<V2ToFhirConverter>(),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetServices<IPartnerConnector>().Select(connector => connector.Kind).ToHashSet(StringComparer.Ordinal)));
        services.AddSingleton<IAcceptanceCheck, MappingAcceptanceCheck>();
        services.AddSingleton(provider =>
        {
            var signals = provider.GetRequiredService<OutboxSignals>();
            return new RoutingWorker(
                provider.GetRequiredService<IOutboxStore>(),
                provider.GetRequiredService<MessageRouter>(),
                provider.GetRequiredService<Func<MappingSnapshot>>(),
                signals.MessagesJournaled,
                signals.OperationsAdded,
                provider.GetRequiredService<IOptions<DeliveryOptions>>().Value.PollInterval,
                provider.GetRequiredService<TimeProvider>(),
                provider.GetRequiredService<ILogger<RoutingWorker>>());
        });
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<DeliveryOptions>>().Value);
        services.AddSingleton<PartnerPipelines>();
        services.AddSingleton<RetrySchedule>(_ => new RetrySchedule());
        services.AddSingleton<DeliveryMetrics>();
        services.AddSingleton(provider => new DeliveryWorker(
            provider.GetRequiredService<IOutboxStore>(),
            provider.GetServices<IPartnerConnector>(),
            provider.GetRequiredService<Func<MappingSnapshot>>(),
            provider.GetRequiredService<DeliveryOptions>(),
            provider.GetRequiredService<PartnerPipelines>(),
            provider.GetRequiredService<RetrySchedule>(),
            provider.GetRequiredService<DeliveryMetrics>(),
            provider.GetRequiredService<OutboxSignals>().OperationsAdded,
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILogger<DeliveryWorker>>()));
        services.AddHostedService<RoutingService>();
        services.AddHostedService<DeliveryService>();
        return builder;
    }

    public static IServiceCollection AddDeliveryOptions(this IServiceCollection services)
    {
        services.AddOptions<DeliveryOptions>().BindConfiguration(DeliveryOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ConversionOptions>().BindConfiguration(ConversionOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        return services;
    }
}
