using System.Security.Cryptography.X509Certificates;
using Adapter.Engine.Outbound;
using Adapter.Engine.Tests.Support;

namespace Adapter.Engine.Tests.Outbound;

/// <summary>MLLP over TLS to an engine with a self-signed certificate, with and without a client certificate.</summary>
public sealed class MllpDestinationSenderTlsTests : IDisposable
{
    private readonly X509Certificate2 _serverCertificate = SelfSignedCertificates.Server();

    public void Dispose() => _serverCertificate.Dispose();

    [Fact]
    public async Task SendAsync_UntrustedCertificateAllowed_ReturnsAccepted()
    {
        // Arrange
        await using var hospital = new TestHospitalListener(_serverCertificate);
        await using var sender = OutboundSenders.Create(Tls(hospital) with { AllowUntrustedServerCertificate = true });

        // Act
        var ack = await sender.SendAsync("RES0001");

        // Assert
        Assert.Equal(OutboundAckOutcome.Accepted, ack.Outcome);
        Assert.Equal("RES0001", Assert.Single(hospital.Received).ControlId);
    }

    [Fact]
    public async Task SendAsync_UntrustedCertificateNotAllowed_ReturnsConnectFailed()
    {
        // Arrange
        await using var hospital = new TestHospitalListener(_serverCertificate);
        await using var sender = OutboundSenders.Create(Tls(hospital));

        // Act
        var ack = await sender.SendAsync("RES0001");

        // Assert
        Assert.Equal(OutboundAckOutcome.ConnectFailed, ack.Outcome);
        Assert.Empty(hospital.Received);
    }

    [Fact]
    public async Task SendAsync_CertificateNamesAnotherHost_ReturnsConnectFailedEvenWhenUntrustedAllowed()
    {
        // Arrange
        await using var hospital = new TestHospitalListener(_serverCertificate);
        await using var sender = OutboundSenders.Create(Tls(hospital) with { AllowUntrustedServerCertificate = true, TlsTargetHost = "emr.other-hospital.example" });

        // Act
        var ack = await sender.SendAsync("RES0001");

        // Assert
        Assert.Equal(OutboundAckOutcome.ConnectFailed, ack.Outcome);
        Assert.Empty(hospital.Received);
    }

    [Fact]
    public async Task SendAsync_ClientCertificateConfigured_PresentsItToTheEngine()
    {
        // Arrange
        using var directory = new TempDirectory();
        using var client = SelfSignedCertificates.Client();
        var path = directory.File("adapter-client.pfx");
        await File.WriteAllBytesAsync(path, client.Export(X509ContentType.Pkcs12, "secret"));
        await using var hospital = new TestHospitalListener(_serverCertificate, requireClientCertificate: true);
        await using var sender = OutboundSenders.Create(Tls(hospital) with
        {
            AllowUntrustedServerCertificate = true,
            ClientCertificatePath = path,
            ClientCertificatePassword = "secret",
        });

        // Act
        var ack = await sender.SendAsync("RES0001");

        // Assert
        Assert.Equal(OutboundAckOutcome.Accepted, ack.Outcome);
        Assert.Equal(client.GetCertHashString(), Assert.Single(hospital.ClientCertificates));
    }

    [Fact]
    public async Task SendAsync_ClientCertificateFileMissing_ReturnsConnectFailed()
    {
        // Arrange
        using var directory = new TempDirectory();
        await using var hospital = new TestHospitalListener(_serverCertificate);
        await using var sender = OutboundSenders.Create(Tls(hospital) with
        {
            AllowUntrustedServerCertificate = true,
            ClientCertificatePath = directory.File("missing.pfx"),
        });

        // Act
        var ack = await sender.SendAsync("RES0001");

        // Assert
        Assert.Equal(OutboundAckOutcome.ConnectFailed, ack.Outcome);
        Assert.Equal(0, hospital.ConnectionCount);
    }

    private static MllpDestination Tls(TestHospitalListener hospital) =>
        OutboundSenders.Destination(hospital.Port) with { UseTls = true };
}
