namespace Adapter.Host.Cli.Send;

/// <summary>One message to send, named by its file and position for the printout.</summary>
internal sealed record OutgoingMessage(string Label, ReadOnlyMemory<byte> Bytes);
