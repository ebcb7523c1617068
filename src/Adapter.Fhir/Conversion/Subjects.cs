using Hl7.Fhir.Model;

namespace Adapter.Fhir.Conversion;

/// <summary>The subject of requests and results; a message without PID still yields valid resources.</summary>
internal static class Subjects
{
    public static ResourceReference OrUnknown(ResourceReference? patient) =>
        patient ?? new ResourceReference { Display = "Patient not identified in the message" };
}
