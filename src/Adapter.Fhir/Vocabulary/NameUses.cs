using Hl7.Fhir.Model;

namespace Adapter.Fhir.Vocabulary;

/// <summary>Table 0200 (name type) to HumanName.use, after the V2-to-FHIR NameType map.</summary>
internal static class NameUses
{
    public static HumanName.NameUse? From(string? code) => code?.ToUpperInvariant() switch
    {
        "L" or "R" => HumanName.NameUse.Official,
        "D" => HumanName.NameUse.Usual,
        "M" => HumanName.NameUse.Maiden,
        "N" => HumanName.NameUse.Nickname,
        "MSK" => HumanName.NameUse.Anonymous,
        "TEMP" or "NAV" => HumanName.NameUse.Temp,
        "BAD" => HumanName.NameUse.Old,
        _ => null,
    };

    public static string? ToV2(HumanName.NameUse? use) => use switch
    {
        HumanName.NameUse.Official => "L",
        HumanName.NameUse.Usual => "D",
        HumanName.NameUse.Maiden => "M",
        HumanName.NameUse.Nickname => "N",
        HumanName.NameUse.Anonymous => "MSK",
        HumanName.NameUse.Temp => "TEMP",
        HumanName.NameUse.Old => "BAD",
        _ => null,
    };
}
