using Adapter.Host.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Adapter.Host.Tests.Cli.Messages;

/// <summary><c>adapter messages replay|cancel</c> on a data directory: they change the store a service uses only when it is of their own version.</summary>
public sealed class ChangeMessagesCommandTests
{
    [Fact]
    public async Task Cancel_DataDirectory_CancelsTheMessageAndSaysSo()
    {
        // Arrange
        await using var adapter = await RunningAdapter.StartAsync();
        var id = await SendAsync(adapter);

        // Act
        var (exitCode, output, _) = await RunAsync("messages", "cancel", id.ToString(System.Globalization.CultureInfo.InvariantCulture), "--data-dir", adapter.DataDirectory);

        // Assert
        Assert.Equal(0, exitCode);
        Assert.Contains($"Message {id}: cancelled", output, StringComparison.Ordinal);
        Assert.Equal("cancelled", (await adapter.ListJournalAsync()).Single(record => record.Id == id).Status.ToString().ToLowerInvariant());
    }

    [Fact]
    public async Task Replay_DataDirectoryOfAnotherSchemaVersion_RefusesWithoutChangingIt()
    {
        // Arrange: the store as an older adapter would have left it.
        await using var adapter = await RunningAdapter.StartAsync();
        var id = await SendAsync(adapter);
        using (var connection = new SqliteConnection($"Data Source={adapter.DatabasePath};Pooling=False"))
        {
            connection.Open();
            using var downgrade = connection.CreateCommand();
            downgrade.CommandText = "PRAGMA user_version = 3;";
            downgrade.ExecuteNonQuery();
        }

        // Act
        var (exitCode, _, error) = await RunAsync("messages", "replay", id.ToString(System.Globalization.CultureInfo.InvariantCulture), "--data-dir", adapter.DataDirectory);

        // Assert
        Assert.Equal(4, exitCode);
        Assert.Contains("schema 3", error, StringComparison.Ordinal);
        using var check = new SqliteConnection($"Data Source={adapter.DatabasePath};Mode=ReadOnly;Pooling=False");
        check.Open();
        using var version = check.CreateCommand();
        version.CommandText = "PRAGMA user_version;";
        Assert.Equal(3L, version.ExecuteScalar());
    }

    private static async Task<long> SendAsync(RunningAdapter adapter)
    {
        var message = TestMessage.WithUniqueId("CH");
        await using var connection = await adapter.ConnectAsync();
        AckAssert.Accepted(await connection.ExchangeAsync(message.ToBytes()), message.ControlId);
        return (await adapter.ListJournalAsync()).Single(record => record.Identity.ControlId == message.ControlId).Id;
    }

    private static Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args) => Task.Run(() => CommandRunner.Run(args));
}
