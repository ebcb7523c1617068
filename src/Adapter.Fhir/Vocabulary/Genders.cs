using Hl7.Fhir.Model;

namespace Adapter.Fhir.Vocabulary;

/// <summary>Table 0001 (administrative sex) to AdministrativeGender, after the IG's AdministrativeSex map, and back.</summary>
internal static class Genders
{
    public static AdministrativeGender? From(string? code) => code?.ToUpperInvariant() switch
    {
        "F" => AdministrativeGender.Female,
        "M" => AdministrativeGender.Male,
        "O" or "A" or "N" => AdministrativeGender.Other,
        "U" => AdministrativeGender.Unknown,
        _ => null,
    };

    public static string? ToV2(AdministrativeGender? gender) => gender switch
    {
        AdministrativeGender.Female => "F",
        AdministrativeGender.Male => "M",
        AdministrativeGender.Other => "O",
        AdministrativeGender.Unknown => "U",
        _ => null,
    };
}
