namespace Adapter.Engine.Journal;

/// <summary>The outcome of <see cref="IMessageJournal.AppendAsync"/>.</summary>
/// <param name="Status">What happened.</param>
/// <param name="MessageId">The stored message: the new one, or for a duplicate the original.</param>
/// <param name="OriginalId">For a conflict, the message whose key was reused.</param>
/// <param name="OriginalAck">For a duplicate, the acknowledgement the original was answered with.</param>
public readonly record struct AppendResult(AppendStatus Status, long MessageId, long? OriginalId, ReadOnlyMemory<byte> OriginalAck)
{
    public static AppendResult Stored(long id) => new(AppendStatus.Stored, id, null, default);

    public static AppendResult Duplicate(long originalId, ReadOnlyMemory<byte> originalAck) => new(AppendStatus.Duplicate, originalId, null, originalAck);

    public static AppendResult Conflict(long id, long originalId) => new(AppendStatus.Conflict, id, originalId, default);

    public static AppendResult Unavailable { get; } = new(AppendStatus.Unavailable, 0, null, default);
}
