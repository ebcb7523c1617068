using Adapter.Hl7v2.Acknowledgements;

namespace Adapter.Host.Mllp;

/// <summary>How a listener acknowledges, and what it checks before it answers AA (or CA).</summary>
public sealed record MllpAckOptions
{
    /// <summary>Original (AA/AE/AR for every message) or Enhanced (CA/CE/CR as MSH-15 asks).</summary>
    public Hl7AckMode Mode { get; init; } = Hl7AckMode.Original;

    /// <summary>MSH-12 versions accepted; empty accepts 2.1 to 2.8.2.</summary>
    public List<string> Versions { get; init; } = [];

    /// <summary>Message types accepted, written <c>ORU^R01</c>; empty accepts every type.</summary>
    public List<string> MessageTypes { get; init; } = [];

    /// <summary>MSH-11 processing ids accepted; empty accepts P, D and T.</summary>
    public List<string> ProcessingIds { get; init; } = [];

    /// <summary>MSH-3 of our acknowledgements; empty echoes the received MSH-5.</summary>
    public string? SendingApplication { get; init; }

    /// <summary>MSH-4 of our acknowledgements; empty echoes the received MSH-6.</summary>
    public string? SendingFacility { get; init; }
}
