namespace Adapter.Host.Admin;

/// <summary>Who may use the admin API (configuration section <c>Admin</c>).</summary>
public sealed record AdminOptions
{
    public const string Section = "Admin";

    /// <summary>
    /// A key callers send as <c>X-API-Key</c>. Without one the admin API answers only requests
    /// from this machine (loopback), since it shows message content.
    /// </summary>
    public string? ApiKey { get; init; }
}
