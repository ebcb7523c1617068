namespace Adapter.Engine.Outbox;

/// <summary>Where one HL7 message queued for a hospital destination stands.</summary>
public enum OutboundStatus
{
    /// <summary>Queued, or being retried at the head of its destination's queue.</summary>
    Pending,

    /// <summary>Acknowledged with AA (or CA).</summary>
    Sent,

    /// <summary>Answered AE (or CE): the hospital refused its content; out of the queue until a person replays it.</summary>
    Parked,

    /// <summary>A person cancelled it.</summary>
    Cancelled,
}
