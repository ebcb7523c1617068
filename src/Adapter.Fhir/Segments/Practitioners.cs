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
            ? Add(context, xcn, Hl7Text.Canonical(element))
            : null;

    private static ResourceReference Add(ConversionContext context, ExtendedPersonId xcn, string sent)
    {
        var practitioner = new Practitioner();
        Identifier? identifier = null;
        if (xcn.Id is { } id)
        {
            identifier = new Identifier(context.Systems.SystemOf(xcn.AssigningAuthority ?? context.SendingFacility), id);
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

        var key = identifier is null
            ? $"Practitioner|{context.MessageKey}|{sent}"
            : $"Practitioner|{identifier.System}|{identifier.Value}";
        var reference = context.Bundle.Add(practitioner, key, identifier);
        reference.Display = xcn.Name is null ? null : string.Join(' ', new[] { xcn.Name.GivenName, xcn.Name.FamilyName }.Where(part => part is not null));
        return reference;
    }

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
        return Add(context, new ExtendedPersonId(id, (name.FamilyName ?? name.GivenName) is null ? null : name, authority, null), Hl7Text.Canonical(cnn));
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
