using System.Text;
using Adapter.Engine.Outbox;
using Adapter.Engine.Tests.Support;

namespace Adapter.Engine.Tests.Outbox;

public sealed class OutboundQueueTests
{
    [Fact]
    public async Task Head_SeveralQueuedForTwoDestinations_IsTheOldestPendingOfEach()
    {
        // Arrange
        await using var harness = new OutboxHarness();
        await EnqueueAsync(harness, "emr", "R1");
        await EnqueueAsync(harness, "ris", "X1");
        await EnqueueAsync(harness, "emr", "R2");

        // Act
        var emr = await harness.Store.HeadAsync("emr", CancellationToken.None);
        var ris = await harness.Store.HeadAsync("ris", CancellationToken.None);

        // Assert
        Assert.Equal("R1", emr?.ControlId);
        Assert.Equal("X1", ris?.ControlId);
        Assert.Null(await harness.Store.HeadAsync("lab", CancellationToken.None));
    }

    [Fact]
    public async Task Enqueue_SameDedupeKeyTwice_QueuesItOnce()
    {
        // Arrange
        await using var harness = new OutboxHarness();

        // Act
        var first = await EnqueueAsync(harness, "emr", "R1", dedupeKey: "result-1");
        var second = await EnqueueAsync(harness, "emr", "R1", dedupeKey: "result-1");

        // Assert
        Assert.True(first);
        Assert.False(second);
        Assert.Single(await harness.Store.ListOutboundAsync(null, null, 0, 10, CancellationToken.None));
    }

    [Fact]
    public async Task Record_RetryOfTheHead_KeepsItAtTheHeadWithTheReasonAndAttempt()
    {
        // Arrange
        await using var harness = new OutboxHarness();
        await EnqueueAsync(harness, "emr", "R1");
        await EnqueueAsync(harness, "emr", "R2");
        var head = (await harness.Store.HeadAsync("emr", CancellationToken.None))!;
        var retryAt = harness.Time.GetUtcNow().AddSeconds(5);

        // Act
        await harness.Store.RecordAsync(new OutboundResult(head.Id, OutboundStatus.Pending, harness.Time.GetUtcNow(), retryAt, "AR", "Rejected by the receiver."), CancellationToken.None);

        // Assert: nothing overtakes a message being retried.
        var again = (await harness.Store.HeadAsync("emr", CancellationToken.None))!;
        Assert.Equal((head.Id, 1, retryAt, "AR", "Rejected by the receiver."), (again.Id, again.Attempts, again.DueAt, again.LastAckCode, again.LastError));
    }

    [Fact]
    public async Task Record_Parked_TakesItOutOfTheQueueUntilRequeuedAtTheEnd()
    {
        // Arrange
        await using var harness = new OutboxHarness();
        await EnqueueAsync(harness, "emr", "R1");
        await EnqueueAsync(harness, "emr", "R2");
        var head = (await harness.Store.HeadAsync("emr", CancellationToken.None))!;

        // Act
        await harness.Store.RecordAsync(new OutboundResult(head.Id, OutboundStatus.Parked, harness.Time.GetUtcNow(), null, "AE", "OBX-5 is not numeric."), CancellationToken.None);
        var afterParking = await harness.Store.HeadAsync("emr", CancellationToken.None);
        var requeued = await harness.Store.RequeueAsync(head.Id, harness.Time.GetUtcNow(), CancellationToken.None);
        var parked = await harness.Store.ListOutboundAsync(OutboundStatus.Parked, "emr", 0, 10, CancellationToken.None);

        // Assert
        Assert.Equal("R2", afterParking?.ControlId);
        Assert.True(requeued);
        Assert.Empty(parked);
        await harness.Store.RecordAsync(new OutboundResult(afterParking!.Id, OutboundStatus.Sent, harness.Time.GetUtcNow(), null, "AA", null), CancellationToken.None);
        Assert.Equal("R1", (await harness.Store.HeadAsync("emr", CancellationToken.None))?.ControlId);
    }

    [Fact]
    public async Task Cancel_PendingMessage_LeavesTheQueueAndCannotBeCancelledTwice()
    {
        // Arrange
        await using var harness = new OutboxHarness();
        await EnqueueAsync(harness, "emr", "R1");
        var head = (await harness.Store.HeadAsync("emr", CancellationToken.None))!;

        // Act
        var cancelled = await harness.Store.CancelOutboundAsync(head.Id, harness.Time.GetUtcNow(), CancellationToken.None);
        var again = await harness.Store.CancelOutboundAsync(head.Id, harness.Time.GetUtcNow(), CancellationToken.None);

        // Assert
        Assert.True(cancelled);
        Assert.False(again);
        Assert.Null(await harness.Store.HeadAsync("emr", CancellationToken.None));
    }

    [Fact]
    public async Task OutboundBacklog_PendingAndParked_CountsPerDestination()
    {
        // Arrange
        await using var harness = new OutboxHarness();
        await EnqueueAsync(harness, "emr", "R1");
        await EnqueueAsync(harness, "emr", "R2");
        var head = (await harness.Store.HeadAsync("emr", CancellationToken.None))!;
        await harness.Store.RecordAsync(new OutboundResult(head.Id, OutboundStatus.Parked, harness.Time.GetUtcNow(), null, "AE", "refused"), CancellationToken.None);

        // Act
        var backlog = Assert.Single(await harness.Store.OutboundBacklogAsync(CancellationToken.None));

        // Assert
        Assert.Equal(new OutboundBacklog("emr", Pending: 1, Parked: 1, harness.Time.GetUtcNow()), backlog);
    }

    private static Task<bool> EnqueueAsync(OutboxHarness harness, string destination, string controlId, string? dedupeKey = null) =>
        harness.Store.EnqueueAsync(
            new NewOutboundMessage(destination, dedupeKey ?? $"{destination}/{controlId}", null, controlId, "ORU^R01", Encoding.ASCII.GetBytes($"MSH|^~\\&|ADAPTER|HOSP|EMR|HOSP|20261120||ORU^R01|{controlId}|P|2.5.1\r")),
            harness.Time.GetUtcNow(),
            CancellationToken.None);
}
