namespace Adapter.Mapping.Expressions;

/// <summary>A variable that holds resources of one type from the message's Bundle: <c>%report</c> the first DiagnosticReport, <c>%reports</c> every one.</summary>
/// <param name="Name">The name, without <c>%</c>.</param>
/// <param name="ResourceType">The FHIR resource type it holds.</param>
/// <param name="Every">Every resource of the type, rather than the first.</param>
/// <param name="Meaning">What it holds, for analysts.</param>
internal sealed record ResourceVariable(string Name, string ResourceType, bool Every, string Meaning)
{
    /// <summary>The one list the scope fills, the compiler checks and the messages name.</summary>
    public static readonly IReadOnlyList<ResourceVariable> All =
    [
        new("header", "MessageHeader", false, "the MessageHeader"),
        new("patient", "Patient", false, "the Patient"),
        new("encounter", "Encounter", false, "the Encounter"),
        new("report", "DiagnosticReport", false, "the first DiagnosticReport"),
        new("reports", "DiagnosticReport", true, "every DiagnosticReport"),
        new("order", "ServiceRequest", false, "the first ServiceRequest"),
        new("orders", "ServiceRequest", true, "every ServiceRequest"),
        new("observations", "Observation", true, "every Observation"),
        new("specimens", "Specimen", true, "every Specimen"),
        new("practitioners", "Practitioner", true, "every Practitioner"),
        new("organizations", "Organization", true, "every Organization"),
    ];
}
