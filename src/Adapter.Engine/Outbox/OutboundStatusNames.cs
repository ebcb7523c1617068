namespace Adapter.Engine.Outbox;

/// <summary>The names outbound statuses have in the store and wherever they are shown.</summary>
public static class OutboundStatusNames
{
    public static string ToName(this OutboundStatus status) => status switch
    {
        OutboundStatus.Pending => "pending",
        OutboundStatus.Sent => "sent",
        OutboundStatus.Parked => "parked",
        OutboundStatus.Cancelled => "cancelled",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static OutboundStatus Parse(string name) =>
        Enum.GetValues<OutboundStatus>().First(status => status.ToName() == name);

    public static bool TryParse(string? name, out OutboundStatus status)
    {
        foreach (var candidate in Enum.GetValues<OutboundStatus>())
        {
            if (string.Equals(candidate.ToName(), name, StringComparison.OrdinalIgnoreCase))
            {
                status = candidate;
                return true;
            }
        }

        status = default;
        return false;
    }
}
