using Adapter.Engine.Journal;
using Adapter.Host.Tests.Support;

namespace Adapter.Host.Tests.Mllp;

/// <summary>How a listener finds frames in what arrives on a real socket, and what it answers.</summary>
public sealed class MllpFramingTests
{
    [Fact]
    public async Task Send_ValidOru_AaOnceJournaled()
    {
        await using var adapter = await RunningAdapter.StartAsync();
        await using var connection = await adapter.ConnectAsync();
        var message = TestMessage.WithUniqueId();

        var ack = await connection.ExchangeAsync(message.ToBytes());
        var journal = await adapter.ListJournalAsync();

        AckAssert.Accepted(ack, message.ControlId);
        Assert.Equal(["ADAPTER", "GOODHEALTH", "GOODHEALTH_LIS", "GOODHEALTH"], [ack.Get("MSH-3"), ack.Get("MSH-4"), ack.Get("MSH-5"), ack.Get("MSH-6")]);
        Assert.Equal("R01", ack.Get("MSH-9.2"));
        var record = Assert.Single(journal);
        Assert.Equal((MessageStatus.Received, "default", message.ControlId, "ORU^R01", "AA"), (record.Status, record.Source, record.Identity.ControlId, record.Identity.MessageType, record.AckCode));
        var stored = await adapter.Journal.FindAsync(record.Id, CancellationToken.None);
        Assert.Equal(message.ToBytes(), stored!.Raw.ToArray());
        Assert.Equal(ack.Data.ToArray(), stored.Ack.ToArray());
    }

    [Fact]
    public async Task Send_BytesBeforeStartBlock_DiscardedCountedAndFrameAccepted()
    {
        await using var adapter = await RunningAdapter.StartAsync();
        await using var connection = await adapter.ConnectAsync();
        var message = TestMessage.WithUniqueId();
        var noise = "line noise\r\n\u0006"u8.ToArray();

        await connection.WriteAsync([.. noise, .. MllpFrames.Frame(message.ToBytes())]);
        var ack = await connection.ReceiveAckAsync();

        AckAssert.Accepted(ack, message.ControlId);
        await Eventually.UntilAsync(
            async () => PrometheusText.Value(await adapter.MetricsAsync(), "adapter_mllp_discarded_bytes", "listener=\"default\"") == noise.Length,
            $"adapter_mllp_discarded_bytes to reach {noise.Length}");
        Assert.Single(await adapter.ListJournalAsync());
    }

    [Fact]
    public async Task Disconnect_InsideAFrame_NeitherStoredNorAnswered()
    {
        await using var adapter = await RunningAdapter.StartAsync();
        await using var connection = await adapter.ConnectAsync();

        await connection.WriteAsync([MllpFrames.StartBlock, .. TestMessage.WithUniqueId().ToBytes()]);
        connection.ShutdownSend();
        var answer = await connection.ReadUntilClosedAsync();

        Assert.Empty(answer);
        var closed = Assert.Single(adapter.Logs.WithEventId(3002));
        Assert.Equal("closed by the client inside a frame, which was discarded unacknowledged", CollectingSink.PropertyText(closed, "Reason"));
        Assert.Empty(await adapter.ListJournalAsync());
    }

    [Fact]
    public async Task Send_FrameOverMaxFrameBytes_Ar104AndConnectionStaysUsable()
    {
        await using var adapter = await RunningAdapter.StartAsync("--Mllp:Listeners:default:MaxFrameBytes=2048");
        await using var connection = await adapter.ConnectAsync();
        var oversized = TestMessage.WithUniqueId("BIG") with { Body = [.. TestMessage.DefaultBody, $"OBX|2|TX|11526-1^Pathology study^LN||{new string('X', 100 * 1024)}||||||F"] };
        var next = TestMessage.WithUniqueId();

        var ack = await connection.ExchangeAsync(oversized.ToBytes());
        var nextAck = await connection.ExchangeAsync(next.ToBytes());

        AckAssert.Error(ack, "AR", oversized.ControlId, 104, "MSH", field: null);
        Assert.Contains("2048", ack.Get("ERR-8"), StringComparison.Ordinal);
        AckAssert.Accepted(nextAck, next.ControlId);
        var journal = await adapter.ListJournalAsync();
        Assert.Equal([(oversized.ControlId, MessageStatus.Rejected), (next.ControlId, MessageStatus.Received)], journal.Select(record => (record.Identity.ControlId, record.Status)));
        Assert.True(journal[0].SizeBytes <= 2048, "Only the beginning of an oversized frame is kept.");
    }

    [Fact]
    public async Task Send_TwoFramesInOneWrite_TwoAcksInOrder()
    {
        await using var adapter = await RunningAdapter.StartAsync();
        await using var connection = await adapter.ConnectAsync();
        var first = TestMessage.WithUniqueId("A");
        var second = TestMessage.WithUniqueId("B");

        await connection.WriteAsync(MllpFrames.Frames([first.ToBytes(), second.ToBytes()]));

        AckAssert.Accepted(await connection.ReceiveAckAsync(), first.ControlId);
        AckAssert.Accepted(await connection.ReceiveAckAsync(), second.ControlId);
    }

    [Fact]
    public async Task Send_OneFrameOverAHundredWrites_ExactlyOneAck()
    {
        await using var adapter = await RunningAdapter.StartAsync();
        await using var connection = await adapter.ConnectAsync();
        var message = TestMessage.WithUniqueId("SPLIT");
        var next = TestMessage.WithUniqueId("NEXT");
        var frame = MllpFrames.Frame(message.ToBytes());

        foreach (var chunk in frame.Chunk((frame.Length + 99) / 100))
        {
            await connection.WriteAsync(chunk);
            await Task.Delay(2);
        }

        var ack = await connection.ReceiveAckAsync();
        // Had the pieces produced a second answer, it would come before the next message's.
        var nextAck = await connection.ExchangeAsync(next.ToBytes());

        AckAssert.Accepted(ack, message.ControlId);
        AckAssert.Accepted(nextAck, next.ControlId);
        Assert.Equal(2, (await adapter.ListJournalAsync()).Count);
    }
}
