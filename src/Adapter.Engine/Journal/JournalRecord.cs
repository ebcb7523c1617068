namespace Adapter.Engine.Journal;

/// <summary>One journaled message as listed: identity and status, never content.</summary>
public sealed record JournalRecord(
    long Id,
    string Source,
    string? RemoteAddress,
    DateTimeOffset ReceivedAt,
    MessageIdentity Identity,
    MessageStatus Status,
    string? AckCode,
    string? Reason,
    int SizeBytes);
