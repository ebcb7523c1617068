using Hl7.Fhir.Model;

namespace Adapter.Fhir.Vocabulary;

/// <summary>Table 0004 (patient class) to Encounter.class (v3 ActCode), as the IG's PatientClass map does.</summary>
internal static class EncounterClasses
{
    private const string ActCode = "http://terminology.hl7.org/CodeSystem/v3-ActCode";

    public static bool IsTableCode(string code) => code.ToUpperInvariant() is "E" or "I" or "O" or "P" or "R" or "B" or "C" or "N" or "U";

    public static Coding From(string? code) => code?.ToUpperInvariant() switch
    {
        "E" => new Coding(ActCode, "EMER", "emergency"),
        "I" => new Coding(ActCode, "IMP", "inpatient encounter"),
        "O" => new Coding(ActCode, "AMB", "ambulatory"),
        "P" => new Coding(ActCode, "PRENC", "pre-admission"),
        _ when code is null || !IsTableCode(code) => new Coding("http://terminology.hl7.org/CodeSystem/v3-NullFlavor", "UNK", "unknown"),
        _ => new Coding(CodingSystems.V2("0004"), code),
    };

    /// <summary>The status the IG reads from the patient class while no discharge time (PV1-45) is sent.</summary>
    public static Encounter.EncounterStatus StatusFrom(string? code) => code?.ToUpperInvariant() switch
    {
        "P" => Encounter.EncounterStatus.Planned,
        null or "U" => Encounter.EncounterStatus.Unknown,
        _ when IsTableCode(code) => Encounter.EncounterStatus.InProgress,
        _ => Encounter.EncounterStatus.Unknown,
    };

    public static string? ToV2(Coding? coding) => coding?.Code switch
    {
        "EMER" => "E",
        "IMP" => "I",
        "AMB" => "O",
        "PRENC" => "P",
        _ when coding?.System == CodingSystems.V2("0004") => coding.Code,
        _ => null,
    };
}
