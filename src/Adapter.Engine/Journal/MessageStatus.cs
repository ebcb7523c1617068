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
}
