using System.ComponentModel.DataAnnotations;

namespace Adapter.Host.Mllp;

/// <summary>TLS for one listener, optionally requiring client certificates (mutual TLS).</summary>
public sealed record MllpTlsOptions
{
    /// <summary>The server certificate: a PKCS#12 (.pfx/.p12) file, or a PEM certificate with <see cref="KeyPath"/>.</summary>
    [Required]
    public string CertificatePath { get; init; } = string.Empty;

    /// <summary>The PEM private key, when the certificate is PEM.</summary>
    public string? KeyPath { get; init; }

    /// <summary>The PKCS#12 password or the PEM key's password; better given through an environment variable.</summary>
    public string? Password { get; init; }

    /// <summary>Require every client to present a certificate.</summary>
    public bool RequireClientCertificate { get; init; }

    /// <summary>A PEM file of the CA(s) client certificates must chain to.</summary>
    public string? ClientCertificateAuthorityPath { get; init; }

    /// <summary>Accepted client certificates by thumbprint (SHA-1 or SHA-256, hex).</summary>
    public List<string> ClientCertificateThumbprints { get; init; } = [];
}
