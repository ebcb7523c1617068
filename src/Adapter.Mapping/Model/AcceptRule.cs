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
    MappingExpression? When)
{
    /// <summary>
    /// Why the rule does not accept the message, or null when it does. A listener the facts do not
    /// know (a dry run) is not held against the rule.
    /// </summary>
    public string? Refusal(InboundFacts facts, MessageScope scope)
    {
        if (facts.IsFhir && !Fhir)
        {
            return "it takes MLLP messages, not FHIR";
        }

        if (!facts.IsFhir && Listener is null)
        {
            return "it takes FHIR resources, not MLLP messages";
        }

        if (!facts.IsFhir && facts.Listener is { } listener && listener != Listener)
        {
            return $"it takes listener {Listener}, not {listener}";
        }

        if (!facts.IsFhir && MessageTypes.Count > 0 && !MessageTypes.Contains(facts.MessageType ?? string.Empty, StringComparer.Ordinal))
        {
            return $"it takes {string.Join(" or ", MessageTypes)}, not {facts.MessageType}";
        }

        // MSH-3 and MSH-4 say who sent an HL7 message; a FHIR client is known by its credentials.
        if (!facts.IsFhir && SendingApplication is not null && SendingApplication != facts.SendingApplication)
        {
            return $"it takes sending application {SendingApplication}, not {facts.SendingApplication}";
        }

        if (!facts.IsFhir && SendingFacility is not null && SendingFacility != facts.SendingFacility)
        {
            return $"it takes sending facility {SendingFacility}, not {facts.SendingFacility}";
        }

        return When is not null && !When.IsTrue(scope) ? $"its condition is false: {When.Text}" : null;
    }
}
