using Adapter.EndToEnd.Tests.Support;
using Xunit.Abstractions;

namespace Adapter.EndToEnd.Tests.Durability;

/// <summary>SIGTERM, as a service manager stops the adapter: it finishes what it read, exits 0, and keeps every message it acknowledged.</summary>
[Collection(AdapterProcessCollection.Name)]
public sealed class GracefulStopTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Run_SigtermDuringTraffic_ExitsZeroWithEveryAcknowledgedMessageJournaled()
    {
        // Arrange
        using var data = new TestDirectory();
        using var testTimeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var ledger = new TrafficLedger();
        var messages = new MessageQueue(MessageFactory.FromSample("oru-r01-lab-panel.hl7", "GS"), []);
        await using var adapter = await AdapterProcess.StartAsync(data.Path, testTimeout.Token);
        var senders = SenderGroup.Start(adapter, messages, ledger, new SenderSettings(Connections: 4, Window: 4), testTimeout.Token);
        await senders.WaitForAcknowledgedAsync(50, Timeout, testTimeout.Token);

        // Act
        var exitCode = await adapter.TerminateAsync(Timeout, testTimeout.Token);
        await senders.WhenEndedAsync(Timeout, testTimeout.Token);
        var journal = await JournalReader.ReadAllAsync(data.Path, testTimeout.Token);

        // Assert
        output.WriteLine($"{ledger.SentCount} sent, {ledger.AcknowledgedCount} acknowledged, {journal.Count} journal rows, {adapter.ErrorLines} error lines");
        Assert.True(exitCode == 0, $"The adapter exited with {exitCode} after SIGTERM.\n{adapter.Log}");
        Assert.Empty(ledger.Problems);
        var journaled = journal.Select(message => message.ControlId).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(journaled.Count, journaled.Distinct(StringComparer.Ordinal).Count());
        // A stop finishes what was read: every journaled message was also answered, and the reverse.
        Assert.Equal(ledger.Acknowledged(), journaled);
    }
}
