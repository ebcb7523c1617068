using Adapter.Engine.Outbox;
using Adapter.Engine.Tests.Outbound;

namespace Adapter.Engine.Tests.OutboundQueue;

/// <summary>
/// A send left in doubt (no answer in time, an answer about another message, a hang-up) keeps its
/// message at the head and sends it again on a new connection: nothing is lost, nothing overtakes
/// it, and no message is taken as acknowledged by an answer meant for another.
/// </summary>
public sealed class OutboundWorkerResendTests
{
    [Fact]
    public async Task RunAsync_AckComesAfterTheTimeout_ResendsThatMessageOnANewConnectionAndKeepsOrder()
    {
        // Arrange: the third message is answered long after the ACK timeout, once.
        await using var hospital = new TestHospitalListener();
        hospital.Script(HospitalReply.Accept, HospitalReply.Accept, HospitalReply.Late(TimeSpan.FromSeconds(1.5)));
        await using var run = new OutboundQueueRun(OutboundQueueRun.Destination(hospital.Port, ackTimeout: TimeSpan.FromMilliseconds(500)));
        await run.EnqueueAsync(6);

        // Act
        run.Start();
        var messages = await run.UntilNonePendingAsync();

        // Assert
        Assert.Equal(OutboundQueueRun.ControlIds(1, 2, 3, 3, 4, 5, 6), hospital.Received.Select(message => message.ControlId));
        Assert.All(messages, message =>
        {
            Assert.Equal(OutboundStatus.Sent, message.Status);
            Assert.Equal("AA", message.LastAckCode);
        });
        Assert.Equal([1, 1, 2, 1, 1, 1], messages.Select(message => message.Attempts));
        Assert.True(hospital.Received[3].Connection > hospital.Received[2].Connection, "The resend must go on a new connection.");
        Assert.Equal(new Dictionary<string, long> { ["accepted"] = 6, ["timedout"] = 1 }, await run.SendsByOutcomeAsync(7));
    }

    [Fact]
    public async Task RunAsync_AckNamesAnotherMessage_ResendsThatMessageOnANewConnectionOnce()
    {
        // Arrange
        await using var hospital = new TestHospitalListener();
        hospital.Script(HospitalReply.Accept, HospitalReply.WrongControlId);
        await using var run = new OutboundQueueRun(OutboundQueueRun.Destination(hospital.Port));
        await run.EnqueueAsync(5);

        // Act
        run.Start();
        var messages = await run.UntilNonePendingAsync();

        // Assert
        Assert.Equal(OutboundQueueRun.ControlIds(1, 2, 2, 3, 4, 5), hospital.Received.Select(message => message.ControlId));
        Assert.All(messages, message => Assert.Equal(OutboundStatus.Sent, message.Status));
        Assert.Equal([1, 2, 1, 1, 1], messages.Select(message => message.Attempts));
        Assert.True(hospital.Received[2].Connection > hospital.Received[1].Connection, "The resend must go on a new connection.");
        Assert.Equal(new Dictionary<string, long> { ["accepted"] = 5, ["mismatched"] = 1 }, await run.SendsByOutcomeAsync(6));
    }

    [Fact]
    public async Task RunAsync_HospitalHangsUpWithoutAnswering_ReconnectsAndResendsInOrder()
    {
        // Arrange
        await using var hospital = new TestHospitalListener();
        hospital.Script(HospitalReply.Accept, HospitalReply.Drop);
        await using var run = new OutboundQueueRun(OutboundQueueRun.Destination(hospital.Port));
        await run.EnqueueAsync(5);

        // Act
        run.Start();
        var messages = await run.UntilNonePendingAsync();

        // Assert
        Assert.Equal(OutboundQueueRun.ControlIds(1, 2, 2, 3, 4, 5), hospital.Received.Select(message => message.ControlId));
        Assert.All(messages, message => Assert.Equal(OutboundStatus.Sent, message.Status));
        Assert.Equal([1, 2, 1, 1, 1], messages.Select(message => message.Attempts));
        Assert.Equal(2, hospital.ConnectionCount);
        Assert.Equal(new Dictionary<string, long> { ["accepted"] = 5, ["connectionlost"] = 1 }, await run.SendsByOutcomeAsync(6));
    }
}
