namespace Adapter.Engine.Outbox;

/// <summary>One partner's verdict on a message, as the router decided it.</summary>
/// <param name="Partner">The partner's name.</param>
/// <param name="Status">Planned, failed or not accepted.</param>
/// <param name="Detail">Why it failed or was not accepted: sentences about the mapping, without message content.</param>
public sealed record PartnerRoute(string Partner, RouteStatus Status, string? Detail);
