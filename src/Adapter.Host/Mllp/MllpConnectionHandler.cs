using System.Net;
using Microsoft.AspNetCore.Connections;

namespace Adapter.Host.Mllp;

/// <summary>
/// Kestrel's entry point for one listener's connections: refuses addresses outside the allow list
/// and connections over the limit, then runs a session. Nothing a client sends can throw out of
/// here, so no client can take the listener down.
/// </summary>
internal sealed partial class MllpConnectionHandler(MllpListener listener, MllpMetrics metrics, TimeProvider time, ILogger<MllpConnectionHandler> logger) : ConnectionHandler
{
    public override async Task OnConnectedAsync(ConnectionContext connection)
    {
        var remote = (connection.RemoteEndPoint as IPEndPoint)?.Address;
        if (!listener.AllowList.Allows(remote))
        {
            metrics.Refused(listener.Name, "address");
            LogAddressRefused(logger, listener.Name, connection.ConnectionId, remote?.ToString());
            return;
        }

        if (!listener.TryOpenConnection())
        {
            metrics.Refused(listener.Name, "limit");
            LogLimitReached(logger, listener.Name, connection.ConnectionId, listener.Options.MaxConnections);
            return;
        }

        metrics.ConnectionOpened(listener.Name);
        LogOpened(logger, listener.Name, connection.ConnectionId, remote?.ToString());
        try
        {
            var session = new MllpSession(connection, listener, metrics, time, logger);
            await session.RunAsync().ConfigureAwait(false);
            LogClosed(logger, listener.Name, connection.ConnectionId, session.MessagesRead, session.CloseReason);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            LogSessionFailed(logger, listener.Name, connection.ConnectionId, exception.GetType().Name);
        }
        finally
        {
            listener.CloseConnection();
            metrics.ConnectionClosed(listener.Name);
        }
    }
}
