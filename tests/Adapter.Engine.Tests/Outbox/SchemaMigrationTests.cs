using Adapter.Engine.Journal;
using Adapter.Engine.Outbox;
using Adapter.Engine.Outbox.Sqlite;
using Adapter.Engine.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Adapter.Engine.Tests.Outbox;

public sealed class SchemaMigrationTests
{
    [Fact]
    public async Task Open_JournalWrittenBeforeRouting_AddsTheOutboxAndLeavesOldMessagesForAPersonToReplay()
    {
        // Arrange: a version 1 journal, as the adapter wrote it before the outbox existed.
        await using var harness = new OutboxHarness(("reports.yaml", TestMappings.Qubs));
        var id = await harness.AppendAsync(LabResults.Entry("C1", "APPT-1"));
        Execute(harness, "DROP TABLE operations; DROP TABLE routes; DROP TABLE key_orders; DROP TABLE sequences; DROP TABLE outbound_messages; PRAGMA user_version = 1;");

        // Act
        using var store = new SqliteOutboxStore(harness.Options);
        var waiting = await store.ListUnroutedAsync(10, CancellationToken.None);
        var replayed = await store.ReplayAsync(new ReplayRequest(id, null, Force: false), harness.Time.GetUtcNow(), CancellationToken.None);
        await harness.RouteAllAsync();

        // Assert: nothing is sent on upgrade by itself; a replay routes the message.
        Assert.Empty(waiting);
        Assert.Equal(ReplayOutcome.Replayed, replayed);
        Assert.Equal(MessageStatus.Routed, await harness.StatusOfAsync(id));
        Assert.Equal(4L, UserVersion(harness));
    }

    [Fact]
    public async Task Open_OutboxWithoutItsLaterIndexes_AddsThemAndKeepsTheQueue()
    {
        // Arrange: a version 3 store, before the claim and outbound-by-message indexes.
        await using var harness = new OutboxHarness(("reports.yaml", TestMappings.Qubs));
        var id = await harness.AppendAsync(LabResults.Entry("C1", "APPT-1"));
        await harness.RouteAllAsync();
        Execute(harness, "DROP INDEX outbound_message; DROP INDEX operations_claim; PRAGMA user_version = 3;");

        // Act
        using var store = new SqliteOutboxStore(harness.Options);

        // Assert
        Assert.Equal(4L, UserVersion(harness));
        Assert.Single(await store.ListOperationsAsync(id, CancellationToken.None));
        Assert.Equal(2L, Scalar(harness, "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name IN ('outbound_message', 'operations_claim');"));
    }

    private static void Execute(OutboxHarness harness, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={harness.Options.DatabasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static long UserVersion(OutboxHarness harness) => Scalar(harness, "PRAGMA user_version;");

    private static long Scalar(OutboxHarness harness, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={harness.Options.DatabasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }
}
