namespace Adapter.Hl7v2.Validation;

/// <summary>What a receiver accepts in a message header. Empty sets accept anything.</summary>
public sealed record Hl7HeaderRules
{
    public static Hl7HeaderRules Default { get; } = new();

    /// <summary>MSH-12 values accepted. By default every version from 2.1 to 2.8.2.</summary>
    public IReadOnlySet<string> Versions { get; init; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "2.1", "2.2", "2.3", "2.3.1", "2.4", "2.5", "2.5.1", "2.6", "2.7", "2.7.1", "2.8", "2.8.1", "2.8.2",
    };

    /// <summary>MSH-9 message type and trigger event pairs accepted, written <c>ORU^R01</c>; empty accepts all.</summary>
    public IReadOnlySet<string> MessageTypes { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>MSH-11 processing ids accepted (table 0103: P production, D debugging, T training).</summary>
    public IReadOnlySet<string> ProcessingIds { get; init; } = new HashSet<string>(StringComparer.Ordinal) { "P", "D", "T" };
}
