using Adapter.Fhir.Vocabulary;
using Adapter.Hl7v2.Parsing;
using Adapter.Hl7v2.Types;
using Hl7.Fhir.Model;

namespace Adapter.Fhir.Datatypes;

/// <summary>
/// XTN to ContactPoint: an e-mail address (XTN-4) or a number (XTN-1, else built from country,
/// area, local number and extension); use from table 0201, system from table 0202.
/// </summary>
internal static class Telecoms
{
    public static ContactPoint? From(TelecomAddress? xtn, ContactPoint.ContactPointUse? useWhenUnsent = null, string? unformatted = null)
    {
        if (xtn is null)
        {
            return null;
        }

        // An address in XTN-4 is e-mail when XTN-3 says so or says nothing.
        var email = xtn.EmailAddress is not null && (xtn.IsEmail || xtn.EquipmentType is null);
        var value = email ? xtn.EmailAddress : unformatted ?? Number(xtn);
        if (value is null)
        {
            return null;
        }

        var contact = new ContactPoint
        {
            Value = value,
            System = email ? ContactPoint.ContactPointSystem.Email : TelecomSystems.From(xtn.EquipmentType),
            Use = xtn.UseCode is null && xtn.EquipmentType is not "CP" ? useWhenUnsent : TelecomUses.From(xtn.UseCode, xtn.EquipmentType),
        };

        // FHIR requires a system with a value (cpt-2); the IG marks an unsent one as unknown rather than guess.
        if (contact.System is null)
        {
            contact.SystemElement = new Code<ContactPoint.ContactPointSystem>();
            contact.SystemElement.Extension.Add(new Extension(Conversion.UnknownConcepts.DataAbsentReason, new Code("unknown")));
        }

        return contact;
    }

    /// <summary>Every repetition; <paramref name="useWhenUnsent"/> is the use of those without XTN-2 (PID-13 home, PID-14 work).</summary>
    public static IReadOnlyList<ContactPoint> All(Hl7Element field, ContactPoint.ContactPointUse? useWhenUnsent = null) =>
        Repetitions.Read(field, repetition => From(TelecomAddress.Read(repetition), useWhenUnsent, repetition.TextOf(12)));

    // As the IG orders them: XTN-12 (unformatted), then the number built from XTN-5..8, then XTN-1.
    private static string? Number(TelecomAddress xtn)
    {
        if (xtn.LocalNumber is null)
        {
            return xtn.UnformattedNumber;
        }

        var country = xtn.CountryCode is null ? string.Empty : $"+{xtn.CountryCode} ";
        var area = xtn.AreaCode is null ? string.Empty : $"({xtn.AreaCode}) ";
        var extension = xtn.Extension is null ? string.Empty : $" ext. {xtn.Extension}";
        return $"{country}{area}{xtn.LocalNumber}{extension}";
    }
}
