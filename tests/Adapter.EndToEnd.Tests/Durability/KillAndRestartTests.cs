using System.Diagnostics;
using System.Globalization;
using Adapter.EndToEnd.Tests.Support;
using Adapter.Host.Admin;
using Xunit.Abstractions;

namespace Adapter.EndToEnd.Tests.Durability;

/// <summary>
/// The durability promise, end to end: the real <c>adapter run</c>, many connections, SIGKILL at
/// random moments, restarts over the same data directory, and every control id that was answered
/// AA (or CA) is in the journal exactly once — checked after every kill and at the end. Messages in
/// flight at a kill may or may not be journaled; like a real sender, the next round sends them
/// again, and every other round also resends some already acknowledged, which must be answered
/// with their original ACK and not stored again. Set E2E_SEED to replay a run's kill delays.
/// </summary>
[Collection(AdapterProcessCollection.Name)]
public sealed class KillAndRestartTests : IDisposable
{
    private const int Rounds = 12;
    private const int ResendsOfAcknowledged = 16;
    private static readonly SenderSettings Load = new(Connections: 8, Window: 4);
    private static readonly TimeSpan TrafficTimeout = TimeSpan.FromSeconds(30);

    private readonly ITestOutputHelper _output;
    private readonly int _seed;
    private readonly Random _random;
    private readonly TestDirectory _data = new();
    private readonly MessageFactory _factory = MessageFactory.FromSample("oru-r01-lab-panel.hl7", "KR");
    private readonly TrafficLedger _ledger = new();

    public KillAndRestartTests(ITestOutputHelper output)
    {
        _output = output;
        _seed = int.TryParse(Environment.GetEnvironmentVariable("E2E_SEED"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed) ? seed : Random.Shared.Next();
        _random = new Random(_seed);
        _output.WriteLine($"Seed {_seed}, data directory {_data.Path}");
    }

    [Fact]
    public async Task Run_KilledRepeatedlyUnderLoad_JournalsEveryAcknowledgedMessageExactlyOnce()
    {
        // Arrange
        using var testTimeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        var clock = Stopwatch.StartNew();

        // Act
        for (var round = 1; round <= Rounds; round++)
        {
            _ledger.Round = round;
            await KillDuringTrafficAsync(testTimeout.Token);
        }

        var exitCode = await RestartAndStopAsync(testTimeout.Token);
        var journal = await JournalReader.ReadAllAsync(_data.Path, testTimeout.Token);

        // Assert
        _output.WriteLine(
            $"{Rounds} kills in {clock.Elapsed.TotalSeconds:0.0} s: {_ledger.SentCount} control ids sent, {_ledger.AcknowledgedCount} acknowledged, " +
            $"{journal.Count} journal rows, {_ledger.Reacknowledged} resends of acknowledged messages answered again");
        AssertEveryAcknowledgedJournaledOnce(journal, "after the last restart");
        Assert.True(_ledger.InDoubt().Count == 0, Describe("messages still unacknowledged", _ledger.InDoubt().Select(message => message.ControlId), "after the last restart"));
        Assert.Equal(0, exitCode);
        Assert.True(_ledger.AcknowledgedCount > 100, $"Seed {_seed}: only {_ledger.AcknowledgedCount} messages were acknowledged; the test proves little.");
        Assert.True(_ledger.Reacknowledged > 0, $"Seed {_seed}: no resend of an acknowledged message was answered; the duplicate path was not exercised.");
    }

    public void Dispose() => _data.Dispose();

    private async Task KillDuringTrafficAsync(CancellationToken cancellationToken)
    {
        var inDoubt = _ledger.InDoubt();
        var resent = _ledger.Round % 2 == 0 ? PickAcknowledged() : [];
        var before = _ledger.AcknowledgedCount;
        await using (var adapter = await AdapterProcess.StartAsync(_data.Path, cancellationToken))
        {
            var senders = SenderGroup.Start(adapter, new MessageQueue(_factory, [.. inDoubt, .. resent]), _ledger, Load, cancellationToken);
            await senders.WaitForAcknowledgedAsync(before + 1, TrafficTimeout, cancellationToken);
            var delay = _random.Next(100, 801);
            await Task.Delay(delay, cancellationToken);
            await adapter.KillAsync(cancellationToken);
            await senders.WhenEndedAsync(TrafficTimeout, cancellationToken);
            _output.WriteLine(
                $"Round {_ledger.Round,2}: killed {delay} ms after the first ACK; {_ledger.AcknowledgedCount - before} newly acknowledged, " +
                $"{inDoubt.Count} in doubt retried, {resent.Count} acknowledged resent, {_ledger.InDoubt().Count} in doubt now, {adapter.ErrorLines} error lines");
        }

        AssertEveryAcknowledgedJournaledOnce(await JournalReader.ReadAllAsync(_data.Path, cancellationToken), $"after kill {_ledger.Round}");
    }

    /// <summary>Starts the adapter once more over the journal the kills left, has it answer what is still in doubt, and stops it with SIGTERM.</summary>
    private async Task<int> RestartAndStopAsync(CancellationToken cancellationToken)
    {
        var inDoubt = _ledger.InDoubt();
        await using var adapter = await AdapterProcess.StartAsync(_data.Path, cancellationToken);
        var settings = Load with { Limit = (inDoubt.Count / Load.Connections) + 5 };
        var senders = SenderGroup.Start(adapter, new MessageQueue(_factory, inDoubt), _ledger, settings, cancellationToken);
        await senders.WhenEndedAsync(TrafficTimeout, cancellationToken);
        var exitCode = await adapter.TerminateAsync(TrafficTimeout, cancellationToken);
        _output.WriteLine($"Restarted: {inDoubt.Count} in doubt retried, exit code {exitCode} after SIGTERM, {adapter.ErrorLines} error lines");
        return exitCode;
    }

    private void AssertEveryAcknowledgedJournaledOnce(IReadOnlyList<MessageSummary> journal, string when)
    {
        var copies = journal.GroupBy(message => message.ControlId, StringComparer.Ordinal).ToDictionary(group => group.Key, group => group.Count(), StringComparer.Ordinal);
        var lost = _ledger.Acknowledged().Where(id => !copies.ContainsKey(id)).Select(id => $"{id} (acknowledged in round {_ledger.AcknowledgedIn(id)})");
        Assert.True(_ledger.Problems.Count == 0, Describe("unexpected answers", _ledger.Problems, when));
        Assert.True(!lost.Any(), Describe("control ids acknowledged but not journaled", lost, when));
        Assert.True(copies.Values.All(count => count == 1), Describe("control ids journaled more than once", copies.Where(pair => pair.Value > 1).Select(pair => $"{pair.Key} x{pair.Value}"), when));
        Assert.True(copies.Keys.All(_ledger.WasSent), Describe("journaled control ids never sent", copies.Keys.Where(id => !_ledger.WasSent(id)), when));
        Assert.True(journal.All(message => message.Status == "received"), Describe("journal rows not 'received'", journal.Where(message => message.Status != "received").Select(Row), when));
    }

    private List<TestMessage> PickAcknowledged()
    {
        var acknowledged = _ledger.Acknowledged().ToArray();
        _random.Shuffle(acknowledged);
        return [.. acknowledged.Take(ResendsOfAcknowledged).Select(_ledger.SentMessage)];
    }

    private static string Row(MessageSummary message) => $"{message.Id} {message.ControlId} {message.Status} {message.AckCode} {message.Reason}";

    private string Describe(string what, IEnumerable<string> items, string when)
    {
        var list = items.ToList();
        return $"Seed {_seed} (replay with E2E_SEED={_seed}), {when}: {list.Count} {what}: {string.Join(", ", list.Take(20))}{(list.Count > 20 ? ", ..." : string.Empty)}";
    }
}
