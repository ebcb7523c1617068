using System.Net;
using System.Net.Sockets;

namespace Adapter.Partners.Tests.Support;

/// <summary>A loopback address nothing listens on: a port taken from the system, then let go.</summary>
internal static class ClosedPort
{
    public static Uri Url(string path)
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"http://127.0.0.1:{port}{path}");
    }
}
