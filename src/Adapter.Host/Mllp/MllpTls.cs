using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Server.Kestrel.Https;

namespace Adapter.Host.Mllp;

/// <summary>Turns a listener's TLS options into Kestrel's: the server certificate and, for mutual TLS, who may connect.</summary>
internal static class MllpTls
{
    public static HttpsConnectionAdapterOptions CreateOptions(MllpTlsOptions tls)
    {
        var authority = string.IsNullOrEmpty(tls.ClientCertificateAuthorityPath)
            ? null
            : X509CertificateLoader.LoadCertificateFromFile(tls.ClientCertificateAuthorityPath);
        var thumbprints = tls.ClientCertificateThumbprints.Select(thumbprint => thumbprint.ToUpperInvariant()).ToHashSet(StringComparer.Ordinal);
        var options = new HttpsConnectionAdapterOptions
        {
            ServerCertificate = LoadServerCertificate(tls),
            ClientCertificateMode = tls.RequireClientCertificate ? Microsoft.AspNetCore.Server.Kestrel.Https.ClientCertificateMode.RequireCertificate : Microsoft.AspNetCore.Server.Kestrel.Https.ClientCertificateMode.NoCertificate,
        };
        if (tls.RequireClientCertificate)
        {
            options.ClientCertificateValidation = (certificate, _, _) => IsAccepted(certificate, authority, thumbprints);
        }

        return options;
    }

    /// <summary>A client is accepted when its thumbprint is listed or it chains to the configured CA.</summary>
    internal static bool IsAccepted(X509Certificate2 certificate, X509Certificate2? authority, IReadOnlySet<string> thumbprints)
    {
        if (thumbprints.Contains(certificate.Thumbprint) || thumbprints.Contains(certificate.GetCertHashString(HashAlgorithmName.SHA256)))
        {
            return true;
        }

        return authority is not null && CertificateChains.ChainsTo(certificate, authority);
    }

    private static X509Certificate2 LoadServerCertificate(MllpTlsOptions tls) =>
        string.IsNullOrEmpty(tls.KeyPath)
            ? X509CertificateLoader.LoadPkcs12FromFile(tls.CertificatePath, tls.Password)
            : string.IsNullOrEmpty(tls.Password)
                ? X509Certificate2.CreateFromPemFile(tls.CertificatePath, tls.KeyPath)
                : X509Certificate2.CreateFromEncryptedPemFile(tls.CertificatePath, tls.Password, tls.KeyPath);
}
