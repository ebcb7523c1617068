using Adapter.Hl7v2.Parsing;

namespace Adapter.Hl7v2.Types;

/// <summary>XCN: a practitioner: identifier, name, assigning authority and identifier type.</summary>
public sealed record ExtendedPersonId(
    string? Id,
    PersonName? Name,
    HierarchicDesignator? AssigningAuthority,
    string? IdentifierTypeCode)
{
    public static ExtendedPersonId? Read(Hl7Element element)
    {
        var xcn = element.FirstRepetition();
        if (!xcn.HasValue)
        {
            return null;
        }

        var name = PersonName.Read(xcn, first: 2);
        var hasName = name is not null && (name.FamilyName ?? name.GivenName) is not null;
        return new ExtendedPersonId(xcn.TextOf(1), hasName ? name : null, HierarchicDesignator.Read(xcn.Part(9)), xcn.TextOf(13));
    }

    public static IReadOnlyList<ExtendedPersonId> ReadAll(Hl7Element field) => Repetitions.Read(field, Read);
}
