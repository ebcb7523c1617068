using Adapter.Mapping.Documents;
using Adapter.Mapping.Loading;
using Adapter.Mapping.Lookups;
using Adapter.Mapping.Model;

namespace Adapter.Mapping.Tests.Support;

/// <summary>
/// A small valid docus-labs mapping, the environment it needs, and a way to load a broken copy of
/// it as <c>m.yaml</c>. The trailing comments give each line's number, which the error positions
/// the tests assert refer to.
/// </summary>
internal static class DocusLabsMapping
{
    public const string File = "m.yaml";

    public const string Valid = """
        partner: acme-labs                                      # 1
        kind: docus-labs                                        # 2
        settings:                                               # 3
          submitLabResultsUrl: ${SUBMIT_URL}                    # 4
          generateInterpretationUrl: https://docus.example/gen  # 5
          reports: physicians                                   # 6
        auth:                                                   # 7
          apiKey: ${API_KEY}                                    # 8
          teamId: ${TEAM_ID}                                    # 9
          inboundApiKey: ${INBOUND_KEY}                         # 10
        accept:                                                 # 11
          - listener: lab-results                               # 12
            messageType: ORU^R01                                # 13
        operations:                                             # 14
          submitLabResults:                                     # 15
            fields:                                             # 16
              patient_id: "%patient.identifier.value.first()"   # 17
              reference_id: "%order.identifier.value.first()"   # 18
              physician_email: "v2('OBR-16.4')"                 # 19
              data: "'results'"                                 # 20
          generateInterpretation:                               # 21
            trigger: all-orders-final                           # 22
            fields:                                             # 23
              patient_id: "%patient.identifier.value.first()"   # 24
              reference_id: "%order.identifier.value.first()"   # 25

        """;

    public static IReadOnlyDictionary<string, string> Environment { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["SUBMIT_URL"] = "https://docus.example/submit",
        ["API_KEY"] = "key-1",
        ["TEAM_ID"] = "team-1",
        ["INBOUND_KEY"] = "inbound-1",
        ["NOT_A_URL"] = "docus.example/submit",
    };

    /// <summary>The valid mapping with <paramref name="text"/> (which must occur in it) replaced at its first occurrence.</summary>
    public static string With(string text, string replacement)
    {
        var index = Valid.IndexOf(text, StringComparison.Ordinal);
        if (index < 0)
        {
            throw new ArgumentException($"The mapping does not contain '{text}'.", nameof(text));
        }

        return string.Concat(Valid.AsSpan(0, index), replacement, Valid.AsSpan(index + text.Length));
    }

    public static MappingLoader Loader() => new(name => Environment.GetValueOrDefault(name));

    /// <summary>Loads <paramref name="yaml"/> as <c>m.yaml</c>.</summary>
    public static (PartnerMapping? Mapping, List<string> Errors) Load(string yaml, LookupTables? lookups = null)
    {
        var errors = new List<MappingError>();
        var mapping = Loader().LoadFile(File, yaml, lookups ?? LookupTables.Empty, errors);
        return (mapping, errors.Select(error => error.ToString()).ToList());
    }
}
