using Adapter.Engine.Journal;
using Adapter.Engine.Outbox.Sqlite;
using Adapter.Engine.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Adapter.Engine.Tests.Outbox;

public sealed class SchemaMigrationTests
{
    [Fact]
    public async Task Open_JournalWrittenBeforeTheOutbox_AddsTheOutboxAndKeepsTheMessages()
    {
        // Arrange: a version 1 journal, as the adapter wrote it before the outbox existed.
        await using var harness = new OutboxHarness(("reports.yaml", TestMappings.Qubs));
        var id = await harness.AppendAsync(LabResults.Entry("C1", "APPT-1"));
        using (var connection = new SqliteConnection($"Data Source={harness.Options.DatabasePath};Pooling=False"))
        {
            connection.Open();
            using var downgrade = connection.CreateCommand();
            downgrade.CommandText = "DROP TABLE operations; DROP TABLE routes; DROP TABLE key_orders; DROP TABLE sequences; PRAGMA user_version = 1;";
            downgrade.ExecuteNonQuery();
        }

        // Act
        using var store = new SqliteOutboxStore(harness.Options);
        var unrouted = await store.ListUnroutedAsync(10, CancellationToken.None);
        await harness.Router.RouteAsync(unrouted.Single(), CancellationToken.None);

        // Assert: the harness's own store shares the file, so routing through it sees the new tables.
        Assert.Equal(id, unrouted.Single().Id);
        Assert.Equal(MessageStatus.Routed, await harness.StatusOfAsync(id));
        using var check = new SqliteConnection($"Data Source={harness.Options.DatabasePath};Mode=ReadOnly;Pooling=False");
        check.Open();
        using var version = check.CreateCommand();
        version.CommandText = "PRAGMA user_version;";
        Assert.Equal(3L, version.ExecuteScalar());
    }
}
