using Adapter.Hl7v2.Parsing;
using Adapter.Mapping.Lookups;
using Adapter.Mapping.Model;
using Hl7.Fhir.Model;

namespace Adapter.Mapping.Planning;

/// <summary>Runs one message through a partner mapping as the service would (accept, plan, build requests), sending nothing.</summary>
public static class DryRun
{
    public static DryRunResult Run(PartnerMapping mapping, LookupTables lookups, Bundle bundle, Hl7Message? message, InboundFacts facts)
    {
        var plan = PartnerPlanner.Plan(mapping, lookups, bundle, message, facts);
        return new DryRunResult(plan.Refusal, plan.Accepted ? RequestPreview.For(mapping, plan.Operations) : []);
    }
}
