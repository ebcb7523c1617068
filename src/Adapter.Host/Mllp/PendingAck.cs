using Adapter.Engine.Intake;

namespace Adapter.Host.Mllp;

/// <summary>A message read from a connection whose answer is still to be written, in arrival order.</summary>
internal readonly record struct PendingAck(ValueTask<IntakeResult> Result, long ReadTimestamp);
