using Hl7.Fhir.Model;

namespace Adapter.Fhir.Conversion;

/// <summary>A required code the message did not send: text and the data-absent-reason extension, not a guess.</summary>
internal static class UnknownConcepts
{
    public const string DataAbsentReason = "http://hl7.org/fhir/StructureDefinition/data-absent-reason";

    public static CodeableConcept Create() => new()
    {
        Extension = [new Extension(DataAbsentReason, new Code("unknown"))],
    };
}
