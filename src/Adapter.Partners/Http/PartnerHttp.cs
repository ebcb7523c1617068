namespace Adapter.Partners.Http;

/// <summary>
/// The one HTTP client every connector calls partners with, for the life of the process: pooled
/// connections renewed every few minutes (so a partner's DNS change is followed), no timeout of
/// its own (the delivery pipeline's per-call timeout applies), redirects not followed (a partner
/// API that redirects a POST is misconfigured, and following could resend a body elsewhere).
/// </summary>
public sealed class PartnerHttp : IDisposable
{
    public PartnerHttp()
        : this(new SocketsHttpHandler
        {
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            ConnectTimeout = TimeSpan.FromSeconds(10),
            AllowAutoRedirect = false,
        })
    {
    }

    public PartnerHttp(HttpMessageHandler handler)
    {
        Client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
    }

    public HttpClient Client { get; }

    public void Dispose() => Client.Dispose();
}
