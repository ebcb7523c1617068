using System.Collections.Frozen;

namespace Adapter.Fhir.Vocabulary;

/// <summary>
/// HL7 table 0396 (coding system names sent in CWE-3, CWE-6, CWE-12) to the URIs FHIR uses, as the
/// V2-to-FHIR coding-system ConceptMap gives them, and back. HL7 tables (<c>HL70078</c>) become
/// <c>http://terminology.hl7.org/CodeSystem/v2-0078</c>.
/// </summary>
internal static class CodingSystems
{
    public const string Loinc = "http://loinc.org";
    public const string Snomed = "http://snomed.info/sct";
    public const string Ucum = "http://unitsofmeasure.org";

    /// <summary>The prefix of systems for names table 0396 does not define (local names such as <c>L</c> or <c>99LAB</c>).</summary>
    public const string LocalPrefix = "urn:adapter:codesystem:";

    private const string V2Table = "http://terminology.hl7.org/CodeSystem/v2-";

    private static readonly FrozenDictionary<string, string> ByName = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["LN"] = Loinc,
        ["SCT"] = Snomed,
        ["SNOMED"] = Snomed,
        ["SNOMED-CT"] = Snomed,
        ["UCUM"] = Ucum,
        ["I10"] = "http://hl7.org/fhir/sid/icd-10",
        ["I10C"] = "http://hl7.org/fhir/sid/icd-10-cm",
        ["ICD10CM"] = "http://hl7.org/fhir/sid/icd-10-cm",
        ["I10P"] = "http://www.cms.gov/Medicare/Coding/ICD10",
        ["I9C"] = "http://hl7.org/fhir/sid/icd-9-cm",
        ["C4"] = "http://www.ama-assn.org/go/cpt",
        ["C5"] = "http://www.ama-assn.org/go/cpt",
        ["CPT"] = "http://www.ama-assn.org/go/cpt",
        ["CVX"] = "http://hl7.org/fhir/sid/cvx",
        ["NDC"] = "http://hl7.org/fhir/sid/ndc",
        ["RXNORM"] = "http://www.nlm.nih.gov/research/umls/rxnorm",
        ["NPI"] = "http://hl7.org/fhir/sid/us-npi",
        ["CDCREC"] = "urn:oid:2.16.840.1.113883.6.238",
        ["DCM"] = "http://dicom.nema.org/resources/ontology/DCM",
        ["HCPCS"] = "http://terminology.hl7.org/CodeSystem/HCPCS",
        ["ISO3166_1"] = "urn:iso:std:iso:3166",
        ["ISO+"] = "urn:oid:2.16.840.1.113883.6.9",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, string> ByUri = ByName
        .GroupBy(pair => pair.Value, StringComparer.Ordinal)
        .ToFrozenDictionary(group => group.Key, group => group.First().Key, StringComparer.Ordinal);

    /// <summary>The URI for a table 0396 name; a name the table lacks gets a stable local URI.</summary>
    public static string UriOf(string name)
    {
        if (ByName.TryGetValue(name, out var uri))
        {
            return uri;
        }

        if (name.Length == 7 && name.StartsWith("HL7", StringComparison.OrdinalIgnoreCase) && name.AsSpan(3).ContainsOnlyDigits())
        {
            return V2Table + name[3..];
        }

        return LocalPrefix + Uri.EscapeDataString(name);
    }

    /// <summary>The table 0396 name for a system URI, for writing CWE-3 back; null when there is none.</summary>
    public static string? NameOf(string? uri)
    {
        if (uri is null)
        {
            return null;
        }

        if (ByUri.TryGetValue(uri, out var name))
        {
            return name;
        }

        if (uri.StartsWith(V2Table, StringComparison.Ordinal))
        {
            return "HL7" + uri[V2Table.Length..];
        }

        return uri.StartsWith(LocalPrefix, StringComparison.Ordinal) ? Uri.UnescapeDataString(uri[LocalPrefix.Length..]) : null;
    }

    /// <summary>The URI of an HL7 table such as 0203: <c>http://terminology.hl7.org/CodeSystem/v2-0203</c>.</summary>
    public static string V2(string table) => V2Table + table;
}
