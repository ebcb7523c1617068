using System.Net;
using Adapter.Engine.Journal;
using Adapter.Host.Hosting;
using Adapter.Host.Mllp;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Serilog;
using Serilog.Events;

namespace Adapter.Host.Tests.Support;

/// <summary>
/// The adapter running in process as <c>adapter run</c> builds it: HTTP and the default MLLP
/// listener on loopback port 0, a fresh data directory, a one-second busy timeout and a collecting
/// log sink. Tests add configuration keys (more listeners with <c>Port=0</c> too); disposing stops
/// the adapter and deletes the directory.
/// </summary>
internal sealed class RunningAdapter : IAsyncDisposable
{
    private readonly TempDirectory _directory;

    private RunningAdapter(WebApplication app, TempDirectory directory, CollectingSink logs)
    {
        App = app;
        _directory = directory;
        Logs = logs;
        Http = new HttpClient { BaseAddress = HttpAddress(app), Timeout = TimeSpan.FromSeconds(30) };
    }

    public WebApplication App { get; }

    /// <summary>What this adapter logged.</summary>
    public CollectingSink Logs { get; }

    /// <summary>A client for the HTTP endpoints (health, metrics, admin API).</summary>
    public HttpClient Http { get; }

    public string DataDirectory => _directory.Path;

    public string DatabasePath => _directory.File("adapter.db");

    public IJournalReader Journal => App.Services.GetRequiredService<IJournalReader>();

    public static Task<RunningAdapter> StartAsync(params string[] configuration) => StartAsync(configuration, LogEventLevel.Information);

    public static async Task<RunningAdapter> StartAsync(IEnumerable<string> configuration, LogEventLevel minimumLevel, Action<IServiceCollection>? services = null)
    {
        var directory = new TempDirectory();
        var logs = new CollectingSink();
        string[] args =
        [
            "--Http:Port=0",
            "--Mllp:Listeners:default:Port=0",
            $"--Store:DataDirectory={directory.Path}",
            "--Store:BusyTimeout=00:00:01",
            // Naming a sink keeps the default console sink out of the test output.
            "--Serilog:WriteTo:0:Name=Debug",
            .. configuration,
        ];
        WebApplication app;
        try
        {
            // Building fails too for a configuration or mapping a test means to be refused.
            app = AdapterApp.Build(args, new AdapterHostSettings { Logging = logger => Collect(logger, logs, minimumLevel), Services = services });
        }
        catch
        {
            directory.Dispose();
            throw;
        }

        try
        {
            await app.StartAsync();
        }
        catch
        {
            await app.DisposeAsync();
            directory.Dispose();
            throw;
        }

        return new RunningAdapter(app, directory, logs);
    }

    /// <summary>Where a listener is bound (with the port Kestrel picked).</summary>
    public IPEndPoint MllpEndPoint(string listener = "default") =>
        App.Services.GetRequiredService<MllpListenerRegistry>()[listener].BoundEndPoint
        ?? throw new InvalidOperationException($"Listener {listener} is not bound.");

    public Task<MllpConnection> ConnectAsync(string listener = "default") => MllpConnection.OpenAsync(MllpEndPoint(listener));

    public async Task<IReadOnlyList<JournalRecord>> ListJournalAsync() =>
        await Journal.ListAsync(new JournalQuery(), CancellationToken.None);

    public async Task<string> MetricsAsync() => await Http.GetStringAsync(new Uri("/metrics", UriKind.Relative));

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
        _directory.Dispose();
    }

    private static void Collect(LoggerConfiguration logger, CollectingSink logs, LogEventLevel minimumLevel)
    {
        logger.MinimumLevel.Is(minimumLevel).WriteTo.Sink(logs);
        if (minimumLevel < LogEventLevel.Information)
        {
            logger.MinimumLevel.Override("Microsoft.AspNetCore", minimumLevel)
                .MinimumLevel.Override("Microsoft.AspNetCore.Hosting.Diagnostics", minimumLevel);
        }
    }

    // Kestrel lists every endpoint it bound; the HTTP one is the port no MLLP listener has.
    private static Uri HttpAddress(WebApplication app)
    {
        var mllpPorts = app.Services.GetRequiredService<MllpListenerRegistry>().Listeners
            .Select(listener => listener.BoundEndPoint?.Port)
            .ToHashSet();
        var address = app.Urls.Select(url => new Uri(url)).Single(url => !mllpPorts.Contains(url.Port));
        return new Uri($"http://127.0.0.1:{address.Port}/");
    }
}
