using Adapter.Engine.Outbox;

namespace Adapter.Host.Admin;

/// <summary>One partner's verdict on a message, as the admin API and <c>messages show</c> give it.</summary>
public sealed record MessageRouteView(string Partner, string Status, string? Detail, DateTimeOffset At)
{
    public static MessageRouteView From(OutboxRoute route) => new(route.Partner, route.Status.ToName(), route.Detail, route.At);
}
