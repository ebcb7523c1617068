namespace Adapter.Engine.Outbound;

/// <summary>
/// One hospital interface engine that results go back to over MLLP. Plain data: checked where the
/// configuration is bound, not here.
/// </summary>
public sealed record MllpDestination
{
    /// <summary>The destination's name in logs and in the queue.</summary>
    public required string Name { get; init; }

    public required string Host { get; init; }

    public required int Port { get; init; }

    public bool UseTls { get; init; }

    /// <summary>The name the server certificate must carry; <see cref="Host"/> when null.</summary>
    public string? TlsTargetHost { get; init; }

    /// <summary>A PKCS#12 file with the client certificate and its key, for engines that require mutual TLS.</summary>
    public string? ClientCertificatePath { get; init; }

    public string? ClientCertificatePassword { get; init; }

    /// <summary>
    /// Accepts a server certificate that does not chain to a trusted root (self-signed, private CA
    /// not installed). It must still be present and name <see cref="TlsTargetHost"/>. For tests and
    /// closed networks only.
    /// </summary>
    public bool AllowUntrustedServerCertificate { get; init; }

    /// <summary>How long connecting may take, TLS handshake included.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How long after a send starts its acknowledgement may take to arrive.</summary>
    public TimeSpan AckTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The largest acknowledgement read; a larger answer counts as unreadable.</summary>
    public int MaxFrameBytes { get; init; } = 1024 * 1024;
}
