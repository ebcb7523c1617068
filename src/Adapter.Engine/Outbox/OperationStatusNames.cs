namespace Adapter.Engine.Outbox;

/// <summary>The names operation statuses have in the store, the admin API and the command line.</summary>
public static class OperationStatusNames
{
    public static string ToName(this OperationStatus status) => status switch
    {
        OperationStatus.Pending => "pending",
        OperationStatus.Waiting => "waiting",
        OperationStatus.Succeeded => "succeeded",
        OperationStatus.DeadLettered => "dead-lettered",
        OperationStatus.Cancelled => "cancelled",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static OperationStatus Parse(string name) =>
        Enum.GetValues<OperationStatus>().First(status => status.ToName() == name);
}
