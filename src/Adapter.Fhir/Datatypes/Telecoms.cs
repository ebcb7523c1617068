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
    public static ContactPoint? From(TelecomAddress? xtn)
    {
        if (xtn is null)
        {
            return null;
        }

        // An address in XTN-4 is e-mail when XTN-3 says so or says nothing.
        var email = xtn.EmailAddress is not null && (xtn.IsEmail || xtn.EquipmentType is null);
        var value = email ? xtn.EmailAddress : Number(xtn);
        if (value is null)
        {
            return null;
        }

        return new ContactPoint
        {
            Value = value,
            System = email ? ContactPoint.ContactPointSystem.Email : TelecomSystems.From(xtn.EquipmentType),
            Use = TelecomUses.From(xtn.UseCode, xtn.EquipmentType),
        };
    }

    public static List<ContactPoint> All(Hl7Element field)
    {
        var contacts = new List<ContactPoint>();
        foreach (var xtn in TelecomAddress.ReadAll(field))
        {
            if (From(xtn) is { } contact)
            {
                contacts.Add(contact);
            }
        }

        return contacts;
    }

    // XTN-12 (unformatted) is not in our reader; XTN-1 is the formatted number when sent.
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
