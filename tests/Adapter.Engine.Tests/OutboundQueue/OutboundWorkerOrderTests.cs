using Adapter.Engine.Outbox;
using Adapter.Engine.Tests.Outbound;

namespace Adapter.Engine.Tests.OutboundQueue;

/// <summary>The queue of one destination goes out in order, one message at a time, each acknowledged before the next.</summary>
public sealed class OutboundWorkerOrderTests
{
    [Fact]
    public async Task RunAsync_HospitalAnswersAA_DeliversEveryMessageOnceInQueueOrder()
    {
        // Arrange
        await using var hospital = new TestHospitalListener();
        await using var run = new OutboundQueueRun(OutboundQueueRun.Destination(hospital.Port));
        await run.EnqueueAsync(20);

        // Act
        run.Start();
        var messages = await run.UntilNonePendingAsync();

        // Assert
        Assert.Equal(OutboundQueueRun.ControlIds([.. Enumerable.Range(1, 20)]), hospital.Received.Select(message => message.ControlId));
        Assert.All(messages, message =>
        {
            Assert.Equal(OutboundStatus.Sent, message.Status);
            Assert.Equal(1, message.Attempts);
            Assert.Equal("AA", message.LastAckCode);
            Assert.Null(message.LastError);
        });
        Assert.All(hospital.Received, message => Assert.Equal(1, message.Connection));
    }

    [Fact]
    public async Task RunAsync_HospitalAnswersARTwiceThenAA_KeepsTheMessageAtTheHeadUntilAccepted()
    {
        // Arrange
        await using var hospital = new TestHospitalListener();
        hospital.Script(HospitalReply.Ack("AR", "Interface paused"), HospitalReply.Ack("AR", "Interface paused"));
        await using var run = new OutboundQueueRun(OutboundQueueRun.Destination(hospital.Port));
        await run.EnqueueAsync(4);

        // Act
        run.Start();
        var messages = await run.UntilNonePendingAsync();

        // Assert: message 2 went out only after the third send of message 1 was accepted.
        Assert.Equal(OutboundQueueRun.ControlIds(1, 1, 1, 2, 3, 4), hospital.Received.Select(message => message.ControlId));
        Assert.All(messages, message => Assert.Equal(OutboundStatus.Sent, message.Status));
        Assert.Equal([3, 1, 1, 1], messages.Select(message => message.Attempts));
        Assert.All(hospital.Received, message => Assert.Equal(1, message.Connection));
    }

    [Fact]
    public async Task RunAsync_HospitalKeepsAnsweringAR_ParksTheMessageAfterMaxRefusalsAndMovesOn()
    {
        // Arrange
        await using var hospital = new TestHospitalListener();
        hospital.Script(HospitalReply.Ack("AR", "Unsupported"), HospitalReply.Ack("AR", "Unsupported"), HospitalReply.Ack("AR", "Unsupported"));
        await using var run = new OutboundQueueRun(maxRefusals: 3, OutboundQueueRun.Destination(hospital.Port));
        await run.EnqueueAsync(2);

        // Act
        run.Start();
        var messages = await run.UntilNonePendingAsync();

        // Assert
        Assert.Equal(OutboundQueueRun.ControlIds(1, 1, 1, 2), hospital.Received.Select(message => message.ControlId));
        Assert.Equal([(OutboundStatus.Parked, 3), (OutboundStatus.Sent, 1)], messages.Select(message => (message.Status, message.Attempts)));
        Assert.StartsWith("Refused 3 times; last: Answered AR", messages[0].LastError, StringComparison.Ordinal);
    }
}
