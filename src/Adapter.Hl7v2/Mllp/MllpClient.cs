using System.Buffers;
using System.IO.Pipelines;
using System.Net.Security;
using System.Net.Sockets;

namespace Adapter.Hl7v2.Mllp;

/// <summary>
/// An MLLP connection from the sending side: write frames, read the frames that come back, in
/// order. Sends and receives are independent, so a caller may keep several messages in flight.
/// </summary>
public sealed class MllpClient : IAsyncDisposable
{
    private readonly TcpClient _tcp;
    private readonly Stream _stream;
    private readonly PipeReader _input;
    private readonly MllpFrameReader _frames;

    private MllpClient(TcpClient tcp, Stream stream, int maxFrameBytes)
    {
        _tcp = tcp;
        _stream = stream;
        _input = PipeReader.Create(stream, new StreamPipeReaderOptions(leaveOpen: true));
        _frames = new MllpFrameReader(maxFrameBytes);
    }

    public static async Task<MllpClient> ConnectAsync(string host, int port, MllpClientOptions? options, CancellationToken cancellationToken)
    {
        options ??= MllpClientOptions.Default;
        var tcp = new TcpClient { NoDelay = true };
        try
        {
            using (var connectTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
            {
                connectTimeout.CancelAfter(options.ConnectTimeout);
                await tcp.ConnectAsync(host, port, connectTimeout.Token).ConfigureAwait(false);
            }

            Stream stream = tcp.GetStream();
            if (options.UseTls)
            {
                var tls = new SslStream(stream, leaveInnerStreamOpen: false);
                await tls.AuthenticateAsClientAsync(
                    new SslClientAuthenticationOptions
                    {
                        TargetHost = options.TlsTargetHost ?? host,
                        ClientCertificates = options.ClientCertificate is null ? null : [options.ClientCertificate],
                        RemoteCertificateValidationCallback = options.ServerCertificateValidation,
                    },
                    cancellationToken).ConfigureAwait(false);
                stream = tls;
            }

            return new MllpClient(tcp, stream, options.MaxFrameBytes);
        }
        catch
        {
            tcp.Dispose();
            throw;
        }
    }

    /// <summary>Writes one framed message.</summary>
    public async ValueTask SendAsync(ReadOnlyMemory<byte> message, CancellationToken cancellationToken)
    {
        var frame = ArrayPool<byte>.Shared.Rent(message.Length + 3);
        try
        {
            var length = MllpFrameWriter.Write(frame, message.Span);
            await _stream.WriteAsync(frame.AsMemory(0, length), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(frame);
        }
    }

    /// <summary>Reads the next frame's payload, or null when the server closed the connection.</summary>
    public async ValueTask<byte[]?> ReceiveAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var result = await _input.ReadAsync(cancellationToken).ConfigureAwait(false);
            var buffer = result.Buffer;
            switch (_frames.TryRead(ref buffer, out var payload))
            {
                case MllpReadStatus.Frame:
                    var frame = payload.ToArray();
                    // Only what was consumed counts as examined: another frame may already be buffered.
                    _input.AdvanceTo(buffer.Start);
                    return frame;
                case MllpReadStatus.NeedMoreData:
                    _input.AdvanceTo(buffer.Start, buffer.End);
                    if (result.IsCompleted)
                    {
                        return null;
                    }

                    break;
                case MllpReadStatus.Oversized:
                    _input.AdvanceTo(buffer.Start);
                    throw new InvalidDataException("The answer is larger than the client's maximum frame size.");
                default:
                    _input.AdvanceTo(buffer.Start);
                    break;
            }
        }
    }

    /// <summary>Sends one message and waits for its answer.</summary>
    public async Task<byte[]?> SendAndReceiveAsync(ReadOnlyMemory<byte> message, CancellationToken cancellationToken)
    {
        await SendAsync(message, cancellationToken).ConfigureAwait(false);
        return await ReceiveAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        await _input.CompleteAsync().ConfigureAwait(false);
        await _stream.DisposeAsync().ConfigureAwait(false);
        _tcp.Dispose();
    }
}
