namespace Adapter.Mapping.Model;

/// <summary>The names triggers have in mapping files, and in the outbox that stores them.</summary>
public static class OperationTriggerNames
{
    public static string ToName(this OperationTrigger trigger) => trigger switch
    {
        OperationTrigger.Immediately => "immediately",
        OperationTrigger.AllOrdersFinal => "all-orders-final",
        OperationTrigger.QuietPeriod => "quiet-period",
        OperationTrigger.Explicit => "explicit",
        _ => throw new ArgumentOutOfRangeException(nameof(trigger), trigger, null),
    };

    /// <summary>The trigger of this name, or null for a name that is none.</summary>
    public static OperationTrigger? Find(string? name) =>
        Enum.GetValues<OperationTrigger>().Cast<OperationTrigger?>().FirstOrDefault(trigger => trigger!.Value.ToName() == name);
}
