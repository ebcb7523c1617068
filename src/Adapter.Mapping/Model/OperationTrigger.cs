namespace Adapter.Mapping.Model;

/// <summary>When a planned operation runs.</summary>
public enum OperationTrigger
{
    /// <summary>With the message that planned it.</summary>
    Immediately,

    /// <summary>Once every order under the operation's ordering key is final (Docus: every order of a visit).</summary>
    AllOrdersFinal,

    /// <summary>After a quiet period with no new message for the ordering key.</summary>
    QuietPeriod,

    /// <summary>Only when a person or another system asks for it.</summary>
    Explicit,
}
