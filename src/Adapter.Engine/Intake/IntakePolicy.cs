using Adapter.Hl7v2.Acknowledgements;
using Adapter.Hl7v2.Parsing;
using Adapter.Hl7v2.Validation;

namespace Adapter.Engine.Intake;

/// <summary>What one listener checks before it accepts a message, and how it acknowledges.</summary>
public sealed record IntakePolicy
{
    /// <summary>The listener's name, journaled with every message it receives.</summary>
    public required string Source { get; init; }

    public Hl7AckMode AckMode { get; init; } = Hl7AckMode.Original;

    /// <summary>Versions, message types and processing ids accepted (MSH-12, MSH-9, MSH-11).</summary>
    public Hl7HeaderRules HeaderRules { get; init; } = Hl7HeaderRules.Default;

    /// <summary>Senders accepted; empty accepts every sender.</summary>
    public IReadOnlyList<AcceptedSender> AcceptedSenders { get; init; } = [];

    /// <summary>How acknowledgements name the adapter (MSH-3, MSH-4).</summary>
    public Hl7AckOptions AckOptions { get; init; } = Hl7AckOptions.Default;

    public Hl7ParseOptions ParseOptions { get; init; } = Hl7ParseOptions.Default;

    /// <summary>A check run before a positive acknowledgement (the partner mappings, when the listener asks for it); null for none.</summary>
    public IAcceptanceCheck? AcceptanceCheck { get; init; }
}
