using Adapter.Engine.Journal;
using Adapter.Engine.Outbox;

namespace Adapter.Engine.Tests.Delivery;

public sealed class DeliveryWorkerReplayTests
{
    [Fact]
    public async Task ReplayAsync_DeadLetteredOperationAfterThePartnerIsFixed_SucceedsWithTheSameIdempotencyKey()
    {
        // Arrange: refused once, dead-lettered; the partner then takes it.
        await using var harness = await DeliveryHarness.StartAsync();
        harness.Partner.Script(PartnerReply.Problem("Report rejected", "Appointment not ready"));
        var id = await harness.AppendAsync("C1", "APPT-1");
        await harness.RouteAllAsync();
        await harness.DeliverAllAsync();
        var refused = await harness.OperationOfAsync(id);
        Assert.Equal(OperationStatus.DeadLettered, refused.Status);

        // Act
        Assert.Equal(ReplayOutcome.Replayed, await harness.Outbox.Store.ReplayAsync(new ReplayRequest(id, "reports", Force: false), harness.Outbox.Time.GetUtcNow(), CancellationToken.None));
        await harness.RouteAllAsync();
        await harness.DeliverAllAsync();

        // Assert
        var replayed = await harness.OperationOfAsync(id);
        Assert.Equal(OperationStatus.Succeeded, replayed.Status);
        Assert.Equal(refused.IdempotencyKey, replayed.IdempotencyKey);
        Assert.Equal([refused.IdempotencyKey, refused.IdempotencyKey], harness.Partner.Requests.Select(request => request.IdempotencyKey));
        Assert.Equal(refused.IdempotencyKey, Assert.Single(harness.Partner.Effects).IdempotencyKey);
        Assert.Equal(MessageStatus.Delivered, await harness.Outbox.StatusOfAsync(id));
    }

    [Fact]
    public async Task ReplayAsync_OperationAlreadySucceeded_SendsNothingAgain()
    {
        // Arrange
        await using var harness = await DeliveryHarness.StartAsync();
        var id = await harness.AppendAsync("C1", "APPT-1");
        await harness.RouteAllAsync();
        await harness.DeliverAllAsync();
        var delivered = await harness.OperationOfAsync(id);
        var sent = harness.Partner.Requests.Count;

        // Act: the worker runs a while after, long enough to send anything the replay let through.
        Assert.Equal(ReplayOutcome.Replayed, await harness.Outbox.Store.ReplayAsync(new ReplayRequest(id, "reports", Force: false), harness.Outbox.Time.GetUtcNow(), CancellationToken.None));
        await harness.RouteAllAsync();
        await harness.DeliverAllAsync(atLeast: TimeSpan.FromMilliseconds(300));

        // Assert
        Assert.Equal(1, sent);
        Assert.Equal(sent, harness.Partner.Requests.Count);
        var kept = await harness.OperationOfAsync(id);
        Assert.Equal((delivered.Id, OperationStatus.Succeeded, 1), (kept.Id, kept.Status, kept.Attempts));
        Assert.Equal(MessageStatus.Delivered, await harness.Outbox.StatusOfAsync(id));
    }
}
