using Adapter.Hl7v2.Building;
using Hl7.Fhir.Model;

namespace Adapter.Fhir.ToV2;

/// <summary>
/// A message built from FHIR, or the reasons it could not be built; either way the issues name the
/// FHIR element (<c>DiagnosticReport.code</c>) they are about.
/// </summary>
public sealed record FhirToV2Result(Hl7MessageBuilder? Message, OperationOutcome Outcome)
{
    public bool Succeeded => Message is not null;
}
