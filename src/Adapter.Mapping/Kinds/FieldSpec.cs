namespace Adapter.Mapping.Kinds;

/// <summary>
/// One field of a partner request as the vendor documents it: the name sent on the wire, its type,
/// whether a mapping must compute it, and the limits the partner enforces.
/// </summary>
/// <param name="Name">The name on the wire (<c>patient_id</c>).</param>
/// <param name="Type">What it holds.</param>
/// <param name="Required">Whether every request must carry it.</param>
/// <param name="Description">One sentence for analysts, shown by the schema in their editor.</param>
public sealed record FieldSpec(string Name, FieldType Type, bool Required, string Description)
{
    /// <summary>The longest value the partner accepts, in characters.</summary>
    public int? MaxLength { get; init; }

    /// <summary>The longest value the partner accepts, in UTF-8 bytes.</summary>
    public int? MaxBytes { get; init; }

    /// <summary>The values an <see cref="FieldType.Enum"/> field may take.</summary>
    public IReadOnlyList<string> AllowedValues { get; init; } = [];

    /// <summary>The most items a <see cref="FieldType.List"/> may hold.</summary>
    public int? MaxItems { get; init; }

    /// <summary>
    /// Makes the field required when a setting has one of some values (Docus: <c>patient_email</c>
    /// when <c>reports</c> is <c>patients</c> or <c>both</c>).
    /// </summary>
    public SettingCondition? RequiredWhen { get; init; }

    /// <summary>Whether a partner with these settings needs the field.</summary>
    public bool IsRequiredWith(IReadOnlyDictionary<string, string> settings) =>
        Required || (RequiredWhen is { } condition && settings.TryGetValue(condition.Setting, out var value) && condition.Values.Contains(value));

    /// <summary>The fields of an <see cref="FieldType.Object"/> or of each item of a <see cref="FieldType.List"/>.</summary>
    public IReadOnlyList<FieldSpec> Fields { get; init; } = [];
}
