namespace Adapter.Host.Admin;

/// <summary>One line of a message's history.</summary>
public sealed record MessageEvent(DateTimeOffset At, string Kind, string Detail);
