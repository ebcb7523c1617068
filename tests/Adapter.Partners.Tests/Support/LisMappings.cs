using Adapter.Mapping.Loading;
using Adapter.Mapping.Model;

namespace Adapter.Partners.Tests.Support;

/// <summary>
/// A <c>lis</c> partner mapping written the way analysts write it, loaded from a mappings folder by
/// the real <see cref="MappingLoader"/> with the environment its <c>${...}</c> names.
/// </summary>
internal static class LisMappings
{
    public const string ApiKey = "lis-test-key";

    /// <summary>Loads the mapping with <paramref name="baseUrl"/>, and the <c>apiKeyHeader</c> setting only when given.</summary>
    public static PartnerMapping Load(Uri baseUrl, string? apiKeyHeader = null)
    {
        var environment = new Dictionary<string, string>
        {
            ["LIS_URL"] = baseUrl.ToString(),
            ["LIS_CLIENT_ID"] = "client-1",
            ["LIS_LOCATION_ID"] = "location-1",
            ["LIS_API_KEY"] = ApiKey,
        };
        using var directory = new TempDirectory();
        File.WriteAllText(directory.File("lis.yaml"), Yaml(apiKeyHeader));
        var loaded = new MappingLoader(name => environment.GetValueOrDefault(name)).Load(directory.Path);
        if (loaded.Errors.Count > 0)
        {
            throw new InvalidOperationException(string.Join(Environment.NewLine, loaded.Errors));
        }

        return loaded.Partners.Single();
    }

    private static string Yaml(string? apiKeyHeader) => $$"""
        partner: lis
        kind: lis
        settings:
          baseUrl: ${LIS_URL}
          clientId: ${LIS_CLIENT_ID}
          locationId: ${LIS_LOCATION_ID}
        {{(apiKeyHeader is null ? string.Empty : $"  apiKeyHeader: {apiKeyHeader}")}}
        auth:
          apiKey: ${LIS_API_KEY}
        accept:
          - listener: adt
            messageType: [ADT^A01, ADT^A04, ADT^A08]
        operations:
          createPatient:
            method: POST
            path: /patients
            fields:
              externalPatientID: "%patient.identifier.where(type.coding.code = 'MR').value.first()"
          updatePatient:
            method: PUT
            path: /patients
            fields:
              externalPatientID: "%patient.identifier.where(type.coding.code = 'MR').value.first()"
        responses:
          created:
            id: data.id
        """;
}
