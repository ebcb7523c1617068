namespace Adapter.Engine.Journal;

/// <summary>Something that happened to a journaled message after it was stored (a resend, a conflict).</summary>
public sealed record JournalEvent(DateTimeOffset At, string Kind, string Detail);
