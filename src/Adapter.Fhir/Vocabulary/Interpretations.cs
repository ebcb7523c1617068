using System.Collections.Frozen;
using Hl7.Fhir.Model;

namespace Adapter.Fhir.Vocabulary;

/// <summary>
/// Table 0078 (OBX-8 abnormal flags) to Observation.interpretation: the IG's InterpretationCodes
/// map keeps each code in the v3 ObservationInterpretation system; codes it does not list stay in
/// the v2 table's system, so nothing is lost.
/// </summary>
internal static class Interpretations
{
    public const string V3System = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation";

    private static readonly FrozenSet<string> V3Codes = new[]
    {
        "<", ">", "A", "AA", "B", "CAR", "D", "DET", "E", "EX", "EXP", "H", "HH", "HU", "I", "IE", "IND", "L", "LL", "LU",
        "MS", "N", "NCL", "ND", "NEG", "NR", "NS", "POS", "R", "RR", "S", "SDD", "SYN-R", "SYN-S", "U", "VS", "UNE", "W", "WR",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static Coding From(string code, string? display)
    {
        var trimmed = code.Trim();
        return new Coding(V3Codes.Contains(trimmed) ? V3System : CodingSystems.V2("0078"), trimmed, display);
    }
}
