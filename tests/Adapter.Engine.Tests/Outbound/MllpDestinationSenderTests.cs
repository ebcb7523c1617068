using Adapter.Engine.Outbound;

namespace Adapter.Engine.Tests.Outbound;

/// <summary>Answers a hospital engine gives, and what the sender makes of each, over real loopback connections.</summary>
public sealed class MllpDestinationSenderTests : IAsyncLifetime
{
    private readonly TestHospitalListener _hospital = new();
    private MllpDestinationSender _sender = null!;

    public Task InitializeAsync()
    {
        _sender = OutboundSenders.Create(_hospital);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _sender.DisposeAsync();
        await _hospital.DisposeAsync();
    }

    [Fact]
    public async Task SendAsync_HospitalAnswersAA_ReturnsAcceptedForTheMessageSent()
    {
        // Arrange
        var message = OutboundTestMessages.Oru("RES0001");

        // Act
        var ack = await _sender.SendAsync(message, "RES0001", CancellationToken.None);

        // Assert
        Assert.Equal(OutboundAckOutcome.Accepted, ack.Outcome);
        Assert.Equal("AA", ack.AckCode);
        Assert.Equal("RES0001", ack.AcknowledgedControlId);
        Assert.Null(ack.ErrorText);
        var received = Assert.Single(_hospital.Received);
        Assert.Equal(message, received.Bytes);
    }

    [Theory]
    [InlineData("AA", OutboundAckOutcome.Accepted)]
    [InlineData("CA", OutboundAckOutcome.Accepted)]
    [InlineData("AE", OutboundAckOutcome.ApplicationError)]
    [InlineData("CE", OutboundAckOutcome.ApplicationError)]
    [InlineData("AR", OutboundAckOutcome.Rejected)]
    [InlineData("CR", OutboundAckOutcome.Rejected)]
    public async Task SendAsync_AnswerForTheMessageSent_MapsItsCodeAndKeepsTheConnection(string code, OutboundAckOutcome expected)
    {
        // Arrange
        _hospital.Script(HospitalReply.Ack(code));

        // Act
        var first = await _sender.SendAsync("RES0001");
        var second = await _sender.SendAsync("RES0002");

        // Assert
        Assert.Equal(expected, first.Outcome);
        Assert.Equal(code, first.AckCode);
        Assert.Equal("RES0001", first.AcknowledgedControlId);
        Assert.Equal(OutboundAckOutcome.Accepted, second.Outcome);
        Assert.Equal(1, _hospital.ConnectionCount);
    }

    [Fact]
    public async Task SendAsync_HospitalAnswersAE_ReturnsApplicationErrorWithTheErrText()
    {
        // Arrange
        _hospital.Script(HospitalReply.Ack("AE", "Patient 4455667 is not registered at this facility"));

        // Act
        var ack = await _sender.SendAsync("RES0001");

        // Assert
        Assert.Equal(OutboundAckOutcome.ApplicationError, ack.Outcome);
        Assert.Equal("AE", ack.AckCode);
        Assert.Equal("Patient 4455667 is not registered at this facility", ack.ErrorText);
    }

    [Fact]
    public async Task SendAsync_SeveralMessages_ShareOneConnectionInOrder()
    {
        // Arrange
        string[] controlIds = ["RES0001", "RES0002", "RES0003"];

        // Act
        var acks = new List<OutboundAck>();
        foreach (var controlId in controlIds)
        {
            acks.Add(await _sender.SendAsync(controlId));
        }

        // Assert
        Assert.Equal(controlIds, acks.Select(ack => ack.AcknowledgedControlId));
        Assert.All(acks, ack => Assert.Equal(OutboundAckOutcome.Accepted, ack.Outcome));
        Assert.Equal(controlIds, _hospital.Received.Select(message => message.ControlId));
        Assert.Equal(1, _hospital.ConnectionCount);
    }

    [Fact]
    public async Task SendAsync_AnswerNamesAnotherMessage_ReturnsMismatchedAndNextSendUsesANewConnection()
    {
        // Arrange
        _hospital.Script(HospitalReply.WrongControlId);

        // Act
        var first = await _sender.SendAsync("RES0001");
        var second = await _sender.SendAsync("RES0002");

        // Assert
        Assert.Equal(OutboundAckOutcome.Mismatched, first.Outcome);
        Assert.Equal("RES0001-OTHER", first.AcknowledgedControlId);
        Assert.Equal(OutboundAckOutcome.Accepted, second.Outcome);
        Assert.Equal("RES0002", second.AcknowledgedControlId);
        Assert.Equal([1, 2], _hospital.Received.Select(message => message.Connection));
    }

    [Fact]
    public async Task SendAsync_HospitalHangsUpWithoutAnswer_ReturnsConnectionLostThenReconnects()
    {
        // Arrange
        _hospital.Script(HospitalReply.Drop);

        // Act
        var first = await _sender.SendAsync("RES0001");
        var second = await _sender.SendAsync("RES0002");

        // Assert
        Assert.Equal(OutboundAckOutcome.ConnectionLost, first.Outcome);
        Assert.Null(first.AckCode);
        Assert.Equal(OutboundAckOutcome.Accepted, second.Outcome);
        Assert.Equal("RES0002", second.AcknowledgedControlId);
        Assert.Equal([1, 2], _hospital.Received.Select(message => message.Connection));
    }

    [Fact]
    public async Task SendAsync_AnswerIsNotHl7_ReturnsUnreadableAndNextSendUsesANewConnection()
    {
        // Arrange
        _hospital.Script(HospitalReply.Garbage);

        // Act
        var first = await _sender.SendAsync("RES0001");
        var second = await _sender.SendAsync("RES0002");

        // Assert
        Assert.Equal(OutboundAckOutcome.Unreadable, first.Outcome);
        Assert.Equal(OutboundAckOutcome.Accepted, second.Outcome);
        Assert.Equal([1, 2], _hospital.Received.Select(message => message.Connection));
    }

    [Fact]
    public async Task SendAsync_AnswerLargerThanMaxFrameBytes_ReturnsUnreadable()
    {
        // Arrange
        await using var sender = OutboundSenders.Create(OutboundSenders.Destination(_hospital.Port) with { MaxFrameBytes = 1024 });
        _hospital.Script(HospitalReply.Oversized);

        // Act
        var first = await sender.SendAsync("RES0001");
        var second = await sender.SendAsync("RES0002");

        // Assert
        Assert.Equal(OutboundAckOutcome.Unreadable, first.Outcome);
        Assert.Equal(OutboundAckOutcome.Accepted, second.Outcome);
        Assert.Equal(2, _hospital.ConnectionCount);
    }

    [Fact]
    public async Task SendAsync_StaleDuplicateAckArrivedWhileIdle_NextMessageGoesOnANewConnection()
    {
        // Arrange
        _hospital.Script(HospitalReply.Twice);
        var first = await _sender.SendAsync("RES0001");
        await Eventually.TrueAsync(() => _sender.ConnectionNeedsReplacing);

        // Act
        var second = await _sender.SendAsync("RES0002");

        // Assert
        Assert.Equal(OutboundAckOutcome.Accepted, first.Outcome);
        Assert.Equal(OutboundAckOutcome.Accepted, second.Outcome);
        Assert.Equal("RES0002", second.AcknowledgedControlId);
        Assert.Equal([(1, "RES0001"), (2, "RES0002")], _hospital.Received.Select(message => (message.Connection, message.ControlId)));
    }

    [Fact]
    public async Task SendAsync_StaleDuplicateAckRacesTheNextMessage_IsNeverTakenForIt()
    {
        // Arrange
        _hospital.Script(HospitalReply.Twice);
        var first = await _sender.SendAsync("RES0001");

        // Act: no waiting, so the duplicate may arrive before or after RES0002 goes out.
        var second = await _sender.SendAsync("RES0002");
        var third = await _sender.SendAsync("RES0003");

        // Assert
        Assert.Equal(OutboundAckOutcome.Accepted, first.Outcome);
        Assert.True(
            second is { Outcome: OutboundAckOutcome.Accepted, AcknowledgedControlId: "RES0002" }
                or { Outcome: OutboundAckOutcome.Mismatched, AcknowledgedControlId: "RES0001" },
            $"RES0002 got {second}");
        Assert.Equal(OutboundAckOutcome.Accepted, third.Outcome);
        Assert.Equal("RES0003", third.AcknowledgedControlId);
    }

    [Fact]
    public async Task SendAsync_HospitalHungUpWhileIdle_NextMessageGoesOnANewConnection()
    {
        // Arrange
        _hospital.Script(HospitalReply.AcceptThenHangUp);
        await _sender.SendAsync("RES0001");
        await Eventually.TrueAsync(() => _sender.ConnectionNeedsReplacing);

        // Act
        var ack = await _sender.SendAsync("RES0002");

        // Assert
        Assert.Equal(OutboundAckOutcome.Accepted, ack.Outcome);
        Assert.Equal("RES0002", ack.AcknowledgedControlId);
        Assert.Equal([(1, "RES0001"), (2, "RES0002")], _hospital.Received.Select(message => (message.Connection, message.ControlId)));
    }

    [Fact]
    public async Task SendAsync_CallerCancelsWhileWaiting_ThrowsAndNextSendUsesANewConnection()
    {
        // Arrange
        _hospital.Script(HospitalReply.Never);
        using var shutdown = new CancellationTokenSource();
        var sending = _sender.SendAsync("RES0001", shutdown.Token);
        await _hospital.NextArrivalAsync();

        // Act
        await shutdown.CancelAsync();

        // Assert
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sending);
        var next = await _sender.SendAsync("RES0002");
        Assert.Equal(OutboundAckOutcome.Accepted, next.Outcome);
        Assert.Equal("RES0002", next.AcknowledgedControlId);
        Assert.Equal([1, 2], _hospital.Received.Select(message => message.Connection));
    }

    [Fact]
    public async Task SendAsync_ConcurrentCallers_AreServedOneAtATime()
    {
        // Arrange
        _hospital.Script(HospitalReply.Never);
        using var stop = new CancellationTokenSource();
        var first = _sender.SendAsync("RES0001", stop.Token);
        await _hospital.NextArrivalAsync();

        // Act
        var second = _sender.SendAsync("RES0002");
        await stop.CancelAsync();

        // Assert
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);
        Assert.Equal(OutboundAckOutcome.Accepted, (await second).Outcome);
        // RES0002 waited for RES0001 to end (its connection reset) instead of going out beside it.
        Assert.Equal([(1, "RES0001"), (2, "RES0002")], _hospital.Received.Select(message => (message.Connection, message.ControlId)));
    }

    [Fact]
    public async Task SendAsync_NothingListens_ReturnsConnectFailed()
    {
        // Arrange
        var closed = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        closed.Start();
        var port = ((System.Net.IPEndPoint)closed.LocalEndpoint).Port;
        closed.Stop();
        await using var sender = OutboundSenders.Create(OutboundSenders.Destination(port));

        // Act
        var ack = await sender.SendAsync("RES0001");

        // Assert
        Assert.Equal(OutboundAckOutcome.ConnectFailed, ack.Outcome);
        Assert.Null(ack.AckCode);
        Assert.Null(ack.AcknowledgedControlId);
    }

    [Fact]
    public async Task DisposeAsync_WhileWaitingForAck_CancelsTheSendAndClosesTheConnection()
    {
        // Arrange
        _hospital.Script(HospitalReply.Never);
        var sending = _sender.SendAsync("RES0001");
        await _hospital.NextArrivalAsync();

        // Act
        await _sender.DisposeAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));

        // Assert
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sending);
        await Assert.ThrowsAsync<ObjectDisposedException>(() => _sender.SendAsync("RES0002"));
    }

    [Fact]
    public async Task SendAsync_AfterDispose_ThrowsObjectDisposed()
    {
        // Arrange
        await _sender.SendAsync("RES0001");

        // Act
        await _sender.DisposeAsync();

        // Assert
        await Assert.ThrowsAsync<ObjectDisposedException>(() => _sender.SendAsync("RES0002"));
    }
}
