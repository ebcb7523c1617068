using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Adapter.Host.Tests.Support;

/// <summary>
/// Certificates made for one test: a CA, a server certificate for 127.0.0.1 and localhost and a
/// client certificate it issued, and a self-signed client that no one issued. Files are written
/// on request into the test's directory.
/// </summary>
internal sealed class TestCertificates : IDisposable
{
    private const string ServerAuth = "1.3.6.1.5.5.7.3.1";
    private const string ClientAuth = "1.3.6.1.5.5.7.3.2";

    // Leaves must not outlive their issuer, so every certificate here shares one validity window.
    private readonly DateTimeOffset _notBefore;
    private readonly DateTimeOffset _notAfter;

    public TestCertificates()
    {
        var now = TimeProvider.System.GetUtcNow();
        (_notBefore, _notAfter) = (now.AddHours(-1), now.AddDays(1));
        Authority = CreateAuthority();
        Stranger = SelfSigned("CN=Stranger");
        OtherStranger = SelfSigned("CN=Other stranger");
        Server = Issue("CN=127.0.0.1", ServerAuth, san: true);
        Client = Issue("CN=GOODHEALTH_LIS", ClientAuth, san: false);
    }

    public X509Certificate2 Authority { get; }

    public X509Certificate2 Server { get; }

    public X509Certificate2 Client { get; }

    public X509Certificate2 Stranger { get; }

    public X509Certificate2 OtherStranger { get; }

    /// <summary>Writes the CA certificate as PEM.</summary>
    public string WriteAuthorityPem(TempDirectory directory)
    {
        var path = directory.File("ca.pem");
        File.WriteAllText(path, Authority.ExportCertificatePem());
        return path;
    }

    /// <summary>Writes the server certificate and its key as a password-protected PKCS#12 file.</summary>
    public string WriteServerPfx(TempDirectory directory, string password)
    {
        var path = directory.File("server.pfx");
        File.WriteAllBytes(path, Server.Export(X509ContentType.Pkcs12, password));
        return path;
    }

    /// <summary>Writes the server certificate and its unencrypted PKCS#8 key as two PEM files.</summary>
    public (string Certificate, string Key) WriteServerPem(TempDirectory directory)
    {
        var (certificate, key) = (directory.File("server.pem"), directory.File("server.key"));
        File.WriteAllText(certificate, Server.ExportCertificatePem());
        File.WriteAllText(key, Server.GetECDsaPrivateKey()!.ExportPkcs8PrivateKeyPem());
        return (certificate, key);
    }

    /// <summary>Accepts a server certificate only when it chains to this CA and names the host connected to.</summary>
    public bool ValidateServer(X509Certificate? certificate, System.Net.Security.SslPolicyErrors errors)
    {
        if (certificate is null || errors.HasFlag(System.Net.Security.SslPolicyErrors.RemoteCertificateNameMismatch))
        {
            return false;
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(Authority);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        using var leaf = X509CertificateLoader.LoadCertificate(certificate.GetRawCertData());
        return chain.Build(leaf);
    }

    public void Dispose()
    {
        foreach (var certificate in new[] { Authority, Server, Client, Stranger, OtherStranger })
        {
            certificate.Dispose();
        }
    }

    private X509Certificate2 CreateAuthority()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=Adapter Test CA", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(certificateAuthority: true, hasPathLengthConstraint: false, 0, critical: true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, critical: true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, critical: false));
        return Reload(request.CreateSelfSigned(_notBefore, _notAfter));
    }

    private X509Certificate2 SelfSigned(string subject)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid(ClientAuth)], critical: false));
        return Reload(request.CreateSelfSigned(_notBefore, _notAfter));
    }

    private X509Certificate2 Issue(string subject, string usage, bool san)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(certificateAuthority: false, hasPathLengthConstraint: false, 0, critical: true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, critical: true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid(usage)], critical: false));
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(Authority, includeKeyIdentifier: true, includeIssuerAndSerial: false));
        if (san)
        {
            var names = new SubjectAlternativeNameBuilder();
            names.AddIpAddress(IPAddress.Loopback);
            names.AddDnsName("localhost");
            request.CertificateExtensions.Add(names.Build());
        }

        using var issued = request.Create(Authority, _notBefore, _notAfter, RandomNumberGenerator.GetBytes(16));
        return Reload(issued.CopyWithPrivateKey(key));
    }

    // A round trip through PKCS#12 gives a certificate whose key TLS can use on every platform.
    private static X509Certificate2 Reload(X509Certificate2 certificate)
    {
        using (certificate)
        {
            return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pkcs12), password: null);
        }
    }
}
