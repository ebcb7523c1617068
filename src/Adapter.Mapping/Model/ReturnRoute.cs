namespace Adapter.Mapping.Model;

/// <summary>Where a partner's results go back to.</summary>
/// <param name="Hl7Destination">The outbound MLLP destination's name, or null for none.</param>
/// <param name="Hl7MessageType">What is sent there.</param>
/// <param name="Layout">How links and documents are written in OBX (<c>rp-links</c>, <c>tx-lines</c>, <c>ed-document</c>).</param>
/// <param name="Fhir">Whether results are kept as FHIR DiagnosticReports (and pushed when a FHIR server is set).</param>
public sealed record ReturnRoute(string? Hl7Destination, string Hl7MessageType, string Layout, bool Fhir)
{
    public static ReturnRoute None { get; } = new(null, "ORU^R01", "rp-links", false);
}
