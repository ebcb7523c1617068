using Adapter.Host.Health;
using Microsoft.Extensions.Options;

namespace Adapter.Host.Mllp;

/// <summary>Registers the MLLP listeners: options (with the default listener when none is configured), registry, metrics, readiness.</summary>
internal static class MllpServiceCollectionExtensions
{
    public static IHostApplicationBuilder AddMllpListeners(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddMllpOptions();
        services.AddSingleton<MllpListenerRegistry>();
        services.AddSingleton<MllpMetrics>();
        services.AddHostedService<ListenerAnnouncer>();
        services.AddHealthChecks().AddCheck<ListenersHealthCheck>("mllp-listeners", tags: [HealthTags.Ready]);
        return builder;
    }

    public static IServiceCollection AddMllpOptions(this IServiceCollection services)
    {
        services.AddOptions<MllpOptions>()
            .BindConfiguration(MllpOptions.Section)
            .PostConfigure(options =>
            {
                if (options.Listeners.Count == 0)
                {
                    options.Listeners[MllpOptions.DefaultListenerName] = new MllpListenerOptions();
                }
            })
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<MllpOptions>, MllpOptionsValidator>();
        return services;
    }
}
