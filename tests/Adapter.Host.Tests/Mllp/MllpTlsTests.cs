using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Adapter.Hl7v2.Mllp;
using Adapter.Hl7v2.Parsing;
using Adapter.Host.Tests.Support;

namespace Adapter.Host.Tests.Mllp;

/// <summary>MLLP over TLS, and mutual TLS where the listener decides which client certificates it accepts.</summary>
public sealed class MllpTlsTests : IDisposable
{
    private const string Served = "AA";
    private const string HandshakeFailed = "handshake failed";
    private const string ClosedUnanswered = "closed without an answer";
    private const string Tls = "--Mllp:Listeners:default:Tls";
    private readonly TempDirectory _directory = new();
    private readonly TestCertificates _certificates = new();

    public void Dispose()
    {
        _certificates.Dispose();
        _directory.Dispose();
    }

    [Fact]
    public async Task Send_ServerCertificateFromPkcs12_Aa()
    {
        var pfx = _certificates.WriteServerPfx(_directory, "s3cret");
        await using var adapter = await RunningAdapter.StartAsync($"{Tls}:CertificatePath={pfx}", $"{Tls}:Password=s3cret");

        Assert.Equal(Served, await ExchangeAsync(adapter, clientCertificate: null));
    }

    [Fact]
    public async Task Send_ServerCertificateFromPem_Aa()
    {
        var (certificate, key) = _certificates.WriteServerPem(_directory);
        await using var adapter = await RunningAdapter.StartAsync($"{Tls}:CertificatePath={certificate}", $"{Tls}:KeyPath={key}");

        Assert.Equal(Served, await ExchangeAsync(adapter, clientCertificate: null));
    }

    [Fact]
    public async Task Send_PlainTcpToTlsListener_ClosedWithoutAnswer()
    {
        var pfx = _certificates.WriteServerPfx(_directory, "s3cret");
        await using var adapter = await RunningAdapter.StartAsync($"{Tls}:CertificatePath={pfx}", $"{Tls}:Password=s3cret");
        await using var connection = await adapter.ConnectAsync();

        await connection.SendAsync(TestMessage.WithUniqueId().ToBytes());

        Assert.Null(await connection.ReadFrameAsync());
        Assert.Empty(await adapter.ListJournalAsync());
    }

    [Fact]
    public async Task Send_ClientCertificateRequiredByAuthority_OnlyIssuedClientServed()
    {
        var pfx = _certificates.WriteServerPfx(_directory, "s3cret");
        await using var adapter = await RunningAdapter.StartAsync(
            $"{Tls}:CertificatePath={pfx}",
            $"{Tls}:Password=s3cret",
            $"{Tls}:RequireClientCertificate=true",
            $"{Tls}:ClientCertificateAuthorityPath={_certificates.WriteAuthorityPem(_directory)}");

        var withoutCertificate = await ExchangeAsync(adapter, clientCertificate: null);
        var issued = await ExchangeAsync(adapter, _certificates.Client);
        var stranger = await ExchangeAsync(adapter, _certificates.Stranger);

        Assert.Contains(withoutCertificate, new[] { HandshakeFailed, ClosedUnanswered });
        Assert.Equal(Served, issued);
        Assert.Contains(stranger, new[] { HandshakeFailed, ClosedUnanswered });
        Assert.Single(await adapter.ListJournalAsync());
    }

    [Theory]
    [InlineData("SHA-1")]
    [InlineData("SHA-256")]
    public async Task Send_ClientCertificateRequiredByThumbprint_OnlyListedClientServed(string hash)
    {
        var thumbprint = hash == "SHA-1" ? _certificates.Stranger.Thumbprint : _certificates.Stranger.GetCertHashString(HashAlgorithmName.SHA256);
        var pfx = _certificates.WriteServerPfx(_directory, "s3cret");
        await using var adapter = await RunningAdapter.StartAsync(
            $"{Tls}:CertificatePath={pfx}",
            $"{Tls}:Password=s3cret",
            $"{Tls}:RequireClientCertificate=true",
            $"{Tls}:ClientCertificateThumbprints:0={thumbprint.ToLowerInvariant()}");

        var listed = await ExchangeAsync(adapter, _certificates.Stranger);
        var other = await ExchangeAsync(adapter, _certificates.OtherStranger);
        var issuedButNotListed = await ExchangeAsync(adapter, _certificates.Client);

        Assert.Equal(Served, listed);
        Assert.Contains(other, new[] { HandshakeFailed, ClosedUnanswered });
        Assert.Contains(issuedButNotListed, new[] { HandshakeFailed, ClosedUnanswered });
    }

    /// <summary>Connects with TLS, sends one message and says what came of it.</summary>
    private async Task<string> ExchangeAsync(RunningAdapter adapter, X509Certificate2? clientCertificate)
    {
        var options = new MllpClientOptions
        {
            UseTls = true,
            ClientCertificate = clientCertificate,
            ServerCertificateValidation = (_, certificate, _, errors) => _certificates.ValidateServer(certificate, errors),
        };
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        MllpClient client;
        try
        {
            client = await MllpClient.ConnectAsync("127.0.0.1", adapter.MllpEndPoint().Port, options, timeout.Token);
        }
        catch (Exception exception) when (exception is AuthenticationException or IOException or SocketException)
        {
            return HandshakeFailed;
        }

        await using (client)
        {
            try
            {
                var ack = await client.SendAndReceiveAsync(TestMessage.WithUniqueId().ToBytes(), timeout.Token);
                return ack is null ? ClosedUnanswered : Hl7Message.Parse(ack).Get("MSA-1");
            }
            catch (Exception exception) when (exception is AuthenticationException or IOException or SocketException)
            {
                return ClosedUnanswered;
            }
        }
    }
}
