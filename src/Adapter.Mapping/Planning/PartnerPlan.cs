namespace Adapter.Mapping.Planning;

/// <summary>What one partner's mapping makes of one inbound message.</summary>
/// <param name="Refusal">Why no accept rule takes the message; null when one does.</param>
/// <param name="Operations">The calls it plans, immediate ones and follow-ups, in mapping order.</param>
public sealed record PartnerPlan(string? Refusal, IReadOnlyList<PlannedOperation> Operations)
{
    public bool Accepted => Refusal is null;

    /// <summary>Planned calls with problems (a required field empty, a value beyond a limit, an expression that failed).</summary>
    public IEnumerable<PlannedOperation> Flawed => Operations.Where(operation => operation.Warnings.Count > 0);
}
