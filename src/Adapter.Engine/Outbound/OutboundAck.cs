namespace Adapter.Engine.Outbound;

/// <summary>
/// The result of one send. <see cref="ErrorText"/> is the hospital's own words for a refusal
/// (ERR-8, else ERR-3 text, else MSA-3): shown to a person, never logged.
/// </summary>
/// <param name="Outcome">What the queue should do.</param>
/// <param name="AckCode">MSA-1 as received; null when no readable acknowledgement came.</param>
/// <param name="AcknowledgedControlId">MSA-2 as received; null when no readable acknowledgement came.</param>
/// <param name="ErrorText">The reason the hospital gave, when it gave one.</param>
/// <param name="Elapsed">From the start of the attempt (connecting included) to its outcome.</param>
public sealed record OutboundAck(OutboundAckOutcome Outcome, string? AckCode, string? AcknowledgedControlId, string? ErrorText, TimeSpan Elapsed);
