using Adapter.Engine.Outbound;
using Microsoft.Extensions.Time.Testing;

namespace Adapter.Engine.Tests.Outbound;

/// <summary>
/// Timeouts on the injected clock: the hospital and the sender share a fake one. The timeouts are
/// an hour long, so a sender that used the real clock instead would not finish within the bound.
/// </summary>
public sealed class MllpDestinationSenderTimeoutTests : IAsyncLifetime
{
    private static readonly TimeSpan AckTimeout = TimeSpan.FromHours(1);
    private static readonly TimeSpan ConnectTimeout = TimeSpan.FromHours(2);
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    private readonly FakeTimeProvider _time = new();
    private readonly TestHospitalListener _hospital;
    private readonly MllpDestinationSender _sender;

    public MllpDestinationSenderTimeoutTests()
    {
        _hospital = new TestHospitalListener(time: _time);
        _sender = OutboundSenders.Create(
            OutboundSenders.Destination(_hospital.Port) with { AckTimeout = AckTimeout, ConnectTimeout = ConnectTimeout },
            _time);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _sender.DisposeAsync();
        await _hospital.DisposeAsync();
    }

    [Fact]
    public async Task SendAsync_NoAnswerWithinAckTimeout_ReturnsTimedOut()
    {
        // Arrange
        _hospital.Script(HospitalReply.Never);
        var sending = _sender.SendAsync("RES0001");
        await _hospital.NextArrivalAsync();

        // Act
        _time.Advance(AckTimeout);
        var ack = await sending.WaitAsync(Bound);

        // Assert
        Assert.Equal(OutboundAckOutcome.TimedOut, ack.Outcome);
        Assert.Null(ack.AckCode);
        Assert.Equal(AckTimeout, ack.Elapsed);
    }

    [Fact]
    public async Task SendAsync_AckForPreviousMessageArrivesLate_NextMessageGetsItsOwnAck()
    {
        // Arrange: RES0001's AA comes 15 s after it timed out, while RES0002 waits for its answer.
        _hospital.Script(HospitalReply.Late(AckTimeout + TimeSpan.FromSeconds(15)));
        var first = _sender.SendAsync("RES0001");
        await _hospital.NextArrivalAsync();
        _time.Advance(AckTimeout);
        var timedOut = await first.WaitAsync(Bound);

        // Act
        var second = _sender.SendAsync("RES0002");
        _time.Advance(TimeSpan.FromSeconds(15));
        var ack = await second.WaitAsync(Bound);

        // Assert
        Assert.Equal(OutboundAckOutcome.TimedOut, timedOut.Outcome);
        Assert.Equal(OutboundAckOutcome.Accepted, ack.Outcome);
        Assert.Equal("RES0002", ack.AcknowledgedControlId);
        Assert.Equal([(1, "RES0001"), (2, "RES0002")], _hospital.Received.Select(message => (message.Connection, message.ControlId)));
    }

    [Fact]
    public async Task SendAsync_TlsHandshakeNeverAnswered_ReturnsConnectFailedAfterConnectTimeout()
    {
        // Arrange: the hospital speaks plain MLLP, so a TLS hello is never answered.
        await using var sender = OutboundSenders.Create(
            OutboundSenders.Destination(_hospital.Port) with { UseTls = true, ConnectTimeout = TimeSpan.FromHours(1) },
            _time);
        var sending = sender.SendAsync("RES0001");
        await _hospital.NextConnectionAsync();

        // Act
        _time.Advance(TimeSpan.FromHours(1));
        var ack = await sending.WaitAsync(Bound);

        // Assert
        Assert.Equal(OutboundAckOutcome.ConnectFailed, ack.Outcome);
        Assert.Empty(_hospital.Received);
    }
}
