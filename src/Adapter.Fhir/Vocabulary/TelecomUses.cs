using Hl7.Fhir.Model;

namespace Adapter.Fhir.Vocabulary;

/// <summary>Table 0201 (telecommunication use) to ContactPoint.use; a cellular phone (0202 CP) is mobile.</summary>
internal static class TelecomUses
{
    public static ContactPoint.ContactPointUse? From(string? use, string? equipment)
    {
        if (string.Equals(equipment, "CP", StringComparison.OrdinalIgnoreCase) || string.Equals(use, "PRS", StringComparison.OrdinalIgnoreCase))
        {
            return ContactPoint.ContactPointUse.Mobile;
        }

        return use?.ToUpperInvariant() switch
        {
            "PRN" => ContactPoint.ContactPointUse.Home,
            "WPN" => ContactPoint.ContactPointUse.Work,
            _ => null,
        };
    }

    public static string ToV2(ContactPoint contact) => contact switch
    {
        { System: ContactPoint.ContactPointSystem.Email } => "NET",
        { Use: ContactPoint.ContactPointUse.Work } => "WPN",
        { Use: ContactPoint.ContactPointUse.Mobile } => "PRS",
        _ => "PRN",
    };
}
