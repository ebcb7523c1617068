namespace Adapter.Engine.Intake;

/// <summary>What became of a received message.</summary>
public enum IntakeOutcome
{
    /// <summary>Journaled as new and acknowledged positively.</summary>
    Accepted,

    /// <summary>A resend of a journaled message; answered with the original acknowledgement.</summary>
    Duplicate,

    /// <summary>Reused a journaled message's key with other content; journaled for review and answered with an error (205).</summary>
    Conflict,

    /// <summary>Refused for what it contains; journaled with the reason.</summary>
    Rejected,

    /// <summary>The journal could not store it; answered with an error (207) so the sender tries again.</summary>
    StoreUnavailable,
}
