namespace Adapter.Engine.Journal;

/// <summary>One journaled message in full: its record, raw bytes, acknowledgement and history.</summary>
public sealed record JournalMessage(JournalRecord Record, ReadOnlyMemory<byte> Raw, ReadOnlyMemory<byte> Ack, IReadOnlyList<JournalEvent> Events);
