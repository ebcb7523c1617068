using Adapter.Engine.Journal;
using Adapter.Engine.Outbox;
using Adapter.Engine.Tests.Support;

namespace Adapter.Engine.Tests.Outbox;

/// <summary>A replay racing with calls in flight and with the router: nothing it asks for is lost, nothing runs twice at once.</summary>
public sealed class ReplayRaceTests
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task Complete_AnotherPartnersCallEndsAfterAReplay_LeavesTheMessageToTheRouter()
    {
        // Arrange: reports2 fails to plan (no appointment id), reports has a call... which ends before the router looks.
        var broken = TestMappings.Qubs.Replace("partner: reports", "partner: reports2").Replace("type.coding.code = 'PLAC'", "type.coding.code = 'NONE'");
        await using var harness = new OutboxHarness(("reports.yaml", TestMappings.Qubs), ("reports2.yaml", broken));
        var id = await harness.AppendAsync(LabResults.Entry("C1", "APPT-1"));
        await harness.RouteAllAsync();
        var claimed = (await harness.Store.ClaimAsync("worker", ["reports"], 8, harness.Time.GetUtcNow(), Lease, CancellationToken.None)).Single();
        await harness.Store.CompleteAsync(new OperationCompletion(claimed.Id, "worker", OperationStatus.Pending, harness.Time.GetUtcNow(), harness.Time.GetUtcNow(), 503, "down", null, "retry"), CancellationToken.None);
        await harness.Store.ReplayAsync(new ReplayRequest(id, "reports2", Force: false), harness.Time.GetUtcNow(), CancellationToken.None);
        var again = (await harness.Store.ClaimAsync("worker", ["reports"], 8, harness.Time.GetUtcNow(), Lease, CancellationToken.None)).Single();

        // Act
        await harness.Store.CompleteAsync(new OperationCompletion(again.Id, "worker", OperationStatus.Succeeded, harness.Time.GetUtcNow(), null, 201, null, null, "done"), CancellationToken.None);

        // Assert
        Assert.Equal(MessageStatus.Received, await harness.StatusOfAsync(id));
        Assert.Single(await harness.Store.ListUnroutedAsync(10, CancellationToken.None));
    }

    [Fact]
    public async Task CompleteRouting_ReplayedAgainAfterTheRouterReadIt_IsNotStoredAndEveryPartnerIsRoutedNext()
    {
        // Arrange
        await using var harness = new OutboxHarness(("reports.yaml", TestMappings.Qubs), ("reports2.yaml", TestMappings.Qubs.Replace("partner: reports", "partner: reports2")));
        var id = await harness.AppendAsync(LabResults.Entry("C1", "APPT-1"));
        await harness.RouteAllAsync();
        await harness.Store.ReplayAsync(new ReplayRequest(id, "reports", Force: false), harness.Time.GetUtcNow(), CancellationToken.None);
        var stale = (await harness.Store.ListUnroutedAsync(10, CancellationToken.None)).Single();
        await harness.Store.ReplayAsync(new ReplayRequest(id, null, Force: false), harness.Time.GetUtcNow(), CancellationToken.None);

        // Act
        await harness.Router.RouteAsync(stale, CancellationToken.None);
        var afterStale = await harness.RoutesAsync(id);
        await harness.RouteAllAsync();

        // Assert
        Assert.Empty(afterStale);
        Assert.Equal(["reports", "reports2"], (await harness.RoutesAsync(id)).Select(route => route.Partner));
    }

    [Fact]
    public async Task Replay_WhileACallOfTheMessageRuns_IsRefusedAsInFlight()
    {
        // Arrange
        await using var harness = new OutboxHarness(("reports.yaml", TestMappings.Qubs));
        var id = await harness.AppendAsync(LabResults.Entry("C1", "APPT-1"));
        await harness.RouteAllAsync();
        await harness.Store.ClaimAsync("worker", ["reports"], 8, harness.Time.GetUtcNow(), Lease, CancellationToken.None);
        await harness.Store.CancelAsync(id, harness.Time.GetUtcNow(), CancellationToken.None);

        // Act
        var outcome = await harness.Store.ReplayAsync(new ReplayRequest(id, null, Force: false), harness.Time.GetUtcNow(), CancellationToken.None);

        // Assert
        Assert.Equal(ReplayOutcome.InFlight, outcome);
        Assert.Equal(MessageStatus.Cancelled, await harness.StatusOfAsync(id));
    }
}
