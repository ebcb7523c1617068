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
        // Each list is touched only when it gets a value: reading one creates it, and names are many.
        Add(human, static human => human.GivenElement, name.GivenName, name.SecondNames);
        Add(human, static human => human.PrefixElement, name.Prefix);
        Add(human, static human => human.SuffixElement, name.Suffix, name.Degree, name.ProfessionalSuffix);
        return human;
    }

    public static IReadOnlyList<HumanName> All(Hl7Element field) =>
        Repetitions.Read(field, repetition => From(PersonName.Read(repetition)));

    private static void Add(HumanName human, Func<HumanName, List<FhirString>> list, params ReadOnlySpan<string?> values)
    {
        foreach (var value in values)
        {
            if (value is not null)
            {
                list(human).Add(new FhirString(value));
            }
        }
    }
}
