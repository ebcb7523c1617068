namespace Adapter.Engine.Outbox;

/// <summary>What became of a replay a person asked for.</summary>
public enum ReplayOutcome
{
    /// <summary>The message goes through routing again.</summary>
    Replayed,

    /// <summary>There is no such message.</summary>
    NoSuchMessage,

    /// <summary>The message was never accepted (rejected, a conflict), so there is nothing to deliver.</summary>
    NeverAccepted,

    /// <summary>A call of the message is running now; replaying could send it twice. Try again when it has ended.</summary>
    InFlight,
}
