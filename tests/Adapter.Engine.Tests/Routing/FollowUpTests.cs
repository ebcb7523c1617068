using Adapter.Engine.Outbox;
using Adapter.Engine.Tests.Support;

namespace Adapter.Engine.Tests.Routing;

public sealed class FollowUpTests
{
    private const string QuietComment = TestMappings.Qubs + """

          createComment:
            trigger: quiet-period
            quietPeriod: 10m
            pathParameters:
              appointmentId: "%order.identifier.where(type.coding.code = 'PLAC').value.first()"
            fields:
              commentText: "'Results complete.'"
        """;

    private const string RepeatedInterpretation = """
        partner: labs
        kind: docus-labs
        settings:
          submitLabResultsUrl: ${LABS_SUBMIT_URL}
          generateInterpretationUrl: ${LABS_INTERPRET_URL}
          reports: patients
        auth:
          apiKey: ${LABS_API_KEY}
          teamId: ${LABS_TEAM_ID}
          inboundApiKey: ${LABS_INBOUND_KEY}
        accept:
          - listener: lab-results
        operations:
          generateInterpretation:
            trigger: all-orders-final
            repeatOnCorrection: true
            fields:
              patient_id: "%patient.identifier.where(type.coding.code = 'MR').value.first()"
              reference_id: "%order.identifier.where(type.coding.code = 'PLAC').value.first()"
        """;

    [Fact]
    public async Task Route_SecondMessageWithinTheQuietPeriod_MovesTheOneFollowUpToAfterIt()
    {
        // Arrange
        await using var harness = new OutboxHarness(("reports.yaml", QuietComment));
        var first = await harness.AppendAsync(LabResults.Entry("C1", "APPT-1"));
        await harness.RouteAllAsync();
        harness.Time.Advance(TimeSpan.FromMinutes(5));

        // Act
        var second = await harness.AppendAsync(LabResults.Entry("C2", "APPT-1"));
        await harness.RouteAllAsync();

        // Assert: one comment for the appointment, due ten minutes after the last message.
        var comment = Assert.Single(await harness.OperationsAsync(first), operation => operation.Operation == "createComment");
        Assert.DoesNotContain(await harness.OperationsAsync(second), operation => operation.Operation == "createComment");
        Assert.Equal(harness.Time.GetUtcNow().AddMinutes(10), comment.DueAt);
        Assert.Equal(("quiet-period", OperationStatus.Pending), (comment.Trigger, comment.Status));
    }

    [Fact]
    public async Task Route_FinalResultsSentAgain_DoNotPlanASecondInterpretation()
    {
        // Arrange
        await using var harness = new OutboxHarness(("labs.yaml", RepeatedInterpretation));
        var first = await harness.AppendAsync(LabResults.Entry("C1", "VISIT-1"));
        await harness.RouteAllAsync();

        // Act: another final message for the same visit (not a correction).
        var second = await harness.AppendAsync(LabResults.Entry("C2", "VISIT-1"));
        await harness.RouteAllAsync();

        // Assert
        Assert.Single(await harness.OperationsAsync(first));
        Assert.Empty(await harness.OperationsAsync(second));
    }

    [Fact]
    public async Task Route_CorrectedResultsWhenTheMappingAsks_PlanAnotherInterpretation()
    {
        // Arrange
        await using var harness = new OutboxHarness(("labs.yaml", RepeatedInterpretation));
        var first = await harness.AppendAsync(LabResults.Entry("C1", "VISIT-1"));
        await harness.RouteAllAsync();

        // Act: OBR-25 C, a correction.
        var corrected = await harness.AppendAsync(LabResults.Entry("C2", "VISIT-1", status: "C"));
        await harness.RouteAllAsync();

        // Assert
        var original = Assert.Single(await harness.OperationsAsync(first));
        var again = Assert.Single(await harness.OperationsAsync(corrected));
        Assert.NotEqual(original.IdempotencyKey, again.IdempotencyKey);
        Assert.Equal(OperationStatus.Pending, again.Status);
    }
}
