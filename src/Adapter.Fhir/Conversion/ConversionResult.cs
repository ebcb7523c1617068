using Hl7.Fhir.Model;

namespace Adapter.Fhir.Conversion;

/// <summary>
/// A converted message: the Bundle, and every warning about data that could not be carried over
/// as sent (each an OperationOutcome issue whose location is the v2 field).
/// </summary>
public sealed record ConversionResult(Bundle Bundle, OperationOutcome Outcome)
{
    public bool HasWarnings => Outcome.Issue.Count > 0;
}
