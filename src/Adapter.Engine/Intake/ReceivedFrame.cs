namespace Adapter.Engine.Intake;

/// <summary>One message's bytes as they arrived, with where and when.</summary>
public sealed record ReceivedFrame(ReadOnlyMemory<byte> Payload, string? RemoteAddress, DateTimeOffset ReceivedAt);
