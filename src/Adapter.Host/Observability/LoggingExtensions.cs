using Serilog;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace Adapter.Host.Observability;

/// <summary>
/// Serilog: compact JSON lines on the console unless the <c>Serilog</c> configuration section names
/// its own sinks; levels from that section. What is logged is decided by the [LoggerMessage]
/// templates, which carry identifiers and never message content.
/// </summary>
internal static class LoggingExtensions
{
    public static IHostApplicationBuilder AddAdapterLogging(this IHostApplicationBuilder builder, Action<LoggerConfiguration>? extra)
    {
        var configuration = builder.Configuration;
        // preserveStaticLogger: each host logs through its own logger, never the static Log.Logger.
        builder.Services.AddSerilog(preserveStaticLogger: true, configureLogger: (services, logger) =>
        {
            logger
                .MinimumLevel.Information()
                .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
                .MinimumLevel.Override("Microsoft.AspNetCore.Hosting.Diagnostics", LogEventLevel.Warning)
                .ReadFrom.Configuration(configuration)
                .Enrich.FromLogContext();
            if (!configuration.GetSection("Serilog:WriteTo").Exists())
            {
                logger.WriteTo.Console(new CompactJsonFormatter());
            }

            extra?.Invoke(logger);
        });
        return builder;
    }
}
