using Adapter.Hl7v2.Parsing;

namespace Adapter.Hl7v2.Types;

/// <summary>HD: an assigning authority or facility (namespace id, universal id and its type).</summary>
public sealed record HierarchicDesignator(string? NamespaceId, string? UniversalId, string? UniversalIdType)
{
    public static HierarchicDesignator? Read(Hl7Element element)
    {
        var hd = element.FirstRepetition();
        return hd.HasValue ? new HierarchicDesignator(hd.TextOf(1), hd.TextOf(2), hd.TextOf(3)) : null;
    }
}
