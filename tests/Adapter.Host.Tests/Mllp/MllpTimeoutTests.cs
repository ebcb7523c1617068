using Adapter.Host.Tests.Support;

namespace Adapter.Host.Tests.Mllp;

/// <summary>Connections that go quiet are closed by the listener: between messages after the idle timeout, inside a frame after the read timeout.</summary>
public sealed class MllpTimeoutTests
{
    [Fact]
    public async Task Idle_LongerThanIdleTimeout_Closed()
    {
        await using var adapter = await RunningAdapter.StartAsync("--Mllp:Listeners:default:IdleTimeout=00:00:01");
        await using var connection = await adapter.ConnectAsync();
        var message = TestMessage.WithUniqueId();
        AckAssert.Accepted(await connection.ExchangeAsync(message.ToBytes()), message.ControlId);

        var rest = await connection.ReadUntilClosedAsync(TimeSpan.FromSeconds(10));

        Assert.Empty(rest);
        var closed = Assert.Single(adapter.Logs.WithEventId(3002));
        Assert.Equal("idle timeout", CollectingSink.PropertyText(closed, "Reason"));
    }

    [Fact]
    public async Task Stall_InsideAFrameLongerThanReadTimeout_ClosedAndNothingStored()
    {
        await using var adapter = await RunningAdapter.StartAsync("--Mllp:Listeners:default:ReadTimeout=00:00:01");
        await using var connection = await adapter.ConnectAsync();

        await connection.WriteAsync([MllpFrames.StartBlock, .. "MSH|^~\\&|GOODHEALTH_LIS|GOOD"u8]);
        var answer = await connection.ReadUntilClosedAsync(TimeSpan.FromSeconds(10));

        Assert.Empty(answer);
        var closed = Assert.Single(adapter.Logs.WithEventId(3002));
        Assert.Equal("a frame was not completed within the read timeout", CollectingSink.PropertyText(closed, "Reason"));
        Assert.Empty(await adapter.ListJournalAsync());
    }

    [Fact]
    public async Task Stall_InsideAFrameShorterThanReadTimeout_Aa()
    {
        await using var adapter = await RunningAdapter.StartAsync("--Mllp:Listeners:default:ReadTimeout=00:00:05");
        await using var connection = await adapter.ConnectAsync();
        var message = TestMessage.WithUniqueId();
        var frame = MllpFrames.Frame(message.ToBytes());

        await connection.WriteAsync(frame[..20]);
        await Task.Delay(TimeSpan.FromMilliseconds(300));
        await connection.WriteAsync(frame[20..]);

        AckAssert.Accepted(await connection.ReceiveAckAsync(), message.ControlId);
    }
}
