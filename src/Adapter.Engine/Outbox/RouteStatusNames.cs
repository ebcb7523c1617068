namespace Adapter.Engine.Outbox;

/// <summary>The names route statuses have in the store and wherever they are shown.</summary>
public static class RouteStatusNames
{
    public static string ToName(this RouteStatus status) => status switch
    {
        RouteStatus.Planned => "planned",
        RouteStatus.Failed => "failed",
        RouteStatus.NotAccepted => "not-accepted",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static RouteStatus Parse(string name) =>
        Enum.GetValues<RouteStatus>().First(status => status.ToName() == name);
}
