using Adapter.Hl7v2.Parsing;
using Adapter.Mapping.Expressions;
using Adapter.Mapping.Lookups;
using Adapter.Mapping.Model;
using Hl7.Fhir.Model;

namespace Adapter.Mapping.Planning;

/// <summary>Runs one message through a partner mapping as the service would (accept, plan, build requests), sending nothing.</summary>
public static class DryRun
{
    public static DryRunResult Run(PartnerMapping mapping, LookupTables lookups, Bundle bundle, Hl7Message? message, InboundFacts facts)
    {
        var scope = new MessageScope(bundle, message, lookups);
        var refusals = mapping.Accept.Select(rule => rule.Refusal(facts, scope)).ToList();
        if (refusals.All(refusal => refusal is not null))
        {
            return new DryRunResult(string.Join("; ", refusals.Select((refusal, index) => $"rule {index + 1}: {refusal}")), []);
        }

        return new DryRunResult(null, RequestPreview.For(mapping, OperationPlanner.Plan(mapping, scope)));
    }
}
