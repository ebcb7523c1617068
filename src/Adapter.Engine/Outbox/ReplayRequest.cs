namespace Adapter.Engine.Outbox;

/// <summary>A person's request to deliver a message again, after a mapping or partner fix.</summary>
/// <param name="MessageId">The journaled message.</param>
/// <param name="Partner">Only this partner; null for every partner.</param>
/// <param name="Force">Also repeat operations that already succeeded.</param>
public sealed record ReplayRequest(long MessageId, string? Partner, bool Force);
