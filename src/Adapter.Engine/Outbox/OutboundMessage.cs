namespace Adapter.Engine.Outbox;

/// <summary>One HL7 message queued for a hospital destination.</summary>
/// <param name="Id">Its id in the queue (its place is a position of its own, renewed when it is replayed).</param>
/// <param name="Destination">The outbound MLLP destination's name.</param>
/// <param name="MessageId">The inbound message it answers or results from, if any.</param>
/// <param name="ControlId">Its MSH-10, which the acknowledgement's MSA-2 must match.</param>
/// <param name="MessageType">Its MSH-9 (<c>ORU^R01</c>).</param>
/// <param name="Payload">The message as sent (ER7).</param>
/// <param name="Status">Pending, sent, parked or cancelled.</param>
/// <param name="Attempts">Tries so far, a connection that could not be made included.</param>
/// <param name="CreatedAt">When it was queued.</param>
/// <param name="DueAt">When it may be sent (again).</param>
/// <param name="LastAckCode">MSA-1 of the last answer, if one came.</param>
/// <param name="LastError">Why the last send did not succeed (the ERR text of an AE, a timeout, a mismatched ACK).</param>
public sealed record OutboundMessage(
    long Id,
    string Destination,
    long? MessageId,
    string ControlId,
    string MessageType,
    ReadOnlyMemory<byte> Payload,
    OutboundStatus Status,
    int Attempts,
    DateTimeOffset CreatedAt,
    DateTimeOffset DueAt,
    string? LastAckCode,
    string? LastError);
