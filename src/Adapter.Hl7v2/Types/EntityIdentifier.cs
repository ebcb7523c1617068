using Adapter.Hl7v2.Parsing;

namespace Adapter.Hl7v2.Types;

/// <summary>EI: an identifier (placer or filler number, specimen id) and who assigned it.</summary>
public sealed record EntityIdentifier(string? Identifier, string? NamespaceId, string? UniversalId, string? UniversalIdType)
{
    public static EntityIdentifier? Read(Hl7Element element)
    {
        var ei = element.FirstRepetition();
        return ei.HasValue ? new EntityIdentifier(ei.TextOf(1), ei.TextOf(2), ei.TextOf(3), ei.TextOf(4)) : null;
    }
}
