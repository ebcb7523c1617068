using Adapter.Hl7v2.Parsing;
using Adapter.Mapping.Expressions;
using Adapter.Mapping.Lookups;
using Adapter.Mapping.Model;
using Hl7.Fhir.Model;

namespace Adapter.Mapping.Planning;

/// <summary>
/// Runs one message through one partner's mapping: whether an accept rule takes it and, if so, the
/// calls it plans. The service's router and <c>mapping test</c> both go through here, so what a dry
/// run shows is what the service would do.
/// </summary>
public static class PartnerPlanner
{
    public static PartnerPlan Plan(PartnerMapping mapping, LookupTables lookups, Bundle bundle, Hl7Message? message, InboundFacts facts)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        var scope = new MessageScope(bundle, message, lookups);
        var refusals = mapping.Accept.Select(rule => rule.Refusal(facts, scope)).ToList();
        if (refusals.All(refusal => refusal is not null))
        {
            return new PartnerPlan(string.Join("; ", refusals.Select((refusal, index) => $"rule {index + 1}: {refusal}")), []);
        }

        return new PartnerPlan(null, OperationPlanner.Plan(mapping, scope));
    }
}
