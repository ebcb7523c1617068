using Adapter.Fhir.Vocabulary;
using Adapter.Hl7v2.Parsing;
using Adapter.Hl7v2.Types;
using Hl7.Fhir.Model;

namespace Adapter.Fhir.Datatypes;

/// <summary>XPN (and the name inside XCN) to HumanName; the name type (table 0200) becomes its use.</summary>
internal static class Names
{
    public static HumanName? From(PersonName? name)
    {
        if (name is null || (name.FamilyName ?? name.GivenName ?? name.SecondNames ?? name.Prefix) is null)
        {
            return null;
        }

        var human = new HumanName { Family = name.FamilyName, Use = NameUses.From(name.NameTypeCode) };
        human.GivenElement.AddRange(Strings(name.GivenName, name.SecondNames));
        human.PrefixElement.AddRange(Strings(name.Prefix));
        human.SuffixElement.AddRange(Strings(name.Suffix, name.Degree, name.ProfessionalSuffix));
        return human;
    }

    public static IReadOnlyList<HumanName> All(Hl7Element field) =>
        Repetitions.Read(field, repetition => From(PersonName.Read(repetition)));

    private static IEnumerable<FhirString> Strings(params string?[] values) =>
        values.Where(value => value is not null).Select(value => new FhirString(value));
}
