using Adapter.Host.Admin;
using Adapter.Host.Delivery;
using Adapter.Host.Health;
using Adapter.Host.Journal;
using Adapter.Host.Mappings;
using Adapter.Host.Mllp;
using Adapter.Host.Observability;
using Adapter.Host.Outbound;

namespace Adapter.Host.Hosting;

/// <summary>
/// Builds the hosted service. Configuration comes, later sources winning, from appsettings.json
/// beside the executable, environment variables (plain, or prefixed <c>ADAPTER_</c>) and the
/// command line (<c>--Mllp:Listeners:lab:Port=2576</c>); with none of it the embedded defaults
/// apply: MLLP on 127.0.0.1:2575, HTTP on 127.0.0.1:8080, the journal in ./data/adapter.db.
/// </summary>
internal static class AdapterApp
{
    public static WebApplication Build(IReadOnlyList<string> configurationArgs, AdapterHostSettings? settings = null)
    {
        settings ??= AdapterHostSettings.Default;
        // Configuration is read once: a file watcher on the content root would be woken by every
        // journal write when the data directory sits under it.
        string[] args = ["--hostBuilder:reloadConfigOnChange=false", .. configurationArgs];
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddEnvironmentVariables("ADAPTER_").AddCommandLine(args);
        if (settings.Time is { } time)
        {
            builder.Services.AddSingleton(time);
        }

        builder.AddAdapterLogging(settings.Logging)
            .AddJournal()
            .AddMllpListeners()
            .AddMetricsExport()
            .AddHttpEndpoints()
            .AddMappings(settings.Time)
            .AddDelivery()
            .AddOutbound();

        settings.Services?.Invoke(builder.Services);
        ConfigurationCheck.Validate(builder.Configuration);
        var app = builder.Build();
        app.MapHealth();
        app.MapMetricsExport();
        app.MapAdmin();
        return app;
    }
}
