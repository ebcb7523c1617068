using Hl7.Fhir.Model;

namespace Adapter.Fhir.Vocabulary;

/// <summary>
/// Table 0085 (OBX-11) to Observation.status, after the IG's map (A, C, D, F, P, W, X). The IG
/// leaves the rest open while FHIR requires a status, so we choose: I and O registered, R and S
/// preliminary, U final, B amended; N (not asked) and anything else unknown.
/// </summary>
internal static class ObservationStatuses
{
    public static ObservationStatus From(string? code) => code?.ToUpperInvariant() switch
    {
        "A" or "B" => ObservationStatus.Amended,
        "C" => ObservationStatus.Corrected,
        "D" or "W" => ObservationStatus.EnteredInError,
        "F" or "U" => ObservationStatus.Final,
        "P" or "R" or "S" => ObservationStatus.Preliminary,
        "I" or "O" => ObservationStatus.Registered,
        "X" => ObservationStatus.Cancelled,
        _ => ObservationStatus.Unknown,
    };

    public static string ToV2(ObservationStatus? status) => status switch
    {
        ObservationStatus.Amended => "A",
        ObservationStatus.Corrected => "C",
        ObservationStatus.EnteredInError => "W",
        ObservationStatus.Preliminary => "P",
        ObservationStatus.Registered => "I",
        ObservationStatus.Cancelled => "X",
        _ => "F",
    };
}
