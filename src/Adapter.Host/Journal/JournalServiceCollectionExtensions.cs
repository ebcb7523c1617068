using Adapter.Engine.Journal;
using Adapter.Engine.Journal.Sqlite;
using Adapter.Hl7v2.Acknowledgements;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Adapter.Host.Health;
using Microsoft.Extensions.Options;

namespace Adapter.Host.Journal;

/// <summary>Registers the journal (SQLite in the data directory) and its readiness check.</summary>
internal static class JournalServiceCollectionExtensions
{
    public static IHostApplicationBuilder AddJournal(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddStoreOptions();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IControlIdGenerator, RandomControlIdGenerator>();
        services.AddSingleton<JournalMetrics>();
        services.AddSingleton(provider =>
        {
            var store = provider.GetRequiredService<IOptions<StoreOptions>>().Value;
            var options = new SqliteJournalOptions { DatabasePath = store.DatabasePath, BusyTimeout = store.BusyTimeout, MaxBatchSize = store.MaxBatchSize };
            return new SqliteJournal(options, provider.GetRequiredService<JournalMetrics>(), provider.GetRequiredService<TimeProvider>(), provider.GetRequiredService<ILogger<SqliteJournal>>());
        });
        services.AddSingleton<IMessageJournal>(provider => provider.GetRequiredService<SqliteJournal>());
        services.AddSingleton<IJournalReader>(provider => provider.GetRequiredService<SqliteJournal>());
        services.AddHealthChecks().AddCheck<JournalHealthCheck>("journal", tags: [HealthTags.Ready]);
        return builder;
    }

    public static IServiceCollection AddStoreOptions(this IServiceCollection services)
    {
        services.AddOptions<StoreOptions>().BindConfiguration(StoreOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        return services;
    }
}
