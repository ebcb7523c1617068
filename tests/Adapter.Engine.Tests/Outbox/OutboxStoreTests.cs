using Adapter.Engine.Journal;
using Adapter.Engine.Outbox;
using Adapter.Engine.Tests.Support;

namespace Adapter.Engine.Tests.Outbox;

public sealed class OutboxStoreTests
{
    private const string Owner = "worker-a";
    private static readonly string[] Reports = ["reports"];
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task Claim_TwoMessagesForOneAppointment_ClaimsOnlyTheFirstUntilItIsDone()
    {
        // Arrange
        await using var harness = new OutboxHarness(("reports.yaml", TestMappings.Qubs));
        var first = await harness.AppendAsync(LabResults.Entry("C1", "APPT-1"));
        var second = await harness.AppendAsync(LabResults.Entry("C2", "APPT-1"));
        await harness.RouteAllAsync();

        // Act
        var claimed = await ClaimAsync(harness);
        var whileRunning = await ClaimAsync(harness, owner: "worker-b");
        await CompleteAsync(harness, claimed[0], OperationStatus.Succeeded);
        var afterwards = await ClaimAsync(harness);

        // Assert
        Assert.Equal(first, Assert.Single(claimed).MessageId);
        Assert.Empty(whileRunning);
        Assert.Equal(second, Assert.Single(afterwards).MessageId);
    }

    [Fact]
    public async Task Claim_HeadOfOneKeyWaitingForRetry_HoldsItsKeyButNotAnother()
    {
        // Arrange
        await using var harness = new OutboxHarness(("reports.yaml", TestMappings.Qubs));
        await harness.AppendAsync(LabResults.Entry("C1", "APPT-1"));
        await harness.AppendAsync(LabResults.Entry("C2", "APPT-1"));
        var other = await harness.AppendAsync(LabResults.Entry("C3", "APPT-2"));
        await harness.RouteAllAsync();
        var head = (await ClaimAsync(harness, limit: 1)).Single();

        // Act: the head fails for a passing reason and is due again in a minute.
        await CompleteAsync(harness, head, OperationStatus.Pending, retryAt: harness.Time.GetUtcNow().AddMinutes(1));
        var claimed = await ClaimAsync(harness);

        // Assert
        Assert.Equal(other, Assert.Single(claimed).MessageId);
        Assert.Equal(OperationStatus.Pending, (await harness.OperationsAsync(head.MessageId)).Single().Status);
    }

    [Fact]
    public async Task Claim_AfterTheLeaseExpires_AnotherWorkerTakesItAndTheFirstCannotRecord()
    {
        // Arrange
        await using var harness = new OutboxHarness(("reports.yaml", TestMappings.Qubs));
        await harness.AppendAsync(LabResults.Entry("C1", "APPT-1"));
        await harness.RouteAllAsync();
        var stalled = (await ClaimAsync(harness)).Single();

        // Act
        harness.Time.Advance(Lease + TimeSpan.FromSeconds(1));
        var retaken = (await ClaimAsync(harness, owner: "worker-b")).Single();
        var lateRecord = await CompleteAsync(harness, stalled, OperationStatus.DeadLettered);
        var ownRecord = await CompleteAsync(harness, retaken, OperationStatus.Succeeded, owner: "worker-b");

        // Assert: the second claim counts as the second attempt.
        Assert.Equal(stalled.Id, retaken.Id);
        Assert.Equal(2, retaken.Attempt);
        Assert.False(lateRecord);
        Assert.True(ownRecord);
        Assert.Equal(OperationStatus.Succeeded, (await harness.OperationsAsync(stalled.MessageId)).Single().Status);
    }

    [Fact]
    public async Task ReleaseAllLeases_ClaimedByAProcessThatDied_MakesThemClaimableAtOnce()
    {
        // Arrange
        await using var harness = new OutboxHarness(("reports.yaml", TestMappings.Qubs));
        await harness.AppendAsync(LabResults.Entry("C1", "APPT-1"));
        await harness.RouteAllAsync();
        await ClaimAsync(harness, owner: "dead-process");

        // Act
        var released = await harness.Store.ReleaseAllLeasesAsync(CancellationToken.None);
        var claimed = await ClaimAsync(harness);

        // Assert
        Assert.Equal(1, released);
        Assert.Equal(2, Assert.Single(claimed).Attempt);
    }

    [Fact]
    public async Task Complete_DeadLettered_MarksTheMessageFailedWithTheReasonKept()
    {
        // Arrange
        await using var harness = new OutboxHarness(("reports.yaml", TestMappings.Qubs));
        var id = await harness.AppendAsync(LabResults.Entry("C1", "APPT-1"));
        await harness.RouteAllAsync();
        var claimed = (await ClaimAsync(harness)).Single();

        // Act
        await CompleteAsync(harness, claimed, OperationStatus.DeadLettered, statusCode: 400, error: "400 Bad Request: reportText is empty.");

        // Assert
        Assert.Equal(MessageStatus.Failed, await harness.StatusOfAsync(id));
        var operation = (await harness.OperationsAsync(id)).Single();
        Assert.Equal((OperationStatus.DeadLettered, 400, "400 Bad Request: reportText is empty."), (operation.Status, operation.LastStatusCode, operation.LastError));
        Assert.NotNull(operation.CompletedAt);
        Assert.Contains((await harness.FindAsync(id)).Events, entry => entry.Kind == "delivery" && entry.Detail == "recorded");
    }

    [Fact]
    public async Task Complete_LastOperationSucceeded_MarksTheMessageDelivered()
    {
        // Arrange
        await using var harness = new OutboxHarness(("reports.yaml", TestMappings.Qubs));
        var id = await harness.AppendAsync(LabResults.Entry("C1", "APPT-1"));
        await harness.RouteAllAsync();

        // Act
        await CompleteAsync(harness, (await ClaimAsync(harness)).Single(), OperationStatus.Succeeded);

        // Assert
        Assert.Equal(MessageStatus.Delivered, await harness.StatusOfAsync(id));
    }

    [Fact]
    public async Task Complete_NotAttempted_GivesTheAttemptBack()
    {
        // Arrange
        await using var harness = new OutboxHarness(("reports.yaml", TestMappings.Qubs));
        var id = await harness.AppendAsync(LabResults.Entry("C1", "APPT-1"));
        await harness.RouteAllAsync();
        var claimed = (await ClaimAsync(harness)).Single();

        // Act
        var completion = new OperationCompletion(claimed.Id, Owner, OperationStatus.Pending, harness.Time.GetUtcNow(), harness.Time.GetUtcNow().AddSeconds(30), null, "circuit open", null, "held")
        {
            NotAttempted = true,
        };
        await harness.Store.CompleteAsync(completion, CancellationToken.None);

        // Assert
        Assert.Equal(0, (await harness.OperationsAsync(id)).Single().Attempts);
    }

    [Fact]
    public async Task Replay_DeadLetteredOperation_PlansItAgainUnderTheSameKey()
    {
        // Arrange
        await using var harness = new OutboxHarness(("reports.yaml", TestMappings.Qubs));
        var id = await harness.AppendAsync(LabResults.Entry("C1", "APPT-1"));
        await harness.RouteAllAsync();
        var claimed = (await ClaimAsync(harness)).Single();
        await CompleteAsync(harness, claimed, OperationStatus.DeadLettered, error: "refused");

        // Act
        var replayed = await harness.Store.ReplayAsync(new ReplayRequest(id, "reports", Force: false), harness.Time.GetUtcNow(), CancellationToken.None);
        var statusBeforeRouting = await harness.StatusOfAsync(id);
        await harness.RouteAllAsync();

        // Assert
        Assert.Equal(ReplayOutcome.Replayed, replayed);
        Assert.Equal(MessageStatus.Received, statusBeforeRouting);
        Assert.Equal(MessageStatus.Routed, await harness.StatusOfAsync(id));
        var operation = (await harness.OperationsAsync(id)).Single();
        Assert.Equal((claimed.IdempotencyKey, OperationStatus.Pending, 0), (operation.IdempotencyKey, operation.Status, operation.Attempts));
    }

    [Fact]
    public async Task Replay_SucceededOperationWithoutForce_IsNotPlannedAgain()
    {
        // Arrange
        await using var harness = new OutboxHarness(("reports.yaml", TestMappings.Qubs));
        var id = await harness.AppendAsync(LabResults.Entry("C1", "APPT-1"));
        await harness.RouteAllAsync();
        await CompleteAsync(harness, (await ClaimAsync(harness)).Single(), OperationStatus.Succeeded);

        // Act
        await harness.Store.ReplayAsync(new ReplayRequest(id, null, Force: false), harness.Time.GetUtcNow(), CancellationToken.None);
        await harness.RouteAllAsync();

        // Assert
        Assert.Equal(OperationStatus.Succeeded, (await harness.OperationsAsync(id)).Single().Status);
        Assert.Equal(MessageStatus.Delivered, await harness.StatusOfAsync(id));
        Assert.Empty(await ClaimAsync(harness));
    }

    [Fact]
    public async Task Replay_SucceededOperationForced_RunsItAgainUnderTheSameKey()
    {
        // Arrange
        await using var harness = new OutboxHarness(("reports.yaml", TestMappings.Qubs));
        var id = await harness.AppendAsync(LabResults.Entry("C1", "APPT-1"));
        await harness.RouteAllAsync();
        var first = (await ClaimAsync(harness)).Single();
        await CompleteAsync(harness, first, OperationStatus.Succeeded);

        // Act
        await harness.Store.ReplayAsync(new ReplayRequest(id, null, Force: true), harness.Time.GetUtcNow(), CancellationToken.None);
        await harness.RouteAllAsync();

        // Assert
        Assert.Equal(first.IdempotencyKey, Assert.Single(await ClaimAsync(harness)).IdempotencyKey);
    }

    [Fact]
    public async Task Replay_RejectedMessage_IsRefused()
    {
        // Arrange
        await using var harness = new OutboxHarness(("reports.yaml", TestMappings.Qubs));
        var id = await harness.AppendAsync(JournalEntries.Rejected("C9"));

        // Act
        var replayed = await harness.Store.ReplayAsync(new ReplayRequest(id, null, Force: false), harness.Time.GetUtcNow(), CancellationToken.None);

        // Assert
        Assert.Equal(ReplayOutcome.NeverAccepted, replayed);
        Assert.Equal(MessageStatus.Rejected, await harness.StatusOfAsync(id));
    }

    [Fact]
    public async Task Cancel_MessageWithPendingOperations_CancelsThemSoNoneIsClaimed()
    {
        // Arrange
        await using var harness = new OutboxHarness(("reports.yaml", TestMappings.Qubs));
        var id = await harness.AppendAsync(LabResults.Entry("C1", "APPT-1"));
        await harness.RouteAllAsync();

        // Act
        var cancelled = await harness.Store.CancelAsync(id, harness.Time.GetUtcNow(), CancellationToken.None);

        // Assert
        Assert.True(cancelled);
        Assert.Equal(MessageStatus.Cancelled, await harness.StatusOfAsync(id));
        Assert.Equal(OperationStatus.Cancelled, (await harness.OperationsAsync(id)).Single().Status);
        Assert.Empty(await ClaimAsync(harness));
        Assert.False(await harness.Store.CancelAsync(404, harness.Time.GetUtcNow(), CancellationToken.None));
    }

    [Fact]
    public async Task Complete_CancelledWhileRunningButThePartnerTookIt_RecordsTheSuccess()
    {
        // Arrange
        await using var harness = new OutboxHarness(("reports.yaml", TestMappings.Qubs));
        var id = await harness.AppendAsync(LabResults.Entry("C1", "APPT-1"));
        await harness.RouteAllAsync();
        var running = (await ClaimAsync(harness)).Single();
        await harness.Store.CancelAsync(id, harness.Time.GetUtcNow(), CancellationToken.None);

        // Act
        await CompleteAsync(harness, running, OperationStatus.Succeeded);

        // Assert
        Assert.Equal(OperationStatus.Succeeded, (await harness.OperationsAsync(id)).Single().Status);
    }

    [Fact]
    public async Task Backlog_PendingAndDeadLettered_CountsPerPartnerWithTheOldestAge()
    {
        // Arrange
        await using var harness = new OutboxHarness(("reports.yaml", TestMappings.Qubs));
        await harness.AppendAsync(LabResults.Entry("C1", "APPT-1"));
        await harness.AppendAsync(LabResults.Entry("C2", "APPT-2"));
        await harness.RouteAllAsync();
        var plannedAt = harness.Time.GetUtcNow();
        var first = (await ClaimAsync(harness, limit: 1)).Single();
        await CompleteAsync(harness, first, OperationStatus.DeadLettered);

        // Act
        var backlog = Assert.Single(await harness.Store.BacklogAsync(CancellationToken.None));

        // Assert
        Assert.Equal(new PartnerBacklog("reports", Pending: 1, Waiting: 0, DeadLettered: 1, plannedAt), backlog);
    }

    private static Task<IReadOnlyList<ClaimedOperation>> ClaimAsync(OutboxHarness harness, string owner = Owner, int limit = 10) =>
        harness.Store.ClaimAsync(owner, Reports, limit, harness.Time.GetUtcNow(), Lease, CancellationToken.None);

    private static Task<bool> CompleteAsync(OutboxHarness harness, ClaimedOperation operation, OperationStatus status, DateTimeOffset? retryAt = null, int? statusCode = 201, string? error = null, string owner = Owner) =>
        harness.Store.CompleteAsync(new OperationCompletion(operation.Id, owner, status, harness.Time.GetUtcNow(), retryAt, statusCode, error, null, "recorded"), CancellationToken.None);
}
