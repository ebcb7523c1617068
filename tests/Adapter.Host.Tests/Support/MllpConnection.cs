using System.Net;
using System.Net.Sockets;
using Adapter.Hl7v2.Parsing;

namespace Adapter.Host.Tests.Support;

/// <summary>
/// A plain TCP connection to a listener that writes exactly the bytes a test gives it and reads
/// frames back, so that framing faults (garbage, split or merged frames, stalls) can be sent.
/// </summary>
internal sealed class MllpConnection : IAsyncDisposable
{
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(15);
    private readonly TcpClient _client;
    private readonly NetworkStream _stream;
    private readonly List<byte> _received = [];

    private MllpConnection(TcpClient client)
    {
        _client = client;
        _stream = client.GetStream();
    }

    public static async Task<MllpConnection> OpenAsync(IPEndPoint endPoint)
    {
        var client = new TcpClient(endPoint.AddressFamily) { NoDelay = true };
        await client.ConnectAsync(endPoint);
        return new MllpConnection(client);
    }

    public async Task WriteAsync(byte[] bytes)
    {
        await _stream.WriteAsync(bytes);
        await _stream.FlushAsync();
    }

    public Task SendAsync(byte[] message) => WriteAsync(MllpFrames.Frame(message));

    public async Task<Hl7Message> ExchangeAsync(byte[] message)
    {
        await SendAsync(message);
        return await ReceiveAckAsync();
    }

    public async Task<Hl7Message> ReceiveAckAsync(TimeSpan? timeout = null) =>
        Hl7Message.Parse(await ReadFrameAsync(timeout) ?? throw new InvalidOperationException("The listener closed the connection instead of answering."));

    /// <summary>The next frame's payload, or null when the listener closed the connection first.</summary>
    public async Task<byte[]?> ReadFrameAsync(TimeSpan? timeout = null)
    {
        using var limit = new CancellationTokenSource(timeout ?? DefaultTimeout);
        while (true)
        {
            if (MllpFrames.TryTake(_received, out var payload))
            {
                return payload;
            }

            if (!await FillAsync(limit.Token))
            {
                return null;
            }
        }
    }

    /// <summary>Reads until the listener closes the connection; returns every byte that came first.</summary>
    public async Task<byte[]> ReadUntilClosedAsync(TimeSpan? timeout = null)
    {
        using var limit = new CancellationTokenSource(timeout ?? DefaultTimeout);
        while (await FillAsync(limit.Token))
        {
        }

        return [.. _received];
    }

    /// <summary>Half-closes: the listener sees the end of the stream, and can still answer.</summary>
    public void ShutdownSend() => _client.Client.Shutdown(SocketShutdown.Send);

    public ValueTask DisposeAsync()
    {
        _client.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task<bool> FillAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[16 * 1024];
        int read;
        try
        {
            read = await _stream.ReadAsync(buffer, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException("The listener neither answered nor closed the connection in time.");
        }
        catch (IOException)
        {
            // A reset is a close too.
            return false;
        }

        _received.AddRange(buffer.AsSpan(0, read));
        return read > 0;
    }
}
