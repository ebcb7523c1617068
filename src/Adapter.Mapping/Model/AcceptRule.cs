using Adapter.Mapping.Expressions;

namespace Adapter.Mapping.Model;

/// <summary>Which inbound messages a partner receives; every part given must match.</summary>
/// <param name="Listener">The MLLP listener's name, or null for any.</param>
/// <param name="Fhir">Whether resources posted to the FHIR endpoint match.</param>
/// <param name="MessageTypes">Message type and trigger (<c>ORU^R01</c>); empty for any.</param>
/// <param name="SendingApplication">MSH-3 namespace id, or null for any.</param>
/// <param name="SendingFacility">MSH-4 namespace id, or null for any.</param>
/// <param name="When">A condition over the canonical Bundle, or null.</param>
public sealed record AcceptRule(
    string? Listener,
    bool Fhir,
    IReadOnlyList<string> MessageTypes,
    string? SendingApplication,
    string? SendingFacility,
    MappingExpression? When);
