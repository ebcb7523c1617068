using Adapter.Hl7v2.Types;

namespace Adapter.Fhir.Identity;

/// <summary>
/// HD-2 written as a URI by its type in HD-3, as the IG's HD maps do: an ISO OID as
/// <c>urn:oid:</c>, a UUID as <c>urn:uuid:</c>, a URI as itself; null for anything else.
/// </summary>
internal static class UniversalIds
{
    public static string? ToUri(HierarchicDesignator? hd) => ToUri(hd?.UniversalId, hd?.UniversalIdType);

    public static string? ToUri(string? universalId, string? type)
    {
        if (universalId is null)
        {
            return null;
        }

        return type?.ToUpperInvariant() switch
        {
            "ISO" when IdentifierSystems.IsOid(universalId) => "urn:oid:" + universalId,
            "UUID" or "GUID" when Guid.TryParse(universalId, out var uuid) => "urn:uuid:" + uuid.ToString("D"),
            "URI" or "URL" when Uri.TryCreate(universalId, UriKind.Absolute, out _) => universalId,
            _ => null,
        };
    }
}
