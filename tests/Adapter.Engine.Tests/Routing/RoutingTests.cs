using System.Text.Json.Nodes;
using Adapter.Engine.Journal;
using Adapter.Engine.Outbox;
using Adapter.Engine.Tests.Support;

namespace Adapter.Engine.Tests.Routing;

public sealed class RoutingTests
{
    [Fact]
    public async Task Route_LabResultForTwoPartners_PlansEachPartnersOperationsAndMarksTheMessageRouted()
    {
        // Arrange
        await using var harness = new OutboxHarness(("labs.yaml", TestMappings.DocusLabs), ("reports.yaml", TestMappings.Qubs));
        var id = await harness.AppendAsync(LabResults.Entry("C1", "VISIT-1"));

        // Act
        await harness.RouteAllAsync();

        // Assert
        Assert.Equal(MessageStatus.Routed, await harness.StatusOfAsync(id));
        var routes = await harness.RoutesAsync(id);
        Assert.Equal([("labs", RouteStatus.Planned), ("reports", RouteStatus.Planned)], routes.Select(route => (route.Partner, route.Status)));
        var operations = await harness.OperationsAsync(id);
        // The interpretation was released (every order final) after everything else was queued, so it runs last.
        Assert.Equal(
            [("labs", "submitLabResults", OperationStatus.Pending), ("reports", "submitReport", OperationStatus.Pending), ("labs", "generateInterpretation", OperationStatus.Pending)],
            operations.Select(operation => (operation.Partner, operation.Operation, operation.Status)));
        Assert.All(operations, operation => Assert.Equal("VISIT-1", operation.OrderingKey));
    }

    [Fact]
    public async Task Route_SameMessageRoutedTwice_KeepsOneOperationPerIdempotencyKey()
    {
        // Arrange
        await using var harness = new OutboxHarness(("reports.yaml", TestMappings.Qubs));
        var id = await harness.AppendAsync(LabResults.Entry("C1", "APPT-7"));
        await harness.RouteAllAsync();
        var first = await harness.OperationsAsync(id);

        // Act: a replay sends the message through routing again.
        Assert.Equal(ReplayOutcome.Replayed, await harness.Store.ReplayAsync(new ReplayRequest(id, null, Force: false), harness.Time.GetUtcNow(), CancellationToken.None));
        await harness.RouteAllAsync();

        // Assert
        var second = await harness.OperationsAsync(id);
        Assert.Single(second);
        Assert.Equal(first[0].IdempotencyKey, second[0].IdempotencyKey);
        Assert.Equal(first[0].Id, second[0].Id);
    }

    [Fact]
    public async Task Route_RequiredFieldEmpty_FailsThePartnerWithTheProblemAndPlansNothingForIt()
    {
        // Arrange: reports: patients makes patient_email required.
        await using var harness = new OutboxHarness(("labs.yaml", TestMappings.DocusLabs), ("reports.yaml", TestMappings.Qubs));
        var id = await harness.AppendAsync(LabResults.Entry("C1", "VISIT-1", email: null));

        // Act
        await harness.RouteAllAsync();

        // Assert
        Assert.Equal(MessageStatus.Failed, await harness.StatusOfAsync(id));
        var labs = Assert.Single(await harness.RoutesAsync(id), route => route.Partner == "labs");
        Assert.Equal(RouteStatus.Failed, labs.Status);
        Assert.Contains("patient_email is required", labs.Detail, StringComparison.Ordinal);
        Assert.Equal(["reports"], (await harness.OperationsAsync(id)).Select(operation => operation.Partner));
    }

    [Fact]
    public async Task Route_MessageFromAListenerNoPartnerTakes_IsUnroutedWithEachRefusal()
    {
        // Arrange
        await using var harness = new OutboxHarness(("reports.yaml", TestMappings.Qubs));
        var id = await harness.AppendAsync(LabResults.Entry("C1", "APPT-7", source: "adt-in"));

        // Act
        await harness.RouteAllAsync();

        // Assert
        Assert.Equal(MessageStatus.Unrouted, await harness.StatusOfAsync(id));
        var route = Assert.Single(await harness.RoutesAsync(id));
        Assert.Equal(RouteStatus.NotAccepted, route.Status);
        Assert.Contains("listener lab-results, not adt-in", route.Detail, StringComparison.Ordinal);
        Assert.Empty(await harness.OperationsAsync(id));
    }

    [Fact]
    public async Task Route_PreliminaryThenFinal_InterpretationWaitsUntilEveryOrderOfTheVisitIsFinal()
    {
        // Arrange
        await using var harness = new OutboxHarness(("labs.yaml", TestMappings.DocusLabs));
        var preliminary = await harness.AppendAsync(LabResults.Entry("C1", "VISIT-1", status: "P"));
        await harness.RouteAllAsync();
        var waiting = Assert.Single(await harness.OperationsAsync(preliminary), operation => operation.Operation == "generateInterpretation");

        // Act
        var final = await harness.AppendAsync(LabResults.Entry("C2", "VISIT-1", status: "F"));
        await harness.RouteAllAsync();

        // Assert: one interpretation for the visit, planned by the first message, released by the second.
        Assert.Equal(OperationStatus.Waiting, waiting.Status);
        var released = Assert.Single(await harness.OperationsAsync(preliminary), operation => operation.Operation == "generateInterpretation");
        Assert.Equal(OperationStatus.Pending, released.Status);
        Assert.DoesNotContain(await harness.OperationsAsync(final), operation => operation.Operation == "generateInterpretation");
        Assert.Equal(2, (await harness.OperationsAsync(final)).Count + (await harness.OperationsAsync(preliminary)).Count(operation => operation.Operation == "submitLabResults"));
    }

    [Fact]
    public async Task Route_PartnerWhoseKindHasNoConnector_FailsItSayingSoAndPlansTheOthers()
    {
        // Arrange
        await using var harness = new OutboxHarness(("labs.yaml", TestMappings.DocusLabs), ("reports.yaml", TestMappings.Qubs));
        await harness.AppendAsync(LabResults.Entry("C1", "VISIT-1"));
        var message = (await harness.Store.ListUnroutedAsync(1, CancellationToken.None)).Single();
        var router = new Adapter.Engine.Routing.MessageRouter(new Adapter.Fhir.Conversion.V2ToFhirConverter(), harness.Time, new HashSet<string>(["qubs"]));

        // Act
        var decision = router.Route(message, harness.Catalog.Current);

        // Assert
        var labs = Assert.Single(decision.Routes, route => route.Partner == "labs");
        Assert.Equal(RouteStatus.Failed, labs.Status);
        Assert.Contains("no connector for kind docus-labs", labs.Detail, StringComparison.Ordinal);
        Assert.Equal(["reports"], decision.Operations.Select(operation => operation.Partner));
    }
}
