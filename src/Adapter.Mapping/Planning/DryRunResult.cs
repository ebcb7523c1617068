namespace Adapter.Mapping.Planning;

/// <summary>What a partner mapping would do with one message, without sending anything.</summary>
/// <param name="Refusal">Why no accept rule takes the message; null when one does.</param>
/// <param name="Requests">The requests it would send, immediate ones and follow-ups.</param>
public sealed record DryRunResult(string? Refusal, IReadOnlyList<PartnerRequest> Requests)
{
    public bool Accepted => Refusal is null;
}
