namespace Adapter.Engine.Outbox;

/// <summary>An HL7 message to queue for a hospital destination.</summary>
/// <param name="Destination">The outbound MLLP destination's name.</param>
/// <param name="DedupeKey">What makes it the same message when queued twice (after a crash, a replayed result): queued once.</param>
/// <param name="MessageId">The inbound message it results from, if any.</param>
/// <param name="ControlId">Its MSH-10.</param>
/// <param name="MessageType">Its MSH-9.</param>
/// <param name="Payload">The message (ER7).</param>
public sealed record NewOutboundMessage(string Destination, string DedupeKey, long? MessageId, string ControlId, string MessageType, ReadOnlyMemory<byte> Payload);
