using System.ComponentModel.DataAnnotations;

namespace Adapter.Host.Hosting;

/// <summary>Where the HTTP endpoints (health, metrics, admin API) listen (configuration section <c>Http</c>).</summary>
public sealed record HttpOptions
{
    public const string Section = "Http";

    /// <summary>The IP address to bind; <c>*</c> for every IPv4 interface.</summary>
    [Required]
    public string Address { get; init; } = "127.0.0.1";

    /// <summary>The TCP port; 0 picks a free one (tests).</summary>
    [Range(0, 65535)]
    public int Port { get; init; } = 8080;
}
