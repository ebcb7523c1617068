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
        if (text.Length < 3 || text[0] is not ('0' or '1' or '2') || text[1] != '.')
        {
            return false;
        }

        foreach (var arc in text.AsSpan(2).Split('.'))
        {
            var digits = text.AsSpan(2)[arc];
            if (digits.IsEmpty || !digits.ContainsOnlyDigits() || (digits.Length > 1 && digits[0] == '0'))
            {
                return false;
            }
        }

        return true;
    }
}
