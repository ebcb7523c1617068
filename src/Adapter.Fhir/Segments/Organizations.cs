using Adapter.Fhir.Conversion;
using Adapter.Fhir.Identity;
using Adapter.Hl7v2.Parsing;
using Adapter.Hl7v2.Types;
using Hl7.Fhir.Model;

namespace Adapter.Fhir.Segments;

/// <summary>HD (MSH-4) and XON (ORC-21, OBX-23) to Organization, one per organization in the message.</summary>
internal static class Organizations
{
    public static ResourceReference? FromHd(ConversionContext context, HierarchicDesignator? hd)
    {
        if (hd is null)
        {
            return null;
        }

        var organization = new Organization { Name = hd.NamespaceId };
        var identifier = Uri(hd) is { } uri ? new Identifier("urn:ietf:rfc:3986", uri) : null;
        if (identifier is not null)
        {
            organization.Identifier.Add(identifier);
        }

        var key = identifier is null ? $"Organization|name|{hd.NamespaceId}|{hd.UniversalId}" : $"Organization|{identifier.System}|{identifier.Value}";
        return Display(context.Bundle.Add(organization, key, identifier), hd.NamespaceId);
    }

    public static ResourceReference? FromXon(ConversionContext context, Hl7Element element)
    {
        var xon = element.FirstRepetition();
        var name = xon.TextOf(1);
        var id = xon.TextOf(10) ?? xon.TextOf(3);
        if (name is null && id is null)
        {
            return null;
        }

        var organization = new Organization { Name = name };
        Identifier? identifier = null;
        if (id is not null)
        {
            var authority = HierarchicDesignator.Read(xon.Part(6)) ?? context.SendingFacility;
            identifier = new Identifier(context.Systems.SystemOf(authority), id);
            organization.Identifier.Add(identifier);
        }

        var key = identifier is null ? $"Organization|name|{name}" : $"Organization|{identifier.System}|{identifier.Value}";
        return Display(context.Bundle.Add(organization, key, identifier), name);
    }

    /// <summary>OBX-15 (producer's id, a CWE such as a CLIA number) as the performing organization, as the IG maps it.</summary>
    public static ResourceReference? FromProducerId(ConversionContext context, Hl7Element element)
    {
        var cwe = element.FirstRepetition();
        if (cwe.TextOf(1) is not { } id)
        {
            return null;
        }

        var system = cwe.TextOf(3) is { } name ? Vocabulary.CodingSystems.UriOf(name) : null;
        var identifier = new Identifier(system, id);
        var organization = new Organization { Name = cwe.TextOf(2), Identifier = [identifier] };
        return Display(context.Bundle.Add(organization, $"Organization|{system}|{id}", identifier), organization.Name);
    }

    // An ISO OID or a UUID in HD-2 is the organization's own identifier, written as a URI.
    private static string? Uri(HierarchicDesignator hd) =>
        hd.UniversalIdType?.ToUpperInvariant() is "ISO" or "UUID" or "GUID" ? UniversalIds.ToUri(hd) : null;

    private static ResourceReference Display(ResourceReference reference, string? name)
    {
        reference.Display = name;
        return reference;
    }
}
