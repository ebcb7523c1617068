using Adapter.Fhir.Identity;
using Adapter.Fhir.Vocabulary;
using Hl7.Fhir.Model;

namespace Adapter.Fhir.ToV2;

/// <summary>FHIR datatypes written as their v2 counterparts: CX, EI, XPN, XAD, XTN, CWE, XCN.</summary>
internal sealed class V2Datatypes(FhirToV2Options options)
{
    private readonly Dictionary<string, string> _authorityBySystem = options.IdentifierSystems
        .GroupBy(pair => pair.Value, StringComparer.Ordinal)
        .ToDictionary(group => group.Key, group => group.First().Key, StringComparer.Ordinal);

    public void Cx(FieldWriter field, Identifier identifier)
    {
        field.Component(1, identifier.Value);
        Authority(field, 4, identifier);
        field.Component(5, identifier.Type?.Coding.FirstOrDefault()?.Code);
    }

    /// <summary>EI: value, then the authority in components 2-4.</summary>
    public void Ei(FieldWriter field, Identifier identifier, int first = 1)
    {
        field.Component(first, identifier.Value);
        var (name, universal, type) = AuthorityOf(identifier);
        field.Component(first + 1, name).Component(first + 2, universal).Component(first + 3, type);
    }

    public static void Xpn(FieldWriter field, HumanName name, int first = 1)
    {
        field.Component(first, name.Family);
        var given = name.Given.ToList();
        field.Component(first + 1, given.ElementAtOrDefault(0));
        field.Component(first + 2, given.Count > 1 ? string.Join(' ', given.Skip(1)) : null);
        var suffixes = name.Suffix.ToList();
        field.Component(first + 3, suffixes.ElementAtOrDefault(0));
        field.Component(first + 4, name.Prefix.FirstOrDefault());
        field.Component(first + 5, suffixes.ElementAtOrDefault(1));
        field.Component(first == 1 ? 7 : 10, NameUses.ToV2(name.Use));
    }

    public static void Xad(FieldWriter field, Address address)
    {
        var lines = address.Line.ToList();
        field.Component(1, lines.ElementAtOrDefault(0)).Component(2, lines.Count > 1 ? string.Join(", ", lines.Skip(1)) : null);
        field.Component(3, address.City).Component(4, address.State).Component(5, address.PostalCode).Component(6, address.Country);
        field.Component(7, AddressUses.ToV2(address)).Component(9, address.District);
    }

    public static void Xtn(FieldWriter field, ContactPoint contact)
    {
        field.Component(2, TelecomUses.ToV2(contact));
        if (contact.System == ContactPoint.ContactPointSystem.Email)
        {
            field.Component(3, "Internet").Component(4, contact.Value);
            return;
        }

        field.Component(1, contact.Value);
        field.Component(3, contact.Use == ContactPoint.ContactPointUse.Mobile ? "CP" : TelecomSystems.ToV2(contact.System));
        field.Component(12, contact.Value);
    }

    /// <summary>CWE: the first coding in 1-3 (version 7), the second in 4-6 (version 8), the text in 9.</summary>
    public static void Cwe(FieldWriter field, CodeableConcept concept)
    {
        var codings = concept.Coding.Where(coding => coding.Code is not null).ToList();
        if (codings.Count == 0)
        {
            field.Component(2, concept.Text);
            return;
        }

        Coding(field, codings[0], 1, 7);
        if (codings.Count > 1)
        {
            Coding(field, codings[1], 4, 8);
        }

        if (concept.Text is { } text && text != codings[0].Display)
        {
            field.Component(9, text);
        }
    }

    /// <summary>XCN: id, name from component 2, authority in 9, identifier type in 13.</summary>
    public void Xcn(FieldWriter field, Practitioner practitioner)
    {
        if (practitioner.Identifier.FirstOrDefault() is { } identifier)
        {
            field.Component(1, identifier.Value);
            Authority(field, 9, identifier);
            field.Component(13, identifier.Type?.Coding.FirstOrDefault()?.Code);
        }

        if (practitioner.Name.FirstOrDefault() is { } name)
        {
            Xpn(field, name, first: 2);
        }
    }

    private static void Coding(FieldWriter field, Coding coding, int first, int version)
    {
        field.Component(first, coding.Code).Component(first + 1, coding.Display);
        field.Component(first + 2, CodingSystems.NameOf(coding.System) ?? coding.System);
        field.Component(version, coding.Version);
    }

    private void Authority(FieldWriter field, int component, Identifier identifier)
    {
        var (name, universal, type) = AuthorityOf(identifier);
        field.Subcomponent(component, 1, name).Subcomponent(component, 2, universal).Subcomponent(component, 3, type);
    }

    // The inbound mapping read backwards: configured URIs, OIDs and UUIDs, our stable URNs, other URIs as URI.
    private (string? Name, string? Universal, string? Type) AuthorityOf(Identifier identifier)
    {
        var system = identifier.System;
        var assigner = identifier.Assigner?.Display;
        if (system is null)
        {
            return (assigner, null, null);
        }

        if (_authorityBySystem.TryGetValue(system, out var configured))
        {
            return (configured, null, null);
        }

        if (system.StartsWith(IdentifierSystems.UnknownAuthorityPrefix, StringComparison.Ordinal))
        {
            return (Uri.UnescapeDataString(system[IdentifierSystems.UnknownAuthorityPrefix.Length..]), null, null);
        }

        if (system.StartsWith("urn:oid:", StringComparison.Ordinal))
        {
            return (assigner, system["urn:oid:".Length..], "ISO");
        }

        return system.StartsWith("urn:uuid:", StringComparison.Ordinal)
            ? (assigner, system["urn:uuid:".Length..], "UUID")
            : (assigner, system, "URI");
    }
}
