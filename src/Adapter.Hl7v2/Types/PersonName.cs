using Adapter.Hl7v2.Parsing;

namespace Adapter.Hl7v2.Types;

/// <summary>XPN: a person's name. The family name is the surname subcomponent of XPN-1.</summary>
public sealed record PersonName(
    string? FamilyName,
    string? GivenName,
    string? SecondNames,
    string? Suffix,
    string? Prefix,
    string? Degree,
    string? NameTypeCode,
    string? ProfessionalSuffix)
{
    public static PersonName? Read(Hl7Element element) => Read(element, first: 1);

    public static IReadOnlyList<PersonName> ReadAll(Hl7Element field) => Repetitions.Read(field, Read);

    /// <summary>Reads a name whose family-name component is <paramref name="first"/> (1 in XPN, 2 in XCN).</summary>
    internal static PersonName? Read(Hl7Element element, int first)
    {
        var xpn = element.FirstRepetition();
        if (!xpn.HasValue)
        {
            return null;
        }

        // In XCN the name starts at component 2 and the name type code sits at 10, not 7.
        var nameTypeCode = first == 1 ? xpn.TextOf(7) : xpn.TextOf(10);
        var professionalSuffix = first == 1 ? xpn.TextOf(14) : xpn.TextOf(21);
        return new PersonName(
            xpn.Part(first).Part(1).Text(),
            xpn.TextOf(first + 1),
            xpn.TextOf(first + 2),
            xpn.TextOf(first + 3),
            xpn.TextOf(first + 4),
            first == 1 ? xpn.TextOf(6) : xpn.TextOf(7),
            nameTypeCode,
            professionalSuffix);
    }
}
