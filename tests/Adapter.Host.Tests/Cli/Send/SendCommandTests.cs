using System.Net;
using System.Net.Sockets;
using Adapter.Host.Tests.Support;

namespace Adapter.Host.Tests.Cli.Send;

/// <summary><c>adapter send</c> against a running adapter: prints every acknowledgement and says by its exit code how it went.</summary>
public sealed class SendCommandTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task Send_SampleMessage_PrintsAaAndExits0()
    {
        await using var adapter = await RunningAdapter.StartAsync();

        var (exitCode, output, error) = await RunAsync("send", RepositoryFiles.Sample("oru-r01-lab-panel.hl7"), "--to", To(adapter));

        Assert.Equal(0, exitCode);
        Assert.Empty(error);
        var lines = Lines(output);
        Assert.Equal("oru-r01-lab-panel.hl7: AA (MSA-2 GHLIS2611200187)", lines[0]);
        Assert.StartsWith("  MSH|^~\\&|ADAPTER|GOODHEALTH|GOODHEALTH_LIS|GOODHEALTH^2.16.840.1.113883.19.5^ISO|", lines[1], StringComparison.Ordinal);
        Assert.Contains("|ACK^R01^ACK|", lines[1], StringComparison.Ordinal);
        Assert.Equal("  MSA|AA|GHLIS2611200187", lines[2]);
        Assert.Equal("GHLIS2611200187", Assert.Single(await adapter.ListJournalAsync()).Identity.ControlId);
    }

    [Fact]
    public async Task Send_RejectedMessage_PrintsArAndExits1()
    {
        await using var adapter = await RunningAdapter.StartAsync();
        var message = TestMessage.WithUniqueId() with { Version = "9.9" };
        var file = Write("bad-version.hl7", message.Text);

        var (exitCode, output, _) = await RunAsync("send", file, "--to", To(adapter));

        Assert.Equal(1, exitCode);
        Assert.StartsWith($"bad-version.hl7: AR (MSA-2 {message.ControlId})\n", output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("  ERR||MSH^1^12^1^1|203^Unsupported version id^HL70357|E|", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_NothingListening_Exits3()
    {
        var port = FreePort();

        var (exitCode, output, error) = await RunAsync("send", RepositoryFiles.Sample("adt-a04.hl7"), "--to", $"127.0.0.1:{port}");

        Assert.Equal(3, exitCode);
        Assert.Empty(output);
        Assert.StartsWith($"Cannot connect to 127.0.0.1:{port}", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_WindowOfFourOverSixMessages_AcksPrintedInOrder()
    {
        await using var adapter = await RunningAdapter.StartAsync();
        var messages = Enumerable.Range(1, 6).Select(i => TestMessage.WithUniqueId($"W{i}")).ToList();
        var file = Write("six.hl7", string.Concat(messages.Select(message => message.Text)));

        var (exitCode, output, _) = await RunAsync("send", file, "--to", To(adapter), "--window", "4");

        Assert.Equal(0, exitCode);
        var summaries = Lines(output).Where(line => !line.StartsWith(' ')).ToList();
        Assert.Equal(messages.Select((message, i) => $"six.hl7#{i + 1}: AA (MSA-2 {message.ControlId})"), summaries);
        Assert.Equal(messages.Select(message => message.ControlId), (await adapter.ListJournalAsync()).Select(record => record.Identity.ControlId));
    }

    [Fact]
    public async Task Send_UnparsableFile_SentAsItIsAndRejected()
    {
        await using var adapter = await RunningAdapter.StartAsync();
        var file = Write("no-header.hl7", "PID|1||100234567^^^GOODHEALTH^MR\r");

        var (exitCode, output, error) = await RunAsync("send", file, "--to", To(adapter));

        Assert.Equal(1, exitCode);
        Assert.Contains("sending the file as it is", error, StringComparison.Ordinal);
        Assert.StartsWith("no-header.hl7: AR (MSA-2 )", output, StringComparison.Ordinal);
    }

    private static Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args) => Task.Run(() => CommandRunner.Run(args));

    private static string To(RunningAdapter adapter) => $"127.0.0.1:{adapter.MllpEndPoint().Port}";

    private static List<string> Lines(string output) => output.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();

    /// <summary>A port nothing listens on: one the system just handed out and got back.</summary>
    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private string Write(string name, string content)
    {
        var path = _directory.File(name);
        File.WriteAllText(path, content);
        return path;
    }
}
