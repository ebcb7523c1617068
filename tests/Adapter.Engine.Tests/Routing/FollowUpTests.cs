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

    private const string InterpretationPerVisit = """
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
            forEach: "%orders"
            fields:
              patient_id: "%patient.identifier.where(type.coding.code = 'MR').value.first()"
              reference_id: "%item.identifier.where(type.coding.code = 'PLAC').value.first()"
        """;

    [Fact]
    public async Task Route_TwoVisitsInOneMessageThenTheOpenOneFinal_ReleasesEachVisitsInterpretation()
    {
        // Arrange: V1 final and V2 preliminary in one message.
        await using var harness = new OutboxHarness(("labs.yaml", InterpretationPerVisit));
        var first = await harness.AppendAsync(TwoVisits("C1", ("V1", "F"), ("V2", "P")));
        await harness.RouteAllAsync();
        var afterFirst = await harness.OperationsAsync(first);

        // Act: V2 alone, final.
        await harness.AppendAsync(TwoVisits("C2", ("V2", "F")));
        await harness.RouteAllAsync();

        // Assert
        Assert.Equal([("V1", OperationStatus.Pending), ("V2", OperationStatus.Waiting)], afterFirst.Select(operation => (operation.OrderingKey, operation.Status)).Order());
        Assert.All(await harness.OperationsAsync(first), operation => Assert.Equal(OperationStatus.Pending, operation.Status));
    }

    [Fact]
    public async Task Claim_TwoFollowUpsOfOneVisitReleasedTogether_RunsThemOneAtATime()
    {
        // Arrange: a preliminary result leaves the interpretation waiting; a correction plans another; both are released together.
        await using var harness = new OutboxHarness(("labs.yaml", RepeatedInterpretation));
        await harness.AppendAsync(LabResults.Entry("C1", "VISIT-1", status: "P"));
        await harness.RouteAllAsync();
        await harness.AppendAsync(LabResults.Entry("C2", "VISIT-1", status: "C"));
        await harness.RouteAllAsync();

        // Act
        var claimed = await harness.Store.ClaimAsync("worker", ["labs"], 8, harness.Time.GetUtcNow(), TimeSpan.FromMinutes(5), CancellationToken.None);

        // Assert
        Assert.Single(claimed);
    }

    private static Adapter.Engine.Journal.JournalEntry TwoVisits(string controlId, params (string Placer, string Status)[] visits)
    {
        var segments = string.Concat(visits.Select((visit, index) =>
            $"ORC|RE|{visit.Placer}^EHR\r" +
            $"OBR|{index + 1}|{visit.Placer}^EHR|F-{visit.Placer}^LIS|24323-8^Comprehensive metabolic panel^LN|||20261120083000|||||||||||||||20261120141200||CH|{visit.Status}\r" +
            $"OBX|1|NM|2345-7^Glucose^LN||105|mg/dL|||||{visit.Status}\r"));
        var er7 = $"MSH|^~\\&|LAB|FAC|ADAPTER|HOSP|20261120141530||ORU^R01^ORU_R01|{controlId}|P|2.5.1\rPID|1||100234567^^^HOSP^MR||TESTPATIENT^ALPHA||19780412|F\r" + segments;
        return LabResults.Entry(controlId, visits[0].Placer) with { Raw = System.Text.Encoding.UTF8.GetBytes(er7) };
    }

    [Fact]
    public async Task Claim_ResultsOfTheVisitDeadLettered_HoldsTheInterpretationUntilTheyAreReplayed()
    {
        // Arrange
        await using var harness = new OutboxHarness(("labs.yaml", TestMappings.DocusLabs));
        var id = await harness.AppendAsync(LabResults.Entry("C1", "VISIT-1"));
        await harness.RouteAllAsync();
        var submit = Assert.Single(await ClaimAsync(harness));
        await harness.Store.CompleteAsync(new OperationCompletion(submit.Id, "worker", OperationStatus.DeadLettered, harness.Time.GetUtcNow(), null, 400, "refused", null, "refused"), CancellationToken.None);

        // Act
        var whileDeadLettered = await ClaimAsync(harness);
        await harness.Store.ReplayAsync(new ReplayRequest(id, null, Force: false), harness.Time.GetUtcNow(), CancellationToken.None);
        await harness.RouteAllAsync();
        var afterReplay = await ClaimAsync(harness);

        // Assert: the interpretation waits, and after the replay the results go first.
        Assert.Equal("submitLabResults", submit.Operation);
        Assert.Empty(whileDeadLettered);
        Assert.Equal(["submitLabResults"], afterReplay.Select(operation => operation.Operation));
    }

    [Fact]
    public async Task Route_FirstMessageOfAVisitCancelled_TheNextMessagePlansTheInterpretationAgain()
    {
        // Arrange
        await using var harness = new OutboxHarness(("labs.yaml", TestMappings.DocusLabs));
        var first = await harness.AppendAsync(LabResults.Entry("C1", "VISIT-1", status: "P"));
        await harness.RouteAllAsync();
        await harness.Store.CancelAsync(first, harness.Time.GetUtcNow(), CancellationToken.None);

        // Act
        var second = await harness.AppendAsync(LabResults.Entry("C2", "VISIT-1", status: "F"));
        await harness.RouteAllAsync();

        // Assert
        Assert.DoesNotContain(await harness.OperationsAsync(first), operation => operation.Operation == "generateInterpretation");
        var interpretation = Assert.Single(await harness.OperationsAsync(second), operation => operation.Operation == "generateInterpretation");
        Assert.Equal(OperationStatus.Pending, interpretation.Status);
    }

    private static Task<IReadOnlyList<ClaimedOperation>> ClaimAsync(OutboxHarness harness) =>
        harness.Store.ClaimAsync("worker", ["labs"], 8, harness.Time.GetUtcNow(), TimeSpan.FromMinutes(5), CancellationToken.None);
}
