using Adapter.Engine.Journal;
using Adapter.Engine.Tests.Support;

namespace Adapter.Engine.Tests.Journal.Sqlite;

/// <summary>How <c>ListAsync</c> and <c>FindAsync</c> select journaled messages.</summary>
public sealed class SqliteJournalQueryTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 11, 20, 8, 0, 0, TimeSpan.Zero);

    private readonly JournalHarness _harness = new();

    // One message a minute: 1 received, 2 rejected, 3 received, 4 conflict (of 1), 5 received.
    private readonly List<long> _ids = [];

    public async Task InitializeAsync()
    {
        JournalEntry[] entries =
        [
            JournalEntries.Received("CTRL-1"),
            JournalEntries.Rejected("CTRL-2"),
            JournalEntries.Received("CTRL-3"),
            JournalEntries.Received("CTRL-1", content: "OBX|1|NM|2345-7^Glucose^LN||250"),
            JournalEntries.Received("CTRL-5"),
        ];
        for (var i = 0; i < entries.Length; i++)
        {
            var result = await _harness.Journal.AppendAsync(entries[i] with { ReceivedAt = Start.AddMinutes(i) }, CancellationToken.None);
            _ids.Add(result.MessageId);
        }
    }

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task ListAsync_NoFilter_ReturnsEveryMessageOldestFirst()
    {
        var records = await _harness.ListAsync();

        Assert.Equal(_ids, records.Select(record => record.Id));
        Assert.Equal(
            [MessageStatus.Received, MessageStatus.Rejected, MessageStatus.Received, MessageStatus.Conflict, MessageStatus.Received],
            records.Select(record => record.Status));
    }

    [Theory]
    [InlineData(MessageStatus.Received, new[] { 0, 2, 4 })]
    [InlineData(MessageStatus.Rejected, new[] { 1 })]
    [InlineData(MessageStatus.Conflict, new[] { 3 })]
    public async Task ListAsync_ByStatus_ReturnsOnlyThatStatus(MessageStatus status, int[] expected)
    {
        var records = await _harness.ListAsync(new JournalQuery { Status = status });

        Assert.Equal(expected.Select(i => _ids[i]), records.Select(record => record.Id));
    }

    [Fact]
    public async Task ListAsync_Since_IncludesMessagesReceivedAtThatTime()
    {
        var records = await _harness.ListAsync(new JournalQuery { Since = Start.AddMinutes(2) });

        Assert.Equal(_ids.Skip(2), records.Select(record => record.Id));
    }

    [Fact]
    public async Task ListAsync_SinceInAnotherOffset_ComparesInstants()
    {
        // 09:02:00.0000001 at +01:00 is one tick after 08:02 UTC.
        var records = await _harness.ListAsync(new JournalQuery { Since = new DateTimeOffset(2026, 11, 20, 9, 2, 0, TimeSpan.FromHours(1)).AddTicks(1) });

        Assert.Equal(_ids.Skip(3), records.Select(record => record.Id));
    }

    [Fact]
    public async Task ListAsync_AfterId_ReturnsOnlyLaterMessages()
    {
        var records = await _harness.ListAsync(new JournalQuery { AfterId = _ids[1] });

        Assert.Equal(_ids.Skip(2), records.Select(record => record.Id));
    }

    [Fact]
    public async Task ListAsync_Limit_PagesWithAfterId()
    {
        var first = await _harness.ListAsync(new JournalQuery { Limit = 2 });
        var second = await _harness.ListAsync(new JournalQuery { Limit = 2, AfterId = first[^1].Id });

        Assert.Equal(_ids.Take(2), first.Select(record => record.Id));
        Assert.Equal(_ids.Skip(2).Take(2), second.Select(record => record.Id));
    }

    [Fact]
    public async Task ListAsync_FiltersTogether_AppliesEveryFilter()
    {
        var records = await _harness.ListAsync(new JournalQuery { Status = MessageStatus.Received, Since = Start.AddMinutes(1), AfterId = _ids[2], Limit = 10 });

        Assert.Equal([_ids[4]], records.Select(record => record.Id));
    }

    [Fact]
    public async Task FindAsync_UnknownId_ReturnsNull()
    {
        var found = await _harness.Journal.FindAsync(_ids[^1] + 1, CancellationToken.None);

        Assert.Null(found);
    }

    [Fact]
    public async Task FindAsync_Conflict_HasNoStoredAck()
    {
        var found = await _harness.FindAsync(_ids[3]);

        Assert.True(found.Ack.IsEmpty);
        Assert.Equal("AE", found.Record.AckCode);
    }
}
