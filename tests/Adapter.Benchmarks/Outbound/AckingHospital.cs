using System.Net;
using System.Net.Sockets;
using System.Text;
using Adapter.Hl7v2.Mllp;

namespace Adapter.Benchmarks.Outbound;

/// <summary>A hospital engine on loopback that answers every message AA and checks they arrive in order (control ids are sequence numbers).</summary>
internal sealed class AckingHospital : IAsyncDisposable
{
    private readonly TcpListener _listener;
    private readonly CancellationTokenSource _stop = new();
    private Task? _accepting;
    private long _last;

    public AckingHospital()
    {
        // A free port now, listened on later: the destination is "down" (connections refused) until Start.
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        _listener = new TcpListener(IPAddress.Loopback, Port);
    }

    public int Port { get; }

    public long Received;

    public long OutOfOrder;

    public long Repeated;

    public void Start()
    {
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        if (_accepting is not null)
        {
            try
            {
                await _accepting;
            }
            catch (Exception exception) when (exception is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                // Stopped.
            }
        }
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
            var reader = new MllpFrameReader(1024 * 1024);
            var pipe = System.IO.Pipelines.PipeReader.Create(stream);
            try
            {
                while (true)
                {
                    var read = await pipe.ReadAsync(_stop.Token);
                    var buffer = read.Buffer;
                    while (reader.TryRead(ref buffer, out var payload) == MllpReadStatus.Frame)
                    {
                        var text = Encoding.ASCII.GetString(payload);
                        var controlId = text.Split('\r')[0].Split('|')[9];
                        Count(long.Parse(controlId, System.Globalization.CultureInfo.InvariantCulture));
                        var ack = $"MSH|^~\\&|EMR|HOSP|ADAPTER|HOSP|20261120||ACK^R01^ACK|A{controlId}|P|2.5.1\rMSA|AA|{controlId}\r";
                        await stream.WriteAsync(MllpFrameWriter.Frame(Encoding.ASCII.GetBytes(ack)), _stop.Token);
                    }

                    pipe.AdvanceTo(buffer.Start, buffer.End);
                    if (read.IsCompleted)
                    {
                        return;
                    }
                }
            }
            catch (Exception exception) when (exception is OperationCanceledException or IOException or SocketException)
            {
                // Hung up.
            }
        }
    }

    private void Count(long sequence)
    {
        Received++;
        if (sequence == _last)
        {
            Repeated++;
        }
        else if (sequence != _last + 1)
        {
            OutOfOrder++;
        }

        _last = sequence;
    }
}
