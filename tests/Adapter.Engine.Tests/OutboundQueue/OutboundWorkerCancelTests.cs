using Adapter.Engine.Outbox;
using Adapter.Engine.Tests.Outbound;

namespace Adapter.Engine.Tests.OutboundQueue;

/// <summary>A message a person cancels while it waits in the queue is never sent.</summary>
public sealed class OutboundWorkerCancelTests
{
    [Fact]
    public async Task CancelOutboundAsync_QueuedMessage_IsNeverSent()
    {
        // Arrange: the hospital is down, so the queue waits behind its head.
        await using var hospital = new LateStartingHospital();
        await using var run = new OutboundQueueRun(OutboundQueueRun.Destination(hospital.Port));
        var ids = await run.EnqueueAsync(5);
        run.Start();
        await run.UntilAsync(messages => messages[0].Attempts >= 1);

        // Act
        var cancelled = await run.Harness.Store.CancelOutboundAsync(ids[2], run.Harness.Time.GetUtcNow(), CancellationToken.None);
        hospital.Start();
        var messages = await run.UntilNonePendingAsync();

        // Assert
        Assert.True(cancelled);
        Assert.Equal(OutboundQueueRun.ControlIds(1, 2, 4, 5), hospital.Received);
        var never = Assert.Single(messages, message => message.Id == ids[2]);
        Assert.Equal(OutboundStatus.Cancelled, never.Status);
        Assert.Equal(0, never.Attempts);
        Assert.All(messages.Where(message => message.Id != ids[2]), message => Assert.Equal(OutboundStatus.Sent, message.Status));
    }

    [Fact]
    public async Task CancelOutboundAsync_MessageInFlightThenAccepted_StillShowsItWasSent()
    {
        // Arrange: message 1 is at the hospital, its AA a second away.
        await using var hospital = new TestHospitalListener();
        hospital.Script(HospitalReply.Late(TimeSpan.FromSeconds(1)));
        await using var run = new OutboundQueueRun(OutboundQueueRun.Destination(hospital.Port));
        var ids = await run.EnqueueAsync(2);
        run.Start();
        await hospital.NextArrivalAsync();

        // Act
        var cancelled = await run.Harness.Store.CancelOutboundAsync(ids[0], run.Harness.Time.GetUtcNow(), CancellationToken.None);
        var messages = await run.UntilAsync(messages => messages[1].Status == OutboundStatus.Sent);

        // Assert: the hospital accepted it, so the queue (the record of what was sent) must not say it never went.
        Assert.True(cancelled);
        Assert.Equal(OutboundQueueRun.ControlIds(1, 2), hospital.Received.Select(message => message.ControlId));
        Assert.Equal(OutboundStatus.Sent, messages[0].Status);
        Assert.Equal(1, messages[0].Attempts);
        Assert.Equal("AA", messages[0].LastAckCode);
    }
}
