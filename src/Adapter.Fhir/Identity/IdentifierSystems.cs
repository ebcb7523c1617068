using Adapter.Fhir.Vocabulary;
using Adapter.Hl7v2.Types;

namespace Adapter.Fhir.Identity;

/// <summary>
/// Turns an assigning authority (HD) into the URI of <c>Identifier.system</c>: first the configured
/// table, then what the authority says of itself (an ISO OID, a UUID, a URI), else a stable
/// <c>urn:</c> built from its name.
/// </summary>
internal sealed class IdentifierSystems(IReadOnlyDictionary<string, string> configured)
{
    /// <summary>The prefix of systems made up for authorities that are neither configured nor self-describing.</summary>
    public const string UnknownAuthorityPrefix = "urn:adapter:authority:";

    public string? SystemOf(HierarchicDesignator? authority)
    {
        if (authority is null)
        {
            return null;
        }

        if ((Configured(authority.NamespaceId) ?? Configured(authority.UniversalId)) is { } mapped)
        {
            return mapped;
        }

        if (UniversalIds.ToUri(authority) is { } described)
        {
            return described;
        }

        var name = authority.NamespaceId ?? authority.UniversalId;
        return name is null ? null : UnknownAuthorityPrefix + Uri.EscapeDataString(name);
    }

    private string? Configured(string? key) =>
        key is not null && configured.TryGetValue(key, out var uri) ? uri : null;

    // FHIR's oid pattern: urn:oid:[0-2](\.(0|[1-9][0-9]*))+
    public static bool IsOid(string text)
    {
        var arcs = text.Split('.');
        return arcs.Length > 1 && arcs[0] is "0" or "1" or "2"
            && arcs.Skip(1).All(arc => arc.Length > 0 && arc.AsSpan().ContainsOnlyDigits() && (arc.Length == 1 || arc[0] != '0'));
    }
}
