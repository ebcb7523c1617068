namespace Adapter.Engine.Journal;

/// <summary>
/// One received message to journal, with the acknowledgement that will be sent once it is stored.
/// An accepted entry is checked for duplicates; a rejected one is kept as it came, with its reason.
/// </summary>
public sealed record JournalEntry
{
    /// <summary>The listener (or other source) name the message came through.</summary>
    public required string Source { get; init; }

    public string? RemoteAddress { get; init; }

    public required DateTimeOffset ReceivedAt { get; init; }

    /// <summary>The message exactly as received (the MLLP frame's payload).</summary>
    public required ReadOnlyMemory<byte> Raw { get; init; }

    public required MessageIdentity Identity { get; init; }

    /// <summary>Received for an accepted message, Rejected for a refused one.</summary>
    public required MessageStatus Status { get; init; }

    /// <summary>MSA-1 of <see cref="Ack"/>.</summary>
    public required string AckCode { get; init; }

    /// <summary>The acknowledgement to send, kept so that a resend gets the same answer.</summary>
    public required ReadOnlyMemory<byte> Ack { get; init; }

    /// <summary>MSA-1 a conflicting resend is answered with (AE, or CE in enhanced mode).</summary>
    public string ConflictAckCode { get; init; } = "AE";

    /// <summary>Why a rejected message was refused: a sentence naming the problem, without message content.</summary>
    public string? Reason { get; init; }
}
