using Adapter.Engine.Journal;
using Adapter.Engine.Tests.Support;

namespace Adapter.Engine.Tests.Journal.Sqlite;

/// <summary>What the journal does while another process holds the database's write lock, and after.</summary>
public sealed class SqliteJournalAvailabilityTests : IAsyncLifetime
{
    private readonly JournalHarness _harness = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task AppendAsync_DatabaseLocked_IsUnavailableAndStoresNothing()
    {
        using var failed = _harness.Collect<long>("failed.entries");
        var failedAt = _harness.Time.GetUtcNow();
        AppendResult result;
        using (DatabaseLock.Hold(_harness.DatabasePath))
        {
            result = await _harness.Journal.AppendAsync(JournalEntries.Received("CTRL-1"), CancellationToken.None);
        }

        Assert.Equal(AppendStatus.Unavailable, result.Status);
        Assert.Equal(0, result.MessageId);
        Assert.False(_harness.Journal.Health.IsWritable);
        Assert.Contains("locked", _harness.Journal.Health.LastError, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(failedAt, _harness.Journal.Health.FailingSince);
        Assert.Equal(1, Assert.Single(failed.GetMeasurementSnapshot()).Value);
        Assert.Empty(await _harness.ListAsync());
    }

    [Fact]
    public async Task ProbeAsync_WhileLockedThenReleased_ReportsTheStoreAndRecovers()
    {
        var firstFailure = _harness.Time.GetUtcNow();
        using var held = DatabaseLock.Hold(_harness.DatabasePath);
        var append = await _harness.Journal.AppendAsync(JournalEntries.Received("CTRL-1"), CancellationToken.None);
        _harness.Time.Advance(TimeSpan.FromSeconds(30));

        var lockedProbe = await _harness.Journal.ProbeAsync(CancellationToken.None);
        var failingSince = _harness.Journal.Health.FailingSince;
        held.Release();
        var releasedProbe = await _harness.Journal.ProbeAsync(CancellationToken.None);

        Assert.Equal(AppendStatus.Unavailable, append.Status);
        Assert.False(lockedProbe);
        Assert.Equal(firstFailure, failingSince);
        Assert.True(releasedProbe);
        Assert.True(_harness.Journal.Health.IsWritable);
        Assert.Null(_harness.Journal.Health.LastError);
        Assert.Null(_harness.Journal.Health.FailingSince);
    }

    [Fact]
    public async Task AppendAsync_AfterTheLockIsReleased_StoresAgain()
    {
        AppendResult failed;
        using (DatabaseLock.Hold(_harness.DatabasePath))
        {
            failed = await _harness.Journal.AppendAsync(JournalEntries.Received("CTRL-1"), CancellationToken.None);
        }

        var stored = await _harness.Journal.AppendAsync(JournalEntries.Received("CTRL-2"), CancellationToken.None);

        Assert.Equal(AppendStatus.Unavailable, failed.Status);
        Assert.Equal(AppendStatus.Stored, stored.Status);
        Assert.True(_harness.Journal.Health.IsWritable);
        Assert.Equal("CTRL-2", Assert.Single(await _harness.ListAsync()).Identity.ControlId);
    }

    [Fact]
    public async Task AppendAsync_ResendOfAMessageThatFailedToStore_IsStoredAsNew()
    {
        var entry = JournalEntries.Received("CTRL-1");
        using (DatabaseLock.Hold(_harness.DatabasePath))
        {
            await _harness.Journal.AppendAsync(entry, CancellationToken.None);
        }

        var resend = await _harness.Journal.AppendAsync(entry, CancellationToken.None);

        Assert.Equal(AppendStatus.Stored, resend.Status);
        Assert.Empty((await _harness.FindAsync(resend.MessageId)).Events);
    }

    [Fact]
    public async Task ProbeAsync_Healthy_ReturnsTrueAndStoresNoMessage()
    {
        var healthy = await _harness.Journal.ProbeAsync(CancellationToken.None);

        Assert.True(healthy);
        Assert.True(_harness.Journal.Health.IsWritable);
        Assert.Empty(await _harness.ListAsync());
    }
}
