using System.ComponentModel.DataAnnotations;

namespace Adapter.Host.Mllp;

/// <summary>One MLLP listener: where it listens, whom it accepts, how it protects itself and how it acknowledges.</summary>
public sealed record MllpListenerOptions
{
    /// <summary>The IP address to bind; <c>*</c> or <c>0.0.0.0</c> for every IPv4 interface, <c>::</c> for every interface.</summary>
    [Required]
    public string Address { get; init; } = "127.0.0.1";

    /// <summary>The TCP port; 0 picks a free one (tests).</summary>
    [Range(0, 65535)]
    public int Port { get; init; } = 2575;

    /// <summary>Senders accepted (MSH-3.1, MSH-4.1); empty accepts every sender.</summary>
    public List<MllpSenderOptions> AcceptedSenders { get; init; } = [];

    /// <summary>Remote addresses or CIDR ranges allowed to connect; empty allows every address.</summary>
    public List<string> AllowedAddresses { get; init; } = [];

    /// <summary>TLS for this listener; absent means plain TCP.</summary>
    public MllpTlsOptions? Tls { get; init; }

    /// <summary>The largest frame accepted; a larger one is refused as it arrives, never buffered whole.</summary>
    [Range(1024, 1024 * 1024 * 1024)]
    public int MaxFrameBytes { get; init; } = 10 * 1024 * 1024;

    /// <summary>How long a connection may stay silent between messages before it is closed.</summary>
    public TimeSpan IdleTimeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>How long one frame may take from its start block to its end block; a slower sender is disconnected.</summary>
    public TimeSpan ReadTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Connections open at once on this listener; further ones are closed at once.</summary>
    [Range(1, 100_000)]
    public int MaxConnections { get; init; } = 100;

    /// <summary>Messages one connection may have read but not yet acknowledged (a sender's window).</summary>
    [Range(1, 4096)]
    public int MaxPendingAcks { get; init; } = 64;

    [Required]
    public MllpAckOptions Ack { get; init; } = new();

    /// <summary>
    /// Runs the partner mappings before acknowledging: a message a partner takes but cannot be sent
    /// as it is (a required field empty, a value the partner refuses) is answered AE with the ERR
    /// location, instead of AA and a failure after it. Needs a mappings folder; costs a conversion per message.
    /// </summary>
    public bool CheckMappingsBeforeAck { get; init; }
}
