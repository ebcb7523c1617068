using Adapter.Engine.Journal;
using Adapter.Hl7v2.Parsing;
using Adapter.Host.Tests.Support;

namespace Adapter.Host.Tests.Mllp;

/// <summary>Stopping the adapter with messages in flight: what was read is journaled and answered, then the connection closes.</summary>
public sealed class MllpShutdownTests
{
    [Fact]
    public async Task StopAsync_FiftyFramesInFlight_EveryAckJournaledThenClosed()
    {
        await using var adapter = await RunningAdapter.StartAsync();
        await using var connection = await adapter.ConnectAsync();
        var warmUp = TestMessage.WithUniqueId("WARM");
        AckAssert.Accepted(await connection.ExchangeAsync(warmUp.ToBytes()), warmUp.ControlId);
        var messages = Enumerable.Range(0, 50).Select(i => TestMessage.WithUniqueId($"S{i:D2}")).ToList();

        await connection.WriteAsync(MllpFrames.Frames(messages.Select(message => message.ToBytes())));
        var stopping = adapter.App.StopAsync();
        var acks = new List<Hl7Message>();
        while (await connection.ReadFrameAsync() is { } frame)
        {
            acks.Add(Hl7Message.Parse(frame));
        }

        await stopping;

        Assert.All(acks, ack => Assert.Equal("AA", ack.Get("MSA-1")));
        var acknowledged = acks.Select(ack => ack.Get("MSA-2")).ToList();
        Assert.Equal(messages.Take(acks.Count).Select(message => message.ControlId), acknowledged);
        var journaled = (await adapter.ListJournalAsync())
            .Where(record => record.Status == MessageStatus.Received && record.Identity.ControlId != warmUp.ControlId)
            .Select(record => record.Identity.ControlId);
        // Everything read before the stop is journaled and answered; nothing answered is missing from the journal.
        Assert.Equal(acknowledged, journaled);
    }
}
