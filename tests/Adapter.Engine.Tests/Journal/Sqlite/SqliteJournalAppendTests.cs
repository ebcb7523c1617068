using System.Text;
using Adapter.Engine.Journal;
using Adapter.Engine.Tests.Support;

namespace Adapter.Engine.Tests.Journal.Sqlite;

/// <summary>What <c>AppendAsync</c> stores, and how it recognises resends and conflicts.</summary>
public sealed class SqliteJournalAppendTests : IAsyncLifetime
{
    private readonly JournalHarness _harness = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task AppendAsync_Received_StoresEveryColumn()
    {
        var entry = JournalEntries.Received("CTRL-1") with { ReceivedAt = new DateTimeOffset(2026, 11, 20, 14, 15, 30, TimeSpan.FromHours(-5)).AddTicks(1_234_567) };

        var result = await Append(entry);

        Assert.Equal(AppendStatus.Stored, result.Status);
        Assert.True(result.MessageId > 0);
        Assert.Null(result.OriginalId);
        var listed = Assert.Single(await _harness.ListAsync());
        var found = await _harness.FindAsync(result.MessageId);
        Assert.Equal(listed, found.Record);
        Assert.Equal(result.MessageId, listed.Id);
        Assert.Equal("lab-in", listed.Source);
        Assert.Equal("10.1.2.3:50123", listed.RemoteAddress);
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 19, 15, 30, TimeSpan.Zero).AddTicks(1_234_567), listed.ReceivedAt);
        Assert.Equal(entry.ReceivedAt.UtcTicks, listed.ReceivedAt.UtcTicks);
        Assert.Equal(TimeSpan.Zero, listed.ReceivedAt.Offset);
        Assert.Equal(new MessageIdentity("LAB", "FAC", "ORU^R01", "CTRL-1", "2.5.1"), listed.Identity);
        Assert.Equal(MessageStatus.Received, listed.Status);
        Assert.Equal("AA", listed.AckCode);
        Assert.Null(listed.Reason);
        Assert.Equal(entry.Raw.Length, listed.SizeBytes);
        Assert.Equal(entry.Raw.ToArray(), found.Raw.ToArray());
        Assert.Equal(entry.Ack.ToArray(), found.Ack.ToArray());
        Assert.Empty(found.Events);
    }

    [Fact]
    public async Task AppendAsync_NoRemoteAddress_ReadsBackNull()
    {
        var result = await Append(JournalEntries.Received("CTRL-1") with { RemoteAddress = null });

        Assert.Null((await _harness.FindAsync(result.MessageId)).Record.RemoteAddress);
    }

    [Fact]
    public async Task AppendAsync_SameKeyAndContent_IsDuplicateAnsweredWithTheOriginalAck()
    {
        var original = JournalEntries.Received("CTRL-1");
        var stored = await Append(original);
        var resend = original with { ReceivedAt = original.ReceivedAt.AddMinutes(5), RemoteAddress = "10.1.2.4:50999", Ack = JournalEntries.Ack("AA", "CTRL-1", "ACK-2") };

        var result = await Append(resend);

        Assert.Equal(AppendStatus.Duplicate, result.Status);
        Assert.Equal(stored.MessageId, result.MessageId);
        Assert.Equal(original.Ack.ToArray(), result.OriginalAck.ToArray());
        Assert.Single(await _harness.ListAsync());
        var history = Assert.Single((await _harness.FindAsync(stored.MessageId)).Events);
        Assert.Equal("duplicate", history.Kind);
        Assert.Equal(resend.ReceivedAt, history.At);
        Assert.Contains("10.1.2.4:50999", history.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AppendAsync_SameKeyOtherContent_StoresAConflictNamingTheOriginal()
    {
        var stored = await Append(JournalEntries.Received("CTRL-1"));
        var changed = JournalEntries.Received("CTRL-1", content: "OBX|1|NM|2345-7^Glucose^LN||250") with { ConflictAckCode = "CE" };

        var result = await Append(changed);

        Assert.Equal(AppendStatus.Conflict, result.Status);
        Assert.Equal(stored.MessageId, result.OriginalId);
        Assert.NotEqual(stored.MessageId, result.MessageId);
        var conflict = await _harness.FindAsync(result.MessageId);
        Assert.Equal(MessageStatus.Conflict, conflict.Record.Status);
        Assert.Equal("CE", conflict.Record.AckCode);
        Assert.Contains($"message {stored.MessageId}", conflict.Record.Reason, StringComparison.Ordinal);
        Assert.Equal(changed.Raw.ToArray(), conflict.Raw.ToArray());
        var history = Assert.Single((await _harness.FindAsync(stored.MessageId)).Events);
        Assert.Equal("conflict", history.Kind);
        Assert.Contains($"Message {result.MessageId}", history.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AppendAsync_OriginalContentAfterAConflict_IsStillADuplicateOfTheOriginal()
    {
        var original = JournalEntries.Received("CTRL-1");
        var stored = await Append(original);
        await Append(JournalEntries.Received("CTRL-1", content: "OBX|1|NM|2345-7^Glucose^LN||250"));

        var result = await Append(original);

        Assert.Equal(AppendStatus.Duplicate, result.Status);
        Assert.Equal(stored.MessageId, result.MessageId);
        Assert.Equal(original.Ack.ToArray(), result.OriginalAck.ToArray());
        Assert.Equal(2, (await _harness.ListAsync()).Count);
        Assert.Equal(["conflict", "duplicate"], (await _harness.FindAsync(stored.MessageId)).Events.Select(e => e.Kind));
    }

    [Fact]
    public async Task AppendAsync_RejectedTwiceWithTheSameKey_StoresBoth()
    {
        var first = await Append(JournalEntries.Rejected("CTRL-1"));

        var second = await Append(JournalEntries.Rejected("CTRL-1"));

        Assert.Equal(AppendStatus.Stored, first.Status);
        Assert.Equal(AppendStatus.Stored, second.Status);
        Assert.NotEqual(first.MessageId, second.MessageId);
        var records = await _harness.ListAsync();
        Assert.All(records, record => Assert.Equal(MessageStatus.Rejected, record.Status));
        Assert.All(records, record => Assert.Equal("AR", record.AckCode));
        Assert.All(records, record => Assert.Contains("203", record.Reason, StringComparison.Ordinal));
        Assert.Equal(2, records.Count);
    }

    [Fact]
    public async Task AppendAsync_ReceivedAfterRejectedWithTheSameKey_IsStoredAsTheOriginal()
    {
        var rejected = await Append(JournalEntries.Rejected("CTRL-1"));
        var corrected = JournalEntries.Received("CTRL-1", content: "OBX|1|NM|2345-7^Glucose^LN||113");

        var result = await Append(corrected);
        var resend = await Append(corrected);

        Assert.Equal(AppendStatus.Stored, result.Status);
        Assert.NotEqual(rejected.MessageId, result.MessageId);
        Assert.Equal(AppendStatus.Duplicate, resend.Status);
        Assert.Equal(result.MessageId, resend.MessageId);
        Assert.Empty((await _harness.FindAsync(rejected.MessageId)).Events);
    }

    [Theory]
    [InlineData("LAB", "OTHER_FAC")]
    [InlineData("OTHER_LAB", "FAC")]
    public async Task AppendAsync_SameControlIdFromAnotherSender_StoresBoth(string application, string facility)
    {
        var first = await Append(JournalEntries.Received("CTRL-1"));

        var second = await Append(JournalEntries.Received("CTRL-1", application: application, facility: facility));

        Assert.Equal(AppendStatus.Stored, second.Status);
        Assert.NotEqual(first.MessageId, second.MessageId);
        Assert.All(await _harness.ListAsync(), record => Assert.Equal(MessageStatus.Received, record.Status));
    }

    [Fact]
    public async Task AppendAsync_SameMessageTwiceAtOnce_StoresOneAndAnswersTheOtherAsDuplicate()
    {
        var entry = JournalEntries.Received("CTRL-1");

        var results = await Task.WhenAll(Append(entry), Append(entry with { Ack = JournalEntries.Ack("AA", "CTRL-1", "ACK-2") }));

        Assert.Equal(AppendStatus.Stored, results[0].Status);
        Assert.Equal(AppendStatus.Duplicate, results[1].Status);
        Assert.Equal(results[0].MessageId, results[1].MessageId);
        Assert.Equal(entry.Ack.ToArray(), results[1].OriginalAck.ToArray());
    }

    [Fact]
    public async Task AppendAsync_CancelledWhileWaiting_StillStoresTheEntry()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await _harness.Journal.AppendAsync(JournalEntries.Received("CTRL-1"), cancelled.Token));
        var after = await Append(JournalEntries.Received("CTRL-2"));

        Assert.Equal(AppendStatus.Stored, after.Status);
        Assert.Equal(["CTRL-1", "CTRL-2"], (await _harness.ListAsync()).Select(record => record.Identity.ControlId));
    }

    [Fact]
    public async Task AppendAsync_BinaryPayload_KeepsEveryByte()
    {
        byte[] raw = [.. Encoding.ASCII.GetBytes("MSH|^~\\&|LAB|FAC|||20261120||ORU^R01|CTRL-1|P|2.5.1\rNTE|1||"), 0x00, 0xC3, 0xA9, 0xFF, 0x0D];

        var result = await Append(JournalEntries.Received("CTRL-1") with { Raw = raw });

        Assert.Equal(raw, (await _harness.FindAsync(result.MessageId)).Raw.ToArray());
    }

    private Task<AppendResult> Append(JournalEntry entry) => _harness.Journal.AppendAsync(entry, CancellationToken.None).AsTask();
}
