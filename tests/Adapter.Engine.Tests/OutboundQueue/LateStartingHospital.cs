using System.Buffers;
using System.Collections.Concurrent;
using System.IO.Pipelines;
using System.Net;
using System.Net.Sockets;
using Adapter.Engine.Tests.Outbound;
using Adapter.Hl7v2.Mllp;
using Adapter.Hl7v2.Parsing;

namespace Adapter.Engine.Tests.OutboundQueue;

/// <summary>
/// A hospital engine that is down until <see cref="Start"/>: its port is free but closed, so
/// connections are refused. Once started it answers every message AA and records its MSH-10 in
/// the order received. (<see cref="TestHospitalListener"/> listens from construction on.)
/// </summary>
internal sealed class LateStartingHospital : IAsyncDisposable
{
    private readonly TcpListener _listener;
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<string> _received = new();
    private readonly ConcurrentBag<Task> _serving = [];
    private Task _accepting = Task.CompletedTask;

    public LateStartingHospital()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        _listener = new TcpListener(IPAddress.Loopback, Port);
    }

    public int Port { get; }

    /// <summary>The MSH-10 of every message received, in order.</summary>
    public IReadOnlyList<string> Received => [.. _received];

    public void Start()
    {
        _listener.Start();
        _accepting = AcceptAllAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await Task.WhenAll([_accepting, .. _serving]);
        _stop.Dispose();
    }

    private async Task AcceptAllAsync()
    {
        try
        {
            while (true)
            {
                _serving.Add(ServeAsync(await _listener.AcceptTcpClientAsync(_stop.Token)));
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Stopped.
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            var stream = client.GetStream();
            var input = PipeReader.Create(stream, new StreamPipeReaderOptions(leaveOpen: true));
            var frames = new MllpFrameReader(1024 * 1024);
            try
            {
                while (true)
                {
                    var result = await input.ReadAsync(_stop.Token);
                    var buffer = result.Buffer;
                    while (frames.TryRead(ref buffer, out var payload) == MllpReadStatus.Frame)
                    {
                        var controlId = Hl7Message.Parse(payload.ToArray()).Get("MSH-10");
                        _received.Enqueue(controlId);
                        await stream.WriteAsync(MllpFrameWriter.Frame(OutboundTestMessages.Ack("AA", controlId)), _stop.Token);
                    }

                    input.AdvanceTo(buffer.Start, buffer.End);
                    if (result.IsCompleted)
                    {
                        return;
                    }
                }
            }
            catch (Exception exception) when (exception is OperationCanceledException or IOException or SocketException)
            {
                // The sender hung up, or the test is over.
            }
        }
    }
}
