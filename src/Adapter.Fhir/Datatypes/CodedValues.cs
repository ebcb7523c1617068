using Adapter.Fhir.Vocabulary;
using Adapter.Hl7v2.Parsing;
using Adapter.Hl7v2.Types;
using Hl7.Fhir.Model;

namespace Adapter.Fhir.Datatypes;

/// <summary>
/// CWE, CE and CNE to CodeableConcept: the primary coding (components 1-3, version 7), the
/// alternate (4-6, version 8) and the second alternate (10-12, version 13); CWE-9 as text, else
/// CWE-2 when no code was sent.
/// </summary>
internal static class CodedValues
{
    public static CodeableConcept? Concept(Hl7Element element)
    {
        var cwe = element.FirstRepetition();
        if (!cwe.HasValue)
        {
            return null;
        }

        var concept = new CodeableConcept();
        AddCoding(concept, cwe, code: 1, version: 7);
        AddCoding(concept, cwe, code: 4, version: 8);
        AddCoding(concept, cwe, code: 10, version: 13);
        concept.Text = cwe.TextOf(9) ?? (concept.Coding.Count == 0 ? cwe.TextOf(2) : null);
        return concept.Coding.Count == 0 && concept.Text is null ? null : concept;
    }

    /// <summary>Every repetition of a repeating CWE field.</summary>
    public static IReadOnlyList<CodeableConcept> Concepts(Hl7Element field) => Repetitions.Read(field, Concept);

    /// <summary>
    /// A code from an HL7 table (ID or IS) as a CodeableConcept in that table's system; a value sent
    /// as a CWE with its own coding system (later versions make these fields CWE) keeps that system.
    /// </summary>
    public static CodeableConcept? TableConcept(Hl7Element element, string table)
    {
        var value = element.FirstRepetition();
        if (value.TextOf(3) is not null)
        {
            return Concept(value);
        }

        return value.TextOf(1) is { } code ? new CodeableConcept(CodingSystems.V2(table), code, value.TextOf(2)) : null;
    }

    private static void AddCoding(CodeableConcept concept, Hl7Element cwe, int code, int version)
    {
        if (cwe.TextOf(code) is not { } value)
        {
            return;
        }

        concept.Coding.Add(new Coding
        {
            System = cwe.TextOf(code + 2) is { } name ? CodingSystems.UriOf(name) : null,
            Version = cwe.TextOf(version),
            Code = value,
            Display = cwe.TextOf(code + 1),
        });
    }
}
