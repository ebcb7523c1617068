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

        if (Is(type, "ISO"))
        {
            return IdentifierSystems.IsOid(universalId) ? "urn:oid:" + universalId : null;
        }

        if (Is(type, "UUID") || Is(type, "GUID"))
        {
            return Guid.TryParse(universalId, out var uuid) ? "urn:uuid:" + uuid.ToString("D") : null;
        }

        return (Is(type, "URI") || Is(type, "URL")) && Uri.TryCreate(universalId, UriKind.Absolute, out _) ? universalId : null;
    }

    private static bool Is(string? type, string name) => string.Equals(type, name, StringComparison.OrdinalIgnoreCase);
}
