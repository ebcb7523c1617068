using System.Net;
using Adapter.Host.Tests.Support;
using Serilog.Events;

namespace Adapter.Host.Tests.Outbound;

/// <summary>Readiness fails while a mapping returns HL7 to a destination the service does not know, and passes once it is configured.</summary>
public sealed class ReturnDestinationsHealthTests : IDisposable
{
    private const string Prefix = "ADAPTER_HOST_TESTS_RETURN_";

    private const string Mapping = """
        partner: acme-labs
        kind: docus-labs
        settings:
          submitLabResultsUrl: https://docus.example/submit
          generateInterpretationUrl: https://docus.example/interpret
          reports: patients
        auth:
          apiKey: ${ADAPTER_HOST_TESTS_RETURN_KEY}
          teamId: ${ADAPTER_HOST_TESTS_RETURN_TEAM}
          inboundApiKey: ${ADAPTER_HOST_TESTS_RETURN_INBOUND}
        accept:
          - listener: default
        operations:
          submitLabResults:
            fields:
              patient_id: "%patient.identifier.value.first()"
              reference_id: "%order.identifier.value.first()"
              patient_email: "'patient@example.org'"
              data: "%observations.displayAll('\n')"
        return:
          hl7:
            destination: emr
            messageType: ORU^R01
            layout: rp-links
        """;

    private readonly DocusMappingFolder _mappings = new(Prefix, Mapping);


    [Fact]
    public async Task Ready_MappingReturnsToAnUnconfiguredDestination_IsUnavailableNamingIt()
    {
        // Arrange
        await using var adapter = await RunningAdapter.StartAsync([$"--Mappings:Directory={_mappings.Path}"], LogEventLevel.Information);

        // Act
        using var response = await adapter.Http.GetAsync(new Uri("/health/ready", UriKind.Relative));

        // Assert
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        using var report = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var check = report.RootElement.GetProperty("checks").EnumerateArray().Single(entry => entry.GetProperty("name").GetString() == "return-destinations");
        Assert.Contains("acme-labs returns HL7 to 'emr'", check.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ready_DestinationConfigured_IsReady()
    {
        // Arrange
        await using var adapter = await RunningAdapter.StartAsync(
            [$"--Mappings:Directory={_mappings.Path}", "--Outbound:Destinations:emr:Host=127.0.0.1", "--Outbound:Destinations:emr:Port=9"],
            LogEventLevel.Information);

        // Act
        using var response = await adapter.Http.GetAsync(new Uri("/health/ready", UriKind.Relative));

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public void Dispose() => _mappings.Dispose();
}
