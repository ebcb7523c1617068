using Adapter.Engine.Outbox;
using Adapter.Engine.Tests.Outbound;

namespace Adapter.Engine.Tests.OutboundQueue;

/// <summary>An AE parks its message for a person and the queue moves on; a requeued message goes out again at the end.</summary>
public sealed class OutboundWorkerParkingTests
{
    private const string ErrText = "Patient 4455667 is not registered at this facility";

    [Fact]
    public async Task RunAsync_HospitalAnswersAE_ParksWithTheErrTextAndDeliversTheRest()
    {
        // Arrange
        await using var hospital = new TestHospitalListener();
        hospital.Script(HospitalReply.Accept, HospitalReply.Ack("AE", ErrText));
        await using var run = new OutboundQueueRun(OutboundQueueRun.Destination(hospital.Port));
        var ids = await run.EnqueueAsync(5);

        // Act
        run.Start();
        var messages = await run.UntilNonePendingAsync();

        // Assert
        Assert.Equal(OutboundQueueRun.ControlIds(1, 2, 3, 4, 5), hospital.Received.Select(message => message.ControlId));
        var parked = Assert.Single(messages, message => message.Status == OutboundStatus.Parked);
        Assert.Equal(ids[1], parked.Id);
        Assert.Equal("AE", parked.LastAckCode);
        Assert.Equal(ErrText, parked.LastError);
        Assert.Equal(1, parked.Attempts);
        Assert.All(messages.Where(message => message.Id != ids[1]), message => Assert.Equal(OutboundStatus.Sent, message.Status));
    }

    [Fact]
    public async Task RequeueAsync_ParkedMessage_IsSentAgainAfterTheRest()
    {
        // Arrange
        await using var hospital = new TestHospitalListener();
        hospital.Script(HospitalReply.Accept, HospitalReply.Ack("AE", ErrText));
        await using var run = new OutboundQueueRun(OutboundQueueRun.Destination(hospital.Port));
        var ids = await run.EnqueueAsync(5);
        run.Start();
        await run.UntilNonePendingAsync();

        // Act
        var requeued = await run.Harness.Store.RequeueAsync(ids[1], run.Harness.Time.GetUtcNow(), CancellationToken.None);
        var messages = await run.UntilNonePendingAsync();

        // Assert
        Assert.True(requeued);
        Assert.Equal(OutboundQueueRun.ControlIds(1, 2, 3, 4, 5, 2), hospital.Received.Select(message => message.ControlId));
        Assert.All(messages, message => Assert.Equal(OutboundStatus.Sent, message.Status));
        var replayed = Assert.Single(messages, message => message.Id == ids[1]);
        Assert.Equal(2, replayed.Attempts);
        Assert.Equal("AA", replayed.LastAckCode);
        Assert.Null(replayed.LastError);
    }
}
