namespace Adapter.Engine.Outbox;

/// <summary>Where one planned partner call stands.</summary>
public enum OperationStatus
{
    /// <summary>To run once due; retried here after a transient failure.</summary>
    Pending,

    /// <summary>A follow-up waiting for its condition (every order final, or someone asking for it).</summary>
    Waiting,

    /// <summary>The partner took it; never sent again unless a person forces a replay.</summary>
    Succeeded,

    /// <summary>Failed permanently, or ran out of attempts or time; kept with the reason for a person.</summary>
    DeadLettered,

    /// <summary>A person cancelled it before it succeeded.</summary>
    Cancelled,
}
