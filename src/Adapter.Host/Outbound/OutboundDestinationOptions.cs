using System.ComponentModel.DataAnnotations;
using Adapter.Engine.Outbound;

namespace Adapter.Host.Outbound;

/// <summary>One hospital MLLP destination: <c>Outbound:Destinations:NAME</c>.</summary>
public sealed record OutboundDestinationOptions
{
    [Required]
    public string Host { get; init; } = string.Empty;

    [Range(1, 65535)]
    public int Port { get; init; }

    public bool UseTls { get; init; }

    public string? TlsTargetHost { get; init; }

    /// <summary>A PKCS#12 client certificate, for engines that require mutual TLS.</summary>
    public string? ClientCertificatePath { get; init; }

    public string? ClientCertificatePassword { get; init; }

    /// <summary>Accept a server certificate no trusted root vouches for (closed networks, tests).</summary>
    public bool AllowUntrustedServerCertificate { get; init; }

    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(10);

    public TimeSpan AckTimeout { get; init; } = TimeSpan.FromSeconds(30);

    public MllpDestination ToDestination(string name) => new()
    {
        Name = name,
        Host = Host,
        Port = Port,
        UseTls = UseTls,
        TlsTargetHost = TlsTargetHost,
        ClientCertificatePath = ClientCertificatePath,
        ClientCertificatePassword = ClientCertificatePassword,
        AllowUntrustedServerCertificate = AllowUntrustedServerCertificate,
        ConnectTimeout = ConnectTimeout,
        AckTimeout = AckTimeout,
    };
}
