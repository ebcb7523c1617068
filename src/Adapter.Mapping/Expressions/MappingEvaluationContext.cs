using Adapter.Hl7v2.Parsing;
using Adapter.Mapping.Lookups;
using Hl7.Fhir.FhirPath;

namespace Adapter.Mapping.Expressions;

/// <summary>What an expression can reach besides the Bundle: the original v2 message and the lookup tables.</summary>
public sealed class MappingEvaluationContext(Hl7Message? message, LookupTables lookups) : FhirEvaluationContext
{
    /// <summary>The original HL7 v2 message, when the inbound message was one.</summary>
    public Hl7Message? Message { get; } = message;

    public LookupTables Lookups { get; } = lookups;
}
