namespace Adapter.Host.Mllp;

/// <summary>The MLLP listeners, by name (configuration section <c>Mllp</c>).</summary>
public sealed record MllpOptions
{
    public const string Section = "Mllp";

    /// <summary>The listener that runs when none is configured.</summary>
    public const string DefaultListenerName = "default";

    /// <summary>Listeners by name; the name is journaled with every message and labels its metrics.</summary>
    public Dictionary<string, MllpListenerOptions> Listeners { get; init; } = new(StringComparer.OrdinalIgnoreCase);
}
