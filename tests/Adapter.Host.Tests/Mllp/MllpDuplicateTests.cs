using Adapter.Engine.Journal;
using Adapter.Host.Tests.Support;

namespace Adapter.Host.Tests.Mllp;

/// <summary>Resends: the same message again is answered as the first time; the same key with other content is a conflict.</summary>
public sealed class MllpDuplicateTests
{
    [Fact]
    public async Task Send_SameBytesTwice_IdenticalAckBytesAndOneJournalEntry()
    {
        await using var adapter = await RunningAdapter.StartAsync();
        await using var connection = await adapter.ConnectAsync();
        var message = TestMessage.WithUniqueId().ToBytes();

        var first = await connection.ExchangeAsync(message);
        var second = await connection.ExchangeAsync(message);

        Assert.Equal("AA", first.Get("MSA-1"));
        Assert.Equal(first.Data.ToArray(), second.Data.ToArray());
        var record = Assert.Single(await adapter.ListJournalAsync());
        var stored = await adapter.Journal.FindAsync(record.Id, CancellationToken.None);
        Assert.Equal("duplicate", Assert.Single(stored!.Events).Kind);
    }

    [Fact]
    public async Task Send_SameControlIdOtherContent_Ae205AndConflictKept()
    {
        await using var adapter = await RunningAdapter.StartAsync();
        await using var connection = await adapter.ConnectAsync();
        var original = TestMessage.WithUniqueId();
        var reused = original with { Body = [.. TestMessage.DefaultBody, "NTE|1||Corrected result"] };

        var originalAck = await connection.ExchangeAsync(original.ToBytes());
        var conflictAck = await connection.ExchangeAsync(reused.ToBytes());
        var resentAck = await connection.ExchangeAsync(original.ToBytes());

        AckAssert.Accepted(originalAck, original.ControlId);
        AckAssert.Error(conflictAck, "AE", original.ControlId, 205, "MSH", 10);
        Assert.Equal(originalAck.Data.ToArray(), resentAck.Data.ToArray());
        var journal = await adapter.ListJournalAsync();
        Assert.Equal([(MessageStatus.Received, "AA"), (MessageStatus.Conflict, "AE")], journal.Select(record => (record.Status, record.AckCode)));
        Assert.All(journal, record => Assert.Equal(original.ControlId, record.Identity.ControlId));
        var history = (await adapter.Journal.FindAsync(journal[0].Id, CancellationToken.None))!.Events.Select(journalEvent => journalEvent.Kind);
        Assert.Equal(["conflict", "duplicate"], history);
    }

    [Fact]
    public async Task Send_CorrectedAfterRejectionUnderSameControlId_Aa()
    {
        await using var adapter = await RunningAdapter.StartAsync();
        await using var connection = await adapter.ConnectAsync();
        var corrected = TestMessage.WithUniqueId();

        var rejected = await connection.ExchangeAsync((corrected with { Version = "9.9" }).ToBytes());
        var accepted = await connection.ExchangeAsync(corrected.ToBytes());

        Assert.Equal("AR", rejected.Get("MSA-1"));
        AckAssert.Accepted(accepted, corrected.ControlId);
        Assert.Equal([MessageStatus.Rejected, MessageStatus.Received], (await adapter.ListJournalAsync()).Select(record => record.Status));
    }
}
