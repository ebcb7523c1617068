using System.Security.Cryptography.X509Certificates;

namespace Adapter.Host.Mllp;

/// <summary>Whether a certificate was issued under a given CA, trusting that CA alone (no system roots, no revocation check).</summary>
internal static class CertificateChains
{
    public static bool ChainsTo(X509Certificate2 certificate, X509Certificate2 authority)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(authority);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        return chain.Build(certificate);
    }
}
