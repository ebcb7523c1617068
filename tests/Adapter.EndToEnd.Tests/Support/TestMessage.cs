namespace Adapter.EndToEnd.Tests.Support;

/// <summary>One message as sent: its MSH-10 and its exact bytes (a resend sends these again).</summary>
internal sealed record TestMessage(string ControlId, byte[] Bytes);
