using Adapter.Engine.Routing;
using Adapter.Engine.Tests.Support;
using Adapter.Hl7v2.Validation;

namespace Adapter.Engine.Tests.Routing;

/// <summary>Where an ERR points for a partner field: the v2 path it reads, else the IG's segment and field for its element, else its variable's segment.</summary>
public sealed class ProblemLocationsTests
{
    private const string WithV2Path = """
        partner: labs
        kind: docus-labs
        settings:
          submitLabResultsUrl: ${LABS_SUBMIT_URL}
          generateInterpretationUrl: ${LABS_INTERPRET_URL}
          reports: physicians
        auth:
          apiKey: ${LABS_API_KEY}
          teamId: ${LABS_TEAM_ID}
          inboundApiKey: ${LABS_INBOUND_KEY}
        accept:
          - listener: lab-results
        operations:
          submitLabResults:
            fields:
              patient_id: "%patient.identifier.value.first()"
              reference_id: "%order.identifier.value.first()"
              physician_email: "coalesce(v2('ORC-14.4'), v2('OBR-17.4'))"
              data: "%observations.displayAll('\n')"
        """;

    [Theory]
    [InlineData("physician_email", "ORC", 14)]
    [InlineData("patient_id", "PID", 3)]
    [InlineData("reference_id", "ORC", 2)]
    [InlineData("data", "OBX", null)]
    [InlineData("patient_email", "MSH", null)]
    public async Task For_PartnerField_PointsWhereItsValueComesFrom(string field, string segment, int? number)
    {
        // Arrange
        await using var harness = new OutboxHarness(("labs.yaml", WithV2Path));
        var operation = harness.Catalog.Current.Find("labs")!.Operations.Single(candidate => candidate.Name == "submitLabResults");

        // Act
        var location = ProblemLocations.For(operation, field);

        // Assert
        Assert.Equal(new Hl7Location(segment, 1, number), location);
    }
}
