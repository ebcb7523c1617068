using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace Adapter.Hl7v2.Mllp;

/// <summary>How an MLLP client connects: plain TCP or TLS, and what it accepts back.</summary>
public sealed record MllpClientOptions
{
    public static MllpClientOptions Default { get; } = new();

    public bool UseTls { get; init; }

    /// <summary>The name the server certificate must carry; the host connected to when null.</summary>
    public string? TlsTargetHost { get; init; }

    /// <summary>A client certificate for servers that require one (mutual TLS).</summary>
    public X509Certificate2? ClientCertificate { get; init; }

    /// <summary>Overrides server certificate validation (for a private CA); the system's trust when null.</summary>
    public RemoteCertificateValidationCallback? ServerCertificateValidation { get; init; }

    /// <summary>The largest acknowledgement accepted.</summary>
    public int MaxFrameBytes { get; init; } = 1024 * 1024;

    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(10);
}
