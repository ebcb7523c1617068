using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Adapter.Host.Tests.Support;

namespace Adapter.Host.Tests.Outbound;

/// <summary>
/// A hospital interface engine on loopback that keeps every message it receives and answers each
/// with an ACK whose MSA-1 a function of the control id chooses (AA unless told).
/// </summary>
internal sealed class TestHospital : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;

    public TestHospital(Func<string, string>? answer = null)
    {
        Answer = answer ?? (_ => "AA");
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public Func<string, string> Answer { get; set; }

    /// <summary>The control ids received, in order (a resend appears again).</summary>
    public ConcurrentQueue<string> Received { get; } = new();

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _accepting;
        }
        catch (Exception exception) when (exception is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Stopped.
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            _ = ServeAsync(client);
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            var stream = client.GetStream();
            var buffer = new List<byte>();
            var chunk = new byte[4096];
            try
            {
                while (!_stop.IsCancellationRequested)
                {
                    var read = await stream.ReadAsync(chunk, _stop.Token);
                    if (read == 0)
                    {
                        return;
                    }

                    buffer.AddRange(chunk.AsSpan(0, read));
                    while (MllpFrames.TryTake(buffer, out var payload))
                    {
                        var controlId = Encoding.UTF8.GetString(payload).Split('\r')[0].Split('|')[9];
                        Received.Enqueue(controlId);
                        var code = Answer(controlId);
                        var ack = $"MSH|^~\\&|EMR|HOSP|ADAPTER|HOSP|20261120093001||ACK^R01^ACK|A{controlId}|P|2.5.1\rMSA|{code}|{controlId}\r" +
                            (code == "AA" ? string.Empty : "ERR|||207^Application internal error^HL70357|E||||Result for an unknown order\r");
                        await stream.WriteAsync(MllpFrames.Frame(Encoding.UTF8.GetBytes(ack)), _stop.Token);
                    }
                }
            }
            catch (Exception exception) when (exception is OperationCanceledException or IOException or SocketException)
            {
                // The adapter hung up, or the test is over.
            }
        }
    }
}
