namespace Adapter.Engine.Journal;

/// <summary>Where a journaled message stands.</summary>
public enum MessageStatus
{
    /// <summary>Accepted and acknowledged; waiting to be routed to partners.</summary>
    Received,

    /// <summary>Refused with an error acknowledgement (AE/AR, CE/CR); kept with its reason, never processed.</summary>
    Rejected,

    /// <summary>Reused another message's key (MSH-3, MSH-4, MSH-10) with different content; kept for a person to review.</summary>
    Conflict,

    /// <summary>Routed: its partner operations are in the outbox and not all done yet.</summary>
    Routed,

    /// <summary>Every partner operation it planned has succeeded.</summary>
    Delivered,

    /// <summary>A partner could not take it: a mapping error, or an operation that was dead-lettered. Replayable.</summary>
    Failed,

    /// <summary>No partner mapping accepts it; kept, and routed again by a replay after a mapping change.</summary>
    Unrouted,

    /// <summary>A person cancelled what was left of its delivery.</summary>
    Cancelled,
}
