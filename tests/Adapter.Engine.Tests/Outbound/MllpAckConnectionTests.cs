using Adapter.Engine.Outbound;
using Adapter.Hl7v2.Parsing;

namespace Adapter.Engine.Tests.Outbound;

/// <summary>The connection's constant reading: what it sees between sends tells the sender the connection is no longer clean.</summary>
public sealed class MllpAckConnectionTests : IAsyncLifetime
{
    private readonly TestHospitalListener _hospital = new();
    private MllpAckConnection _connection = null!;

    public async Task InitializeAsync() =>
        _connection = await MllpAckConnection.OpenAsync(OutboundSenders.Destination(_hospital.Port), CancellationToken.None);

    public async Task DisposeAsync()
    {
        await _connection.DisposeAsync();
        await _hospital.DisposeAsync();
    }

    [Fact]
    public async Task ReceiveAsync_AfterSend_ReturnsTheAnswerAndStaysIdle()
    {
        // Arrange
        await _connection.SendAsync(OutboundTestMessages.Oru("RES0001"), CancellationToken.None);

        // Act
        var answer = await _connection.ReceiveAsync(CancellationToken.None);

        // Assert
        Assert.Equal(InboundFrameKind.Answer, answer.Kind);
        Assert.Equal("RES0001", Hl7Message.Parse(answer.Payload).Get("MSA-2"));
        Assert.True(_connection.IsIdle);
    }

    [Fact]
    public async Task IsIdle_EngineSendsAFrameUnasked_BecomesFalse()
    {
        // Arrange
        _hospital.Script(HospitalReply.Twice);
        await _connection.SendAsync(OutboundTestMessages.Oru("RES0001"), CancellationToken.None);
        await _connection.ReceiveAsync(CancellationToken.None);

        // Act
        await Eventually.TrueAsync(() => !_connection.IsIdle);

        // Assert
        var duplicate = await _connection.ReceiveAsync(CancellationToken.None);
        Assert.Equal("RES0001", Hl7Message.Parse(duplicate.Payload).Get("MSA-2"));
    }

    [Fact]
    public async Task IsIdle_EngineHangsUpAfterAnswering_BecomesFalseAndStaysFalse()
    {
        // Arrange
        _hospital.Script(HospitalReply.AcceptThenHangUp);
        await _connection.SendAsync(OutboundTestMessages.Oru("RES0001"), CancellationToken.None);
        await _connection.ReceiveAsync(CancellationToken.None);

        // Act
        await Eventually.TrueAsync(() => !_connection.IsIdle);
        var end = await _connection.ReceiveAsync(CancellationToken.None);

        // Assert
        Assert.Equal(InboundFrameKind.Closed, end.Kind);
        Assert.False(_connection.IsIdle);
    }
}
