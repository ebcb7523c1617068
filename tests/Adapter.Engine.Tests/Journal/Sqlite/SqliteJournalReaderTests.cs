using Adapter.Engine.Journal;
using Adapter.Engine.Journal.Sqlite;
using Adapter.Engine.Tests.Support;

namespace Adapter.Engine.Tests.Journal.Sqlite;

/// <summary>The read-only reader the admin tools use, beside or without a running writer.</summary>
public sealed class SqliteJournalReaderTests
{
    [Fact]
    public async Task ListAsync_MissingFile_ThrowsNamingThePath()
    {
        using var directory = new TempDirectory();
        var path = directory.File("absent.db");
        var reader = new SqliteJournalReader(path);

        var error = await Assert.ThrowsAsync<FileNotFoundException>(() => reader.ListAsync(new JournalQuery(), CancellationToken.None));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Equal(path, error.FileName);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public async Task FindAsync_MissingFile_ThrowsNamingThePath()
    {
        using var directory = new TempDirectory();
        var path = directory.File("absent.db");

        var error = await Assert.ThrowsAsync<FileNotFoundException>(() => new SqliteJournalReader(path).FindAsync(1, CancellationToken.None));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SizeBytes_MissingFile_IsZero()
    {
        using var directory = new TempDirectory();

        Assert.Equal(0, new SqliteJournalReader(directory.File("absent.db")).SizeBytes);
    }

    [Fact]
    public async Task ListAsync_BesideARunningJournal_SeesCommittedMessages()
    {
        await using var harness = new JournalHarness();
        var stored = await harness.Journal.AppendAsync(JournalEntries.Received("CTRL-1"), CancellationToken.None);
        var reader = new SqliteJournalReader(harness.DatabasePath);

        var records = await reader.ListAsync(new JournalQuery(), CancellationToken.None);

        Assert.Equal(stored.MessageId, Assert.Single(records).Id);
        Assert.True(reader.SizeBytes > 0);
    }

    [Fact]
    public async Task FindAsync_AfterTheJournalIsClosed_ReadsTheStoppedStore()
    {
        await using var harness = new JournalHarness();
        var entry = JournalEntries.Received("CTRL-1");
        var stored = await harness.Journal.AppendAsync(entry, CancellationToken.None);
        await harness.Journal.DisposeAsync();

        var found = await new SqliteJournalReader(harness.DatabasePath).FindAsync(stored.MessageId, CancellationToken.None);

        Assert.NotNull(found);
        Assert.Equal(entry.Raw.ToArray(), found.Raw.ToArray());
    }
}
