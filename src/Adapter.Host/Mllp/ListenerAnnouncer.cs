namespace Adapter.Host.Mllp;

/// <summary>
/// Once the server has started (which it does only after binding every endpoint), marks each
/// listener bound for readiness and logs where it listens (the real port when 0 was configured).
/// </summary>
internal sealed partial class ListenerAnnouncer(MllpListenerRegistry listeners, IHostApplicationLifetime lifetime, ILogger<ListenerAnnouncer> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(() =>
        {
            foreach (var listener in listeners.Listeners)
            {
                listener.MarkBound();
                LogBound(logger, listener.Name, listener.BoundEndPoint?.ToString() ?? "(not bound)", listener.Options.Tls is not null);
            }
        });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 3010, Level = LogLevel.Information, Message = "MLLP listener {Listener} listening on {EndPoint} (TLS: {Tls})")]
    private static partial void LogBound(ILogger logger, string listener, string endPoint, bool tls);
}
