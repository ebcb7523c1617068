using Hl7.Fhir.Model;

namespace Adapter.Fhir.Vocabulary;

/// <summary>OBR-5, TQ1-9 and TQ-6 priority (tables 0485/0027) to ServiceRequest.priority: the IG maps S, A and R only.</summary>
internal static class Priorities
{
    public static RequestPriority? From(string? code) => code?.ToUpperInvariant() switch
    {
        "S" => RequestPriority.Stat,
        "A" => RequestPriority.Asap,
        "R" => RequestPriority.Routine,
        _ => null,
    };

    public static string? ToV2(RequestPriority? priority) => priority switch
    {
        RequestPriority.Stat => "S",
        RequestPriority.Asap or RequestPriority.Urgent => "A",
        RequestPriority.Routine => "R",
        _ => null,
    };
}
