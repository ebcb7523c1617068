using System.Buffers;
using System.Collections.Concurrent;
using System.IO.Pipelines;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Threading.Channels;
using Adapter.Hl7v2.Mllp;
using Adapter.Hl7v2.Parsing;

namespace Adapter.Engine.Tests.Outbound;

/// <summary>
/// A hospital interface engine on loopback port 0: reads MLLP frames, records every message in
/// the order received with the connection it came on, and answers each as scripted (AA when no
/// reply is scripted). With a certificate it speaks TLS, optionally asking for a client certificate.
/// </summary>
internal sealed class TestHospitalListener : IAsyncDisposable
{
    private static readonly TimeSpan WaitLimit = TimeSpan.FromSeconds(10);

    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<HospitalReply> _script = new();
    private readonly ConcurrentQueue<HospitalMessage> _received = new();
    private readonly ConcurrentQueue<string> _clientCertificates = new();
    private readonly Channel<HospitalMessage> _arrivals = Channel.CreateUnbounded<HospitalMessage>();
    private readonly Channel<int> _connections = Channel.CreateUnbounded<int>();
    private readonly ConcurrentBag<Task> _serving = [];
    private readonly X509Certificate2? _certificate;
    private readonly bool _requireClientCertificate;
    private readonly TimeProvider _time;
    private readonly Task _accepting;
    private int _connectionCount;

    public TestHospitalListener(X509Certificate2? certificate = null, bool requireClientCertificate = false, TimeProvider? time = null)
    {
        _certificate = certificate;
        _requireClientCertificate = requireClientCertificate;
        _time = time ?? TimeProvider.System;
        _listener.Start();
        _accepting = AcceptAllAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>Connections accepted so far.</summary>
    public int ConnectionCount => Volatile.Read(ref _connectionCount);

    /// <summary>Every message received, in order.</summary>
    public IReadOnlyList<HospitalMessage> Received => [.. _received];

    /// <summary>Thumbprints of the client certificates presented, one per TLS connection that showed one.</summary>
    public IReadOnlyList<string> ClientCertificates => [.. _clientCertificates];

    /// <summary>Scripts the answers to the next messages, in order.</summary>
    public void Script(params HospitalReply[] replies)
    {
        foreach (var reply in replies)
        {
            _script.Enqueue(reply);
        }
    }

    /// <summary>The next message received, once its scripted answer is under way.</summary>
    public async Task<HospitalMessage> NextArrivalAsync() =>
        await _arrivals.Reader.ReadAsync().AsTask().WaitAsync(WaitLimit);

    /// <summary>The number of the next connection accepted.</summary>
    public async Task<int> NextConnectionAsync() =>
        await _connections.Reader.ReadAsync().AsTask().WaitAsync(WaitLimit);

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
                var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                var number = Interlocked.Increment(ref _connectionCount);
                _connections.Writer.TryWrite(number);
                _serving.Add(ServeAsync(client, number));
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or SocketException or ObjectDisposedException or InvalidOperationException)
        {
        }
    }

    private async Task ServeAsync(TcpClient client, int connection)
    {
        using (client)
        {
            try
            {
                var stream = await OpenAsync(client);
                await using (stream)
                {
                    await ReadAllAsync(stream, connection);
                }
            }
            catch (Exception exception) when (exception is IOException or OperationCanceledException or ObjectDisposedException or System.Security.Authentication.AuthenticationException)
            {
                // The sender went away or failed its handshake: that is what several tests do.
            }
        }
    }

    private async Task<Stream> OpenAsync(TcpClient client)
    {
        Stream stream = client.GetStream();
        if (_certificate is null)
        {
            return stream;
        }

        var tls = new SslStream(stream, leaveInnerStreamOpen: false);
        await tls.AuthenticateAsServerAsync(
            new SslServerAuthenticationOptions
            {
                ServerCertificate = _certificate,
                ClientCertificateRequired = _requireClientCertificate,
                RemoteCertificateValidationCallback = (_, _, _, _) => true,
            },
            _stop.Token);
        if (tls.RemoteCertificate is { } presented)
        {
            _clientCertificates.Enqueue(presented.GetCertHashString());
        }

        return tls;
    }

    private async Task ReadAllAsync(Stream stream, int connection)
    {
        var input = PipeReader.Create(stream, new StreamPipeReaderOptions(leaveOpen: true));
        var frames = new MllpFrameReader(16 * 1024 * 1024);
        while (true)
        {
            var result = await input.ReadAsync(_stop.Token);
            var buffer = result.Buffer;
            MllpReadStatus status;
            while ((status = frames.TryRead(ref buffer, out var payload)) != MllpReadStatus.NeedMoreData)
            {
                if (status == MllpReadStatus.Frame && !await AnswerAsync(stream, connection, payload.ToArray()))
                {
                    return;
                }
            }

            input.AdvanceTo(buffer.Start, buffer.End);
            if (result.IsCompleted)
            {
                return;
            }
        }
    }

    /// <summary>Records and answers one message; false when the script says to hang up.</summary>
    private async Task<bool> AnswerAsync(Stream stream, int connection, byte[] message)
    {
        if (ControlIdOf(message) is not { } controlId)
        {
            // Not HL7: bytes that happened to look like a frame (a TLS hello to a plain listener).
            return true;
        }

        var reply = _script.TryDequeue(out var scripted) ? scripted : HospitalReply.Accept;
        // The delay starts before the arrival is announced, so a test on a fake clock can advance past it.
        var delay = reply.Kind == HospitalReplyKind.Late ? Task.Delay(reply.Delay, _time, _stop.Token) : Task.CompletedTask;
        var received = new HospitalMessage(connection, controlId, message);
        _received.Enqueue(received);
        _arrivals.Writer.TryWrite(received);
        await delay;
        if (Answer(reply, controlId) is not { } answer)
        {
            return reply.Kind != HospitalReplyKind.Drop;
        }

        await stream.WriteAsync(answer, _stop.Token);
        await stream.FlushAsync(_stop.Token);
        return reply.Kind != HospitalReplyKind.AcceptThenHangUp;
    }

    private static string? ControlIdOf(byte[] message)
    {
        try
        {
            return Hl7Message.Parse(message).Get("MSH-10");
        }
        catch (Hl7ParseException)
        {
            return null;
        }
    }

    private static byte[]? Answer(HospitalReply reply, string controlId) => reply.Kind switch
    {
        HospitalReplyKind.Ack => MllpFrameWriter.Frame(OutboundTestMessages.Ack(reply.Code, controlId, reply.ErrorText)),
        HospitalReplyKind.Late or HospitalReplyKind.AcceptThenHangUp => MllpFrameWriter.Frame(OutboundTestMessages.Ack("AA", controlId)),
        HospitalReplyKind.WrongControlId => MllpFrameWriter.Frame(OutboundTestMessages.Ack("AA", controlId + "-OTHER")),
        HospitalReplyKind.Twice => [.. MllpFrameWriter.Frame(OutboundTestMessages.Ack("AA", controlId)), .. MllpFrameWriter.Frame(OutboundTestMessages.Ack("AA", controlId))],
        HospitalReplyKind.Garbage => MllpFrameWriter.Frame("this is not an acknowledgement"u8),
        HospitalReplyKind.Oversized => MllpFrameWriter.Frame(Encoding.ASCII.GetBytes(Encoding.ASCII.GetString(OutboundTestMessages.Ack("AA", controlId)) + "NTE|1||" + new string('x', 4096) + "\r")),
        _ => null,
    };
}
