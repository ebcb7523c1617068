using System.Text.Json;
using Adapter.Host.Tests.Support;

namespace Adapter.Host.Tests.Cli.Messages;

/// <summary><c>adapter messages list|show</c> reading a running adapter's journal, from its data directory or through its admin API.</summary>
public sealed class MessagesCommandTests
{

    private static readonly string[] SummaryProperties = ["id", "listener", "controlId", "messageType", "receivedAt", "status"];

    [Fact]
    public async Task ListJsonl_DataDirectory_OneObjectPerMessage()
    {
        await using var adapter = await RunningAdapter.StartAsync();
        var (accepted, rejected) = await SendAcceptedAndRejectedAsync(adapter);

        var (exitCode, output, _) = await RunAsync("messages", "list", "--data-dir", adapter.DataDirectory, "--format", "jsonl");

        Assert.Equal(0, exitCode);
        var lines = output.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var messages = lines.Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.Equal(2, messages.Count);
        Assert.All(messages, message => Assert.All(SummaryProperties, property => Assert.True(message.TryGetProperty(property, out _), $"{property} is missing")));
        Assert.Equal(
            [(accepted, "received", "default", "ORU^R01"), (rejected, "rejected", "default", "ORU^R01")],
            messages.Select(message => (message.GetProperty("controlId").GetString(), message.GetProperty("status").GetString(), message.GetProperty("listener").GetString(), message.GetProperty("messageType").GetString())));
    }

    [Fact]
    public async Task ListJsonl_AdminApiUrl_SameAsDataDirectory()
    {
        await using var adapter = await RunningAdapter.StartAsync();
        await SendAcceptedAndRejectedAsync(adapter);

        var fromFile = await RunAsync("messages", "list", "--data-dir", adapter.DataDirectory, "--format", "jsonl");
        var fromApi = await RunAsync("messages", "list", "--url", adapter.Http.BaseAddress!.ToString(), "--format", "jsonl");

        Assert.Equal(0, fromApi.ExitCode);
        Assert.Equal(fromFile.Output, fromApi.Output);
    }

    [Fact]
    public async Task List_AdminApiWithKey_NeedsTheKey()
    {
        await using var adapter = await RunningAdapter.StartAsync("--Admin:ApiKey=test-admin-key");
        await SendAcceptedAndRejectedAsync(adapter);
        var url = adapter.Http.BaseAddress!.ToString();

        var withKey = await RunAsync("messages", "list", "--url", url, "--api-key", "test-admin-key", "--format", "jsonl");
        var withoutKey = await RunAsync("messages", "list", "--url", url, "--format", "jsonl");

        Assert.Equal(0, withKey.ExitCode);
        Assert.Equal(2, withKey.Output.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal(4, withoutKey.ExitCode);
        Assert.Contains("403", withoutKey.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_ResentMessage_PrintsMessageAckAndDuplicateInHistory()
    {
        await using var adapter = await RunningAdapter.StartAsync();
        var message = TestMessage.WithUniqueId();
        await using (var connection = await adapter.ConnectAsync())
        {
            await connection.ExchangeAsync(message.ToBytes());
            await connection.ExchangeAsync(message.ToBytes());
        }

        var id = Assert.Single(await adapter.ListJournalAsync()).Id;
        var (exitCode, output, _) = await RunAsync("messages", "show", id.ToString(System.Globalization.CultureInfo.InvariantCulture), "--data-dir", adapter.DataDirectory);

        Assert.Equal(0, exitCode);
        var lines = output.ReplaceLineEndings("\n").Split('\n');
        Assert.Equal($"Message {id}", lines[0]);
        Assert.Contains("  listener    default (from 127.0.0.1)", lines);
        Assert.Contains($"  control id  {message.ControlId}", lines);
        Assert.Contains("  status      received", lines);
        Assert.Contains("  answered    AA", lines);
        var history = lines.SkipWhile(line => line != "History").Skip(1).TakeWhile(line => line.StartsWith("  ", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, history.Count);
        Assert.EndsWith("received, answered AA", history[0], StringComparison.Ordinal);
        Assert.Contains("duplicate: Received again from 127.0.0.1 on default", history[1], StringComparison.Ordinal);
        Assert.Contains($"  {message.Header}", lines);
        Assert.Contains(TestMessage.DefaultBody[0], output, StringComparison.Ordinal);
        Assert.Contains($"  MSA|AA|{message.ControlId}", lines);
    }

    [Fact]
    public async Task Show_AdminApiUrl_SameAsDataDirectory()
    {
        await using var adapter = await RunningAdapter.StartAsync();
        await SendAcceptedAndRejectedAsync(adapter);
        var id = (await adapter.ListJournalAsync())[1].Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var fromFile = await RunAsync("messages", "show", id, "--data-dir", adapter.DataDirectory);
        var fromApi = await RunAsync("messages", "show", id, "--url", adapter.Http.BaseAddress!.ToString());

        Assert.Equal(0, fromApi.ExitCode);
        Assert.Contains("  reason      MSH-12.1: ", fromApi.Output, StringComparison.Ordinal);
        Assert.Equal(fromFile.Output, fromApi.Output);
    }

    [Theory]
    [InlineData("data-dir")]
    [InlineData("url")]
    public async Task Show_MissingId_Exits4(string source)
    {
        await using var adapter = await RunningAdapter.StartAsync();
        await SendAcceptedAndRejectedAsync(adapter);
        string[] from = source == "url" ? ["--url", adapter.Http.BaseAddress!.ToString()] : ["--data-dir", adapter.DataDirectory];

        var (exitCode, output, error) = await RunAsync(["messages", "show", "424242", .. from]);

        Assert.Equal(4, exitCode);
        Assert.Empty(output);
        Assert.StartsWith("There is no message 424242 in ", error, StringComparison.Ordinal);
    }

    private static async Task<(string Accepted, string Rejected)> SendAcceptedAndRejectedAsync(RunningAdapter adapter)
    {
        var accepted = TestMessage.WithUniqueId("OK");
        var rejected = TestMessage.WithUniqueId("BAD") with { Version = "9.9" };
        await using var connection = await adapter.ConnectAsync();
        AckAssert.Accepted(await connection.ExchangeAsync(accepted.ToBytes()), accepted.ControlId);
        Assert.Equal("AR", (await connection.ExchangeAsync(rejected.ToBytes())).Get("MSA-1"));
        return (accepted.ControlId, rejected.ControlId);
    }

    private static Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args) => Task.Run(() => CommandRunner.Run(args));
}
