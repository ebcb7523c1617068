using Adapter.Fhir.Conversion;
using Adapter.Fhir.Datatypes;
using Adapter.Hl7v2.Parsing;
using Adapter.Hl7v2.Types;
using Hl7.Fhir.Model;

namespace Adapter.Fhir.Segments;

/// <summary>
/// XCN (ORC-12, OBR-16, OBX-16, PV1-7/8/9/17) to Practitioner, one per person however often the
/// message names them; with an organization (ORC-21) the reference is a PractitionerRole.
/// </summary>
internal static class Practitioners
{
    public static ResourceReference? Add(ConversionContext context, Hl7Element element) =>
        ExtendedPersonId.Read(element) is { } xcn && (xcn.Id is not null || xcn.Name is not null)
            ? Add(context, xcn, element)
            : null;

    // The same person is named again and again (PV1-7, ORC-12, OBR-16, every OBX-16): the key is
    // looked up before anything is built, so repeats cost a dictionary lookup.
    private static ResourceReference Add(ConversionContext context, ExtendedPersonId xcn, Hl7Element sent)
    {
        var identifier = xcn.Id is { } id
            ? new Identifier(context.Systems.SystemOf(xcn.AssigningAuthority ?? context.SendingFacility), id)
            : null;
        var key = identifier is null
            ? $"Practitioner|{context.MessageKey}|{Hl7Text.Canonical(sent)}"
            : $"Practitioner|{identifier.System}|{identifier.Value}";
        if (!context.Bundle.TryFind(key, identifier, out var reference))
        {
            reference = context.Bundle.Add(Build(xcn, identifier), key, identifier);
        }

        reference.Display = Display(xcn.Name);
        return reference;
    }

    private static Practitioner Build(ExtendedPersonId xcn, Identifier? identifier)
    {
        var practitioner = new Practitioner();
        if (identifier is not null)
        {
            if (xcn.IdentifierTypeCode is { } type)
            {
                identifier.Type = Identifiers.TypeOf(type);
            }

            practitioner.Identifier.Add(identifier);
        }

        if (Names.From(xcn.Name) is { } name)
        {
            practitioner.Name.Add(name);
        }

        return practitioner;
    }

    private static string? Display(PersonName? name) => name switch
    {
        null => null,
        { GivenName: { } given, FamilyName: { } family } => $"{given} {family}",
        _ => name.GivenName ?? name.FamilyName,
    };

    /// <summary>CNN (the person in OBR-32..35): id, family, given, second names, suffix, prefix, degree; authority in 9-11.</summary>
    public static ResourceReference? AddFromCnn(ConversionContext context, Hl7Element cnn)
    {
        var id = cnn.Part(1).Text();
        var name = new PersonName(cnn.Part(2).Text(), cnn.Part(3).Text(), cnn.Part(4).Text(), cnn.Part(5).Text(), cnn.Part(6).Text(), cnn.Part(7).Text(), null, null);
        if (id is null && name.FamilyName is null && name.GivenName is null)
        {
            return null;
        }

        var authority = cnn.Part(9).HasValue || cnn.Part(10).HasValue ? new HierarchicDesignator(cnn.Part(9).Text(), cnn.Part(10).Text(), cnn.Part(11).Text()) : null;
        return Add(context, new ExtendedPersonId(id, (name.FamilyName ?? name.GivenName) is null ? null : name, authority, null), cnn);
    }

    /// <summary>A practitioner acting for an organization, as the IG maps ORC-12 with ORC-21.</summary>
    public static ResourceReference? AddRole(ConversionContext context, ResourceReference? practitioner, ResourceReference? organization)
    {
        if (practitioner is null || organization is null)
        {
            return practitioner ?? organization;
        }

        var role = new PractitionerRole { Practitioner = practitioner, Organization = organization };
        return context.Bundle.Add(role, $"PractitionerRole|{practitioner.Reference}|{organization.Reference}");
    }
}
