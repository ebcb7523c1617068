namespace Adapter.Host.Cli.Send;

/// <summary>What <c>adapter send</c> was asked to do.</summary>
internal sealed record SendSettings(
    SendTarget Target,
    bool UseTls,
    FileInfo? CertificateAuthority,
    bool Insecure,
    FileInfo? ClientCertificate,
    string? ClientCertificatePassword,
    int Window,
    TimeSpan AckTimeout);
