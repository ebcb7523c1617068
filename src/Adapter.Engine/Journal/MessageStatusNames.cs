namespace Adapter.Engine.Journal;

/// <summary>The lower-case names statuses have in the store, the admin API and the command line.</summary>
public static class MessageStatusNames
{
    public static string ToName(this MessageStatus status) => status switch
    {
        MessageStatus.Received => "received",
        MessageStatus.Rejected => "rejected",
        MessageStatus.Conflict => "conflict",
        MessageStatus.Routed => "routed",
        MessageStatus.Delivered => "delivered",
        MessageStatus.Failed => "failed",
        MessageStatus.Unrouted => "unrouted",
        MessageStatus.Cancelled => "cancelled",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static bool TryParse(string? name, out MessageStatus status)
    {
        foreach (var candidate in Enum.GetValues<MessageStatus>())
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

    public static IEnumerable<string> All => Enum.GetValues<MessageStatus>().Select(status => status.ToName());
}
