using Hl7.Fhir.Model;

namespace Adapter.Fhir.Vocabulary;

/// <summary>Table 0202 (telecommunication equipment type) to ContactPoint.system.</summary>
internal static class TelecomSystems
{
    public static ContactPoint.ContactPointSystem? From(string? code) => code?.ToUpperInvariant() switch
    {
        "PH" or "CP" => ContactPoint.ContactPointSystem.Phone,
        "FX" => ContactPoint.ContactPointSystem.Fax,
        "BP" => ContactPoint.ContactPointSystem.Pager,
        "INTERNET" or "X.400" => ContactPoint.ContactPointSystem.Email,
        "MD" or "SAT" or "TDD" or "TTY" => ContactPoint.ContactPointSystem.Other,
        _ => null,
    };

    public static string? ToV2(ContactPoint.ContactPointSystem? system) => system switch
    {
        ContactPoint.ContactPointSystem.Phone => "PH",
        ContactPoint.ContactPointSystem.Fax => "FX",
        ContactPoint.ContactPointSystem.Pager => "BP",
        ContactPoint.ContactPointSystem.Email => "Internet",
        _ => null,
    };
}
