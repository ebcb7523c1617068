using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Adapter.Engine.Tests.Outbound;

/// <summary>Self-signed certificates made for one test: no one trusts them.</summary>
internal static class SelfSignedCertificates
{
    private const string ServerAuth = "1.3.6.1.5.5.7.3.1";
    private const string ClientAuth = "1.3.6.1.5.5.7.3.2";

    /// <summary>A server certificate naming 127.0.0.1 and localhost.</summary>
    public static X509Certificate2 Server()
    {
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        return Create("CN=Test hospital engine", ServerAuth, names.Build());
    }

    public static X509Certificate2 Client() => Create("CN=ADAPTER", ClientAuth, san: null);

    private static X509Certificate2 Create(string subject, string usage, X509Extension? san)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid(usage)], critical: false));
        if (san is not null)
        {
            request.CertificateExtensions.Add(san);
        }

        var now = TimeProvider.System.GetUtcNow();
        using var created = request.CreateSelfSigned(now.AddHours(-1), now.AddDays(1));
        // A round trip through PKCS#12 gives a certificate whose key TLS can use on every platform.
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pkcs12), password: null);
    }
}
