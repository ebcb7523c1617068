using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using System.Threading.Channels;
using Adapter.Hl7v2.Mllp;

namespace Adapter.Engine.Outbound;

/// <summary>
/// One open connection to a destination, read all the time: every frame the engine sends, asked
/// for or not, and the end of the connection, are queued in order. So the sender can tell before
/// a send whether anything came unasked (a late or duplicate ACK) or the engine hung up while the
/// connection sat idle, and start over on a fresh connection instead of pairing that with the next
/// message.
/// </summary>
internal sealed class MllpAckConnection : IAsyncDisposable
{
    // One slot: the reading waits while it is full, and a full slot before a send means "not clean".
    private readonly Channel<InboundFrame> _inbound = Channel.CreateBounded<InboundFrame>(
        new BoundedChannelOptions(1) { SingleReader = true, SingleWriter = true });

    private readonly CancellationTokenSource _stop = new();
    private readonly MllpClient _client;
    private readonly X509Certificate2? _certificate;
    private readonly Task _reading;
    private volatile bool _ended;

    private MllpAckConnection(MllpClient client, X509Certificate2? certificate)
    {
        _client = client;
        _certificate = certificate;
        _reading = ReadAllAsync();
    }

    /// <summary>True while nothing has arrived since the last answer was taken and the connection is still open.</summary>
    public bool IsIdle => _inbound.Reader.Count == 0 && !_ended;

    /// <summary>Connects, with TLS when the destination asks; <paramref name="cancellationToken"/> bounds the handshake too.</summary>
    public static async Task<MllpAckConnection> OpenAsync(MllpDestination destination, CancellationToken cancellationToken)
    {
        // Loaded for each connection, so a renewed certificate file is used from the next reconnect on.
        var certificate = destination.ClientCertificatePath is { Length: > 0 } path
            ? X509CertificateLoader.LoadPkcs12FromFile(path, destination.ClientCertificatePassword)
            : null;
        try
        {
            var client = await MllpClient.ConnectAsync(destination.Host, destination.Port, Options(destination, certificate), cancellationToken).ConfigureAwait(false);
            return new MllpAckConnection(client, certificate);
        }
        catch
        {
            certificate?.Dispose();
            throw;
        }
    }

    public ValueTask SendAsync(ReadOnlyMemory<byte> message, CancellationToken cancellationToken) =>
        _client.SendAsync(message, cancellationToken);

    /// <summary>The next thing read: an answer, or the end of the connection.</summary>
    public ValueTask<InboundFrame> ReceiveAsync(CancellationToken cancellationToken) =>
        _inbound.Reader.ReadAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        // Stop the reading before closing: the client's reader must not be completed under a pending read.
        await _stop.CancelAsync().ConfigureAwait(false);
        await _reading.ConfigureAwait(false);
        await _client.DisposeAsync().ConfigureAwait(false);
        _certificate?.Dispose();
        _stop.Dispose();
    }

    private static MllpClientOptions Options(MllpDestination destination, X509Certificate2? certificate) => new()
    {
        UseTls = destination.UseTls,
        TlsTargetHost = destination.TlsTargetHost,
        ClientCertificate = certificate,
        ServerCertificateValidation = destination.AllowUntrustedServerCertificate ? AcceptUntrustedChain : null,
        MaxFrameBytes = destination.MaxFrameBytes,
        // The sender's own timeout, on its injected clock, bounds connecting and the TLS handshake.
        ConnectTimeout = Timeout.InfiniteTimeSpan,
    };

    /// <summary>Forgives only the chain: the certificate must still be there and name the host.</summary>
    private static bool AcceptUntrustedChain(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors) =>
        certificate is not null && (errors & ~SslPolicyErrors.RemoteCertificateChainErrors) == SslPolicyErrors.None;

    private async Task ReadAllAsync()
    {
        try
        {
            var end = await ReadFramesAsync().ConfigureAwait(false);
            // Marked before it is queued: once the end is taken the connection must not look idle.
            _ended = true;
            await _inbound.Writer.WriteAsync(end, _stop.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            // Disposed: no one waits for what would have come next.
        }
    }

    /// <summary>Queues every frame until the connection ends; returns how it ended.</summary>
    private async Task<InboundFrame> ReadFramesAsync()
    {
        try
        {
            while (await _client.ReceiveAsync(_stop.Token).ConfigureAwait(false) is { } payload)
            {
                await _inbound.Writer.WriteAsync(InboundFrame.Answer(payload), _stop.Token).ConfigureAwait(false);
            }

            return InboundFrame.Closed(error: null);
        }
        catch (InvalidDataException exception)
        {
            return InboundFrame.Oversized(exception);
        }
        catch (Exception exception) when (!_stop.IsCancellationRequested)
        {
            // Whatever broke the reading (reset, TLS failure), the connection is of no more use.
            return InboundFrame.Closed(exception);
        }
    }
}
