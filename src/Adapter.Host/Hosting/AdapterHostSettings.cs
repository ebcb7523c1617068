using Serilog;

namespace Adapter.Host.Hosting;

/// <summary>What a caller (the run command, a test) may add to the host besides configuration.</summary>
internal sealed record AdapterHostSettings
{
    public static AdapterHostSettings Default { get; } = new();

    /// <summary>Extra Serilog setup, such as a sink a test reads.</summary>
    public Action<LoggerConfiguration>? Logging { get; init; }

    /// <summary>The clock; the system clock unless given.</summary>
    public TimeProvider? Time { get; init; }

    /// <summary>Services added after the adapter's own, such as a partner connector a test provides.</summary>
    public Action<IServiceCollection>? Services { get; init; }
}
