namespace Adapter.Engine.Tests.Outbound;

/// <summary>A message the test hospital received: on which connection (1, 2, ...), its MSH-10 and its bytes.</summary>
internal sealed record HospitalMessage(int Connection, string ControlId, byte[] Bytes);
