using Adapter.Mapping.Expressions;
using Adapter.Mapping.Kinds;

namespace Adapter.Mapping.Model;

/// <summary>One partner call a mapping plans, with how its request is computed and when it runs.</summary>
/// <param name="Spec">What the connector kind says of the call.</param>
/// <param name="Trigger">When it runs.</param>
/// <param name="QuietPeriod">The wait, for <see cref="OperationTrigger.QuietPeriod"/>.</param>
/// <param name="RepeatOnCorrection">Whether corrected results run it again after it ran.</param>
/// <param name="When">A condition over the canonical Bundle (for each item, with forEach), or null.</param>
/// <param name="Method">The HTTP method, where the mapping names it (LIS); else the kind's.</param>
/// <param name="Path">The path, where the mapping names it (LIS); else the kind's.</param>
/// <param name="PathParameters">The values of the path's placeholders.</param>
/// <param name="Fields">The request body's fields.</param>
public sealed record OperationMapping(
    OperationSpec Spec,
    OperationTrigger Trigger,
    TimeSpan? QuietPeriod,
    bool RepeatOnCorrection,
    MappingExpression? When,
    string Method,
    string? Path,
    IReadOnlyList<FieldMapping> PathParameters,
    IReadOnlyList<FieldMapping> Fields)
{
    /// <summary>One call per item of this collection (<c>%orders</c>), each item as <c>%item</c>; null for one call per message.</summary>
    public MappingExpression? ForEach { get; init; }

    public string Name => Spec.Name;
}
