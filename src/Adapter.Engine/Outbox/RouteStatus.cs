namespace Adapter.Engine.Outbox;

/// <summary>One partner's verdict on one message.</summary>
public enum RouteStatus
{
    /// <summary>The partner's mapping accepted it and its operations are in the outbox.</summary>
    Planned,

    /// <summary>The mapping accepted it but could not plan a sendable call (a required field empty, a value beyond a limit).</summary>
    Failed,

    /// <summary>No accept rule of the partner takes it.</summary>
    NotAccepted,
}
