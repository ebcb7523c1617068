namespace Adapter.Engine.Journal;

/// <summary>Which messages to list, oldest first.</summary>
public sealed record JournalQuery
{
    public MessageStatus? Status { get; init; }

    /// <summary>Only messages received at or after this time.</summary>
    public DateTimeOffset? Since { get; init; }

    /// <summary>Only messages with a greater id (for paging).</summary>
    public long AfterId { get; init; }

    public int Limit { get; init; } = 1000;
}
