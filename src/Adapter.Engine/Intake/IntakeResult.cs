namespace Adapter.Engine.Intake;

/// <summary>
/// The answer to one received message. <see cref="Ack"/> is null when the sender asked for no
/// acknowledgement in this case (enhanced mode, MSH-15 NE, ER or SU).
/// </summary>
public sealed record IntakeResult(IntakeOutcome Outcome, string AckCode, ReadOnlyMemory<byte>? Ack, long MessageId, string ControlId, string MessageType);
