using Adapter.Engine.Journal;
using Adapter.Engine.Tests.Support;

namespace Adapter.Engine.Tests.Journal.Sqlite;

/// <summary>How the journal's writer commits: batches, durability across restarts, draining on dispose.</summary>
public sealed class SqliteJournalCommitTests : IAsyncLifetime
{
    private const int BatchLimit = 64;

    private readonly JournalHarness _harness = new(maxBatchSize: BatchLimit);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task AppendAsync_ManyAtOnce_SharesCommitsAndStoresEveryEntry()
    {
        using var batchSizes = _harness.Collect<int>("commit.entries");
        var entries = Enumerable.Range(1, 200).Select(i => JournalEntries.Received($"CTRL-{i}")).ToList();

        // Another connection's lock holds the writer's first commit until every append is queued,
        // so the queue is known to be full when the writer next looks.
        Task<AppendResult[]> appends;
        using (DatabaseLock.Hold(_harness.DatabasePath))
        {
            appends = Task.WhenAll(entries.Select(entry => _harness.Journal.AppendAsync(entry, CancellationToken.None).AsTask()));
        }

        var results = await appends;

        Assert.All(results, result => Assert.Equal(AppendStatus.Stored, result.Status));
        Assert.Equal(200, results.Select(result => result.MessageId).Distinct().Count());
        var batches = batchSizes.GetMeasurementSnapshot().Select(measurement => measurement.Value).ToList();
        Assert.Equal(200, batches.Sum());
        Assert.All(batches, size => Assert.InRange(size, 1, BatchLimit));
        Assert.InRange(batches.Count, 4, 5);
        Assert.Equal(200, (await _harness.ListAsync()).Count);
    }

    [Fact]
    public async Task AppendAsync_OneEntry_RecordsOneCommitOfOne()
    {
        using var batchSizes = _harness.Collect<int>("commit.entries");
        using var durations = _harness.Collect<double>("commit.duration");

        await _harness.Journal.AppendAsync(JournalEntries.Received("CTRL-1"), CancellationToken.None);

        Assert.Equal(1, Assert.Single(batchSizes.GetMeasurementSnapshot()).Value);
        Assert.True(Assert.Single(durations.GetMeasurementSnapshot()).Value >= 0);
    }

    [Fact]
    public async Task ReopenAsync_AfterDispose_KeepsEntriesAndRecognisesResends()
    {
        var original = JournalEntries.Received("CTRL-1");
        var stored = await _harness.Journal.AppendAsync(original, CancellationToken.None);
        await _harness.Journal.AppendAsync(JournalEntries.Rejected("CTRL-2"), CancellationToken.None);

        await _harness.ReopenAsync();
        var resend = await _harness.Journal.AppendAsync(original, CancellationToken.None);

        Assert.Equal(["CTRL-1", "CTRL-2"], (await _harness.ListAsync()).Select(record => record.Identity.ControlId));
        Assert.Equal(original.Raw.ToArray(), (await _harness.FindAsync(stored.MessageId)).Raw.ToArray());
        Assert.Equal(AppendStatus.Duplicate, resend.Status);
        Assert.Equal(stored.MessageId, resend.MessageId);
        Assert.Equal(original.Ack.ToArray(), resend.OriginalAck.ToArray());
    }

    [Fact]
    public async Task DisposeAsync_WithAppendsQueued_WritesThemBeforeClosing()
    {
        var appends = Enumerable.Range(1, 50)
            .Select(i => _harness.Journal.AppendAsync(JournalEntries.Received($"CTRL-{i}"), CancellationToken.None).AsTask())
            .ToList();

        await _harness.ReopenAsync();

        Assert.All(await Task.WhenAll(appends), result => Assert.Equal(AppendStatus.Stored, result.Status));
        Assert.Equal(50, (await _harness.ListAsync()).Count);
    }
}
