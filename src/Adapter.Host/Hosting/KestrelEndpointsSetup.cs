using Adapter.Host.Mllp;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace Adapter.Host.Hosting;

/// <summary>
/// Binds Kestrel's endpoints: HTTP for the APIs, and one endpoint per MLLP listener whose
/// connections go to that listener's handler (with TLS in front when configured).
/// </summary>
internal sealed class KestrelEndpointsSetup(
    IOptions<HttpOptions> http,
    MllpListenerRegistry listeners,
    MllpMetrics metrics,
    TimeProvider time,
    ILogger<MllpConnectionHandler> handlerLogger) : IConfigureOptions<KestrelServerOptions>
{
    public void Configure(KestrelServerOptions options)
    {
        options.Listen(MllpAddresses.Parse(http.Value.Address), http.Value.Port);
        foreach (var listener in listeners.Listeners)
        {
            var handler = new MllpConnectionHandler(listener, metrics, time, handlerLogger);
            options.Listen(MllpAddresses.Parse(listener.Options.Address), listener.Options.Port, endpoint =>
            {
                if (listener.Options.Tls is { } tls)
                {
                    endpoint.UseHttps(MllpTls.CreateOptions(tls));
                }

                // What UseConnectionHandler<T>() does, with one handler instance per listener.
                endpoint.Use(_ => handler.OnConnectedAsync);
                listener.Attach(endpoint);
            });
        }
    }
}
