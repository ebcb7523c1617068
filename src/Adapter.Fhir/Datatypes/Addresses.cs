using Adapter.Fhir.Vocabulary;
using Adapter.Hl7v2.Parsing;
using Adapter.Hl7v2.Types;
using Hl7.Fhir.Model;

namespace Adapter.Fhir.Datatypes;

/// <summary>XAD to Address: street lines, city, state, postal code, country, county as district, type (table 0190) as use and type.</summary>
internal static class Addresses
{
    public static Address? From(Hl7Element element)
    {
        var xad = element.FirstRepetition();
        if (!xad.HasValue)
        {
            return null;
        }

        var address = new Address
        {
            City = xad.TextOf(3),
            State = xad.TextOf(4),
            PostalCode = xad.TextOf(5),
            Country = xad.TextOf(6),
            District = xad.Part(9).Part(1).Text(),
        };
        // SAD (XAD-1): street address, street name and dwelling number, each a line as the IG maps them; then XAD-2.
        foreach (var line in new[] { xad.Part(1).Part(1).Text(), xad.Part(1).Part(2).Text(), xad.Part(1).Part(3).Text(), xad.TextOf(2) })
        {
            if (line is not null)
            {
                address.LineElement.Add(new FhirString(line));
            }
        }

        AddressUses.Apply(xad.TextOf(7), address);
        return address.LineElement.Count == 0 && (address.City ?? address.State ?? address.PostalCode ?? address.Country ?? address.District) is null
            ? null
            : address;
    }

    public static IReadOnlyList<Address> All(Hl7Element field) => Repetitions.Read(field, From);
}
