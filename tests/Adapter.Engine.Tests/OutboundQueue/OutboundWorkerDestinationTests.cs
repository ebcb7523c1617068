using Adapter.Engine.Outbox;
using Adapter.Engine.Tests.Outbound;

namespace Adapter.Engine.Tests.OutboundQueue;

/// <summary>A destination that is down is retried until it comes back, and holds only its own queue.</summary>
public sealed class OutboundWorkerDestinationTests
{
    private const string Other = "mercy-emr";

    [Fact]
    public async Task RunAsync_DestinationDownAtStart_DeliversEverythingInOrderOnceItComesUp()
    {
        // Arrange: the head has failed to connect at least twice before the hospital starts.
        await using var hospital = new LateStartingHospital();
        await using var run = new OutboundQueueRun(OutboundQueueRun.Destination(hospital.Port));
        await run.EnqueueAsync(5);
        run.Start();
        var down = await run.UntilAsync(messages => messages[0].Attempts >= 2);

        // Act
        hospital.Start();
        var messages = await run.UntilNonePendingAsync();

        // Assert
        Assert.Contains("could not be reached", down[0].LastError, StringComparison.Ordinal);
        Assert.All(down.Skip(1), message => Assert.Equal(0, message.Attempts));
        Assert.Equal(OutboundQueueRun.ControlIds(1, 2, 3, 4, 5), hospital.Received);
        Assert.All(messages, message => Assert.Equal(OutboundStatus.Sent, message.Status));
        Assert.All(messages.Skip(1), message => Assert.Equal(1, message.Attempts));
    }

    [Fact]
    public async Task RunAsync_OneDestinationDown_DeliversTheOthersQueue()
    {
        // Arrange: the first destination's port stays closed.
        await using var closed = new LateStartingHospital();
        await using var hospital = new TestHospitalListener();
        await using var run = new OutboundQueueRun(OutboundQueueRun.Destination(closed.Port), OutboundQueueRun.Destination(hospital.Port, Other));
        await run.EnqueueAsync(3);
        await run.EnqueueAsync(5, Other);

        // Act
        run.Start();
        var delivered = await run.UntilNonePendingAsync(Other);
        var held = await run.UntilAsync(messages => messages[0].Attempts >= 2);

        // Assert
        Assert.Equal(OutboundQueueRun.ControlIds(1, 2, 3, 4, 5), hospital.Received.Select(message => message.ControlId));
        Assert.All(delivered, message => Assert.Equal(OutboundStatus.Sent, message.Status));
        Assert.All(held, message => Assert.Equal(OutboundStatus.Pending, message.Status));
        Assert.All(held.Skip(1), message => Assert.Equal(0, message.Attempts));
    }

    [Fact]
    public async Task RunAsync_OneDestinationNeverAnswers_DeliversTheOthersQueue()
    {
        // Arrange: the first destination has taken message 1 and never answers, within a long ACK timeout.
        await using var silent = new TestHospitalListener();
        silent.Script(HospitalReply.Never);
        await using var hospital = new TestHospitalListener();
        await using var run = new OutboundQueueRun(
            OutboundQueueRun.Destination(silent.Port, ackTimeout: TimeSpan.FromSeconds(30)),
            OutboundQueueRun.Destination(hospital.Port, Other));
        await run.EnqueueAsync(3);
        run.Start();
        await silent.NextArrivalAsync();

        // Act
        await run.EnqueueAsync(5, Other);
        var delivered = await run.UntilNonePendingAsync(Other);

        // Assert
        Assert.Equal(OutboundQueueRun.ControlIds(1, 2, 3, 4, 5), hospital.Received.Select(message => message.ControlId));
        Assert.All(delivered, message => Assert.Equal(OutboundStatus.Sent, message.Status));
        Assert.Equal(OutboundQueueRun.ControlIds(1), silent.Received.Select(message => message.ControlId));
        Assert.All(await run.MessagesAsync(), message => Assert.Equal(0, message.Attempts));
    }
}
